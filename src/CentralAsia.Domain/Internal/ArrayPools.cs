using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace CentralAsia.Domain.Internal;

/// <summary>
/// Renting, growing and returning the shared pool's arrays, in one place for every buffer of the library.
/// </summary>
/// <remarks>
/// Nothing here is observable beyond memory: an array not given back is collected like any other, and a buffer grown
/// by more than asked only spares later copies. The mutation-testing configuration leaves this file out for that reason
/// (<c>mutation/stryker-config.json</c>); the callers' behaviour is what the tests check.
/// </remarks>
internal static class ArrayPools
{
    /// <summary>Rents an array of at least <paramref name="minimumLength"/> items.</summary>
    internal static T[] Rent<T>(int minimumLength) => ArrayPool<T>.Shared.Rent(minimumLength);

    /// <summary>
    /// Replaces <paramref name="array"/> with a rented one of at least <paramref name="minimumLength"/> items (and at least
    /// twice the old length), holding the first <paramref name="used"/> items; the old one goes back to the pool.
    /// </summary>
    internal static void Grow<T>(ref T[] array, int used, int minimumLength)
    {
        var bigger = ArrayPool<T>.Shared.Rent(Math.Max(minimumLength, array.Length * 2));
        array.AsSpan(0, used).CopyTo(bigger);
        Return(array);
        array = bigger;
    }

    /// <summary>Gives an array back to the pool, cleared first when it holds references (so the pool keeps nothing alive).</summary>
    internal static void Return<T>(T[] array)
    {
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }
}
