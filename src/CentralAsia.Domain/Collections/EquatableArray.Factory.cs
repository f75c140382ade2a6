using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CentralAsia.Domain.Internal;

namespace CentralAsia.Domain.Collections;

/// <summary>Factories for <see cref="EquatableArray{T}"/>; collection expressions use <see cref="Create{T}(ReadOnlySpan{T})"/>.</summary>
public static class EquatableArray
{
    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>Creates an array holding the elements of <paramref name="items"/> in order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static EquatableArray<T> From<T>(IEnumerable<T> items) => new(ImmutableArray.CreateRange(Preconditions.CheckNotNull(items)));
}
