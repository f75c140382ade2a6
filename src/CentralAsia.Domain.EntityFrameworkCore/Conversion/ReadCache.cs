using System;
using System.Collections.Concurrent;

namespace CentralAsia.Domain.EntityFrameworkCore.Conversion;

/// <summary>
/// Remembers the values read from the most common column texts: a table of trade flows repeats the same
/// few partners and citation lists on every row, and the values are immutable, so one instance can serve
/// every row. Bounded (a column of distinct texts does not grow it past <see cref="Capacity"/>) and thread-safe.
/// </summary>
/// <typeparam name="T">An immutable type.</typeparam>
internal static class ReadCache<T>
{
    internal const int Capacity = 4096;

    private static readonly ConcurrentDictionary<string, T> Values = new(StringComparer.Ordinal);

    internal static int Count => Values.Count;

    internal static T GetOrRead(string text, Func<string, T> read)
    {
        if (Values.TryGetValue(text, out var known))
        {
            return known;
        }

        var value = read(text);
        if (Values.Count < Capacity)
        {
            Values.TryAdd(text, value);
        }

        return value;
    }
}
