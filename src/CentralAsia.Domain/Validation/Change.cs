using System;
using System.Collections.Generic;

namespace CentralAsia.Domain.Validation;

/// <summary>
/// A new value for one field, or none: the type of the parameters of each record's <c>With</c>, where an omitted
/// argument keeps the record's own value and a given one — <c>null</c> included — replaces it.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>
/// <para>You rarely name this type: a value converts to it implicitly, so you write
/// <c>flow.With(value: Money.Parse("1 USD"), note: null)</c>. <c>default(Change&lt;T&gt;)</c> is "no change".</para>
/// <para>Immutable and thread-safe. It is a parameter type, not data: it has no JSON form.</para>
/// </remarks>
public readonly struct Change<T> : IEquatable<Change<T>>
{
    private readonly T value;

    /// <summary>A change to the given value.</summary>
    /// <param name="value">The value; it may be null.</param>
    public Change(T value)
    {
        this.value = value;
        IsGiven = true;
    }

    /// <summary>Whether a new value was given.</summary>
    public bool IsGiven { get; }

    /// <summary>The new value.</summary>
    /// <exception cref="InvalidOperationException">No new value was given.</exception>
    public T Value => IsGiven ? value : throw new InvalidOperationException($"No new {typeof(T).Name} was given.");

    /// <summary>A change to the value.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Change<T>(T value) => new(value);

    /// <summary>Whether neither changes anything, or both change to equal values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Change<T> left, Change<T> right) => left.Equals(right);

    /// <summary>Whether they differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Change<T> left, Change<T> right) => !left.Equals(right);

    /// <summary>The new value, or <paramref name="current"/> when none was given.</summary>
    /// <param name="current">The value to keep when there is no change.</param>
    /// <returns>The value.</returns>
    public T Or(T current) => IsGiven ? value : current;

    /// <summary>Whether neither changes anything, or both change to equal values.</summary>
    /// <param name="other">The other.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Change<T> other) => IsGiven == other.IsGiven && (!IsGiven || EqualityComparer<T>.Default.Equals(value, other.value));

    /// <summary>Whether <paramref name="obj"/> is an equal <see cref="Change{T}"/>.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>True when equal.</returns>
    public override bool Equals(object? obj) => obj is Change<T> other && Equals(other);

    /// <summary>A hash code consistent with <see cref="Equals(Change{T})"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(IsGiven, value);

    /// <summary>The value's text, or "(no change)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsGiven ? value?.ToString() ?? "null" : "(no change)";
}
