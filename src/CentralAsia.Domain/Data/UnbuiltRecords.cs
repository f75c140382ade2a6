using System;
using System.Collections.Generic;

namespace CentralAsia.Domain.Data;

/// <summary>
/// The ids of records that are in a document but could not be built (they have errors of their own,
/// already reported). References to them are not dangling: the dataset rules do not report them again.
/// </summary>
internal sealed class UnbuiltRecords
{
    private readonly Dictionary<string, HashSet<string>> byCollection = new(StringComparer.Ordinal);

    internal static UnbuiltRecords None { get; } = new();

    /// <summary>Notes the id (or country code) of a record of a collection (<c>"leaders"</c>, <c>"sources"</c>, …) that could not be built.</summary>
    internal void Add(string collection, string key)
    {
        if (!byCollection.TryGetValue(collection, out var keys))
        {
            byCollection[collection] = keys = new HashSet<string>(StringComparer.Ordinal);
        }

        keys.Add(key);
    }

    internal bool Contains(string collection, string key) => byCollection.TryGetValue(collection, out var keys) && keys.Contains(key);
}
