using System;
using System.Collections.Generic;
using System.Globalization;
using CentralAsia.Domain.Data;

namespace CentralAsia.Domain.Serialization.Reading;

/// <summary>
/// The items of a document's top-level collections: where each starts (so that an error a dataset rule finds at
/// <c>/tradeFlows/3/citations/0</c> gets the line of that value) and the keys of those that could not be built
/// (so that a reference to a record that is in the file but invalid is not also reported as dangling).
/// </summary>
internal sealed class ItemIndex
{
    private Dictionary<string, List<long>>? offsets;
    private string? currentKey;

    /// <summary>The records of the document that could not be built, by collection and id; null when every one was.</summary>
    internal UnbuiltRecords? Unbuilt { get; private set; }

    /// <summary>Notes that item number <c>offsets.Count</c> of <paramref name="collection"/> starts at <paramref name="offset"/>.</summary>
    internal void NoteStart(string collection, long offset)
    {
        offsets ??= new Dictionary<string, List<long>>(StringComparer.Ordinal);
        if (!offsets.TryGetValue(collection, out var starts))
        {
            offsets[collection] = starts = [];
        }

        starts.Add(offset);
    }

    /// <summary>Starts reading a top-level item: it has no key yet.</summary>
    internal void BeginItem() => currentKey = null;

    /// <summary>The id (or country code) of the top-level item being read.</summary>
    internal void NoteKey(string key) => currentKey = key;

    /// <summary>Ends reading a top-level item; one that could not be built is remembered by its key, if it had one.</summary>
    internal void EndItem(string collection, bool built)
    {
        if (!built && currentKey is not null)
        {
            (Unbuilt ??= new UnbuiltRecords()).Add(collection, currentKey);
        }
    }

    /// <summary>Where the top-level item a pointer lies in (<c>/tradeFlows/3/…</c>) starts, if known, and where the rest of the pointer begins.</summary>
    internal (long? Offset, int RestStart) ItemStart(string pointer)
    {
        if (offsets is null || pointer.Length < 2)
        {
            return (null, 0);
        }

        var second = pointer.IndexOf('/', 1);
        if (second < 0 || !offsets.TryGetValue(pointer[1..second], out var starts))
        {
            return (null, 0);
        }

        var third = pointer.IndexOf('/', second + 1);
        var indexText = third < 0 ? pointer.AsSpan(second + 1) : pointer.AsSpan(second + 1, third - second - 1);
        return int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < starts.Count
            ? (starts[index], third < 0 ? pointer.Length : third)
            : (null, 0);
    }
}
