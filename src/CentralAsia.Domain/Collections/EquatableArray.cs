using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace CentralAsia.Domain.Collections;

/// <summary>
/// An immutable array with <em>value</em> equality: two arrays are equal when they hold equal
/// elements in the same order. Records of this library use it for every collection so that
/// record equality and hashing include their contents.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// <para><c>default(EquatableArray&lt;T&gt;)</c> is the empty array; it is equal to <see cref="Empty"/>.</para>
/// <para>Build one with a collection expression (<c>[a, b]</c>), <see cref="EquatableArray.Create{T}(ReadOnlySpan{T})"/>
/// or the conversion from <see cref="ImmutableArray{T}"/>. Immutable and thread-safe.</para>
/// </remarks>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.EquatableArrayConverterFactory))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> items;

    /// <summary>Wraps an immutable array (a default array counts as empty).</summary>
    /// <param name="items">The elements.</param>
    public EquatableArray(ImmutableArray<T> items)
    {
        // A default array is kept as it is: every member reads it as empty (as for default(EquatableArray<T>)).
        this.items = items;
    }

    /// <summary>The empty array.</summary>
#pragma warning disable CA1000 // A static member on a generic type is the idiomatic way to spell "empty" (as ImmutableArray<T>.Empty).
    public static EquatableArray<T> Empty => default;
#pragma warning restore CA1000

    /// <summary>The number of elements.</summary>
    public int Length => items.IsDefault ? 0 : items.Length;

    /// <summary>Whether there are no elements.</summary>
    public bool IsEmpty => Length == 0;

    /// <inheritdoc/>
    int IReadOnlyCollection<T>.Count => Length;

    /// <summary>Gets the element at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the array.</exception>
    public T this[int index] => AsImmutableArray()[index];

    /// <summary>Returns the elements as an <see cref="ImmutableArray{T}"/> (never a default one).</summary>
    /// <returns>The elements.</returns>
    public ImmutableArray<T> AsImmutableArray() => items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <summary>Returns the elements as a read-only span.</summary>
    /// <returns>The elements.</returns>
    public ReadOnlySpan<T> AsSpan() => items.IsDefault ? ReadOnlySpan<T>.Empty : items.AsSpan();

    /// <summary>Wraps an immutable array.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns>Whether they hold equal elements in the same order.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns>Whether they differ in length or in any element.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Wraps an immutable array (the named alternative to the implicit conversion).</summary>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
#pragma warning disable CA1000 // Named alternative required by CA2225 for the implicit conversion.
    public static EquatableArray<T> FromImmutableArray(ImmutableArray<T> items) => new(items);
#pragma warning restore CA1000

    /// <summary>Whether the arrays hold equal elements (by <see cref="EqualityComparer{T}.Default"/>) in the same order.</summary>
    /// <param name="other">The other array.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <summary>A hash of all elements, consistent with <see cref="Equals(EquatableArray{T})"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the elements as <c>[a, b, c]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "[" + string.Join(", ", AsImmutableArray()) + "]";

    /// <summary>Returns an enumerator that does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    /// <inheritdoc/>
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();
}
