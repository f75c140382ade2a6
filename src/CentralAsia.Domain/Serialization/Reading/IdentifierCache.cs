using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using CentralAsia.Domain.Collections;

namespace CentralAsia.Domain.Serialization.Reading;

/// <summary>
/// The identifiers one read has already built, so that a file that repeats the same few ids (every flow cites the
/// same sources) holds one instance of each, and one-element lists of them (most records cite one source) are shared.
/// </summary>
/// <remarks>Identifiers and <see cref="EquatableArray{T}"/> are immutable, so sharing them is invisible to callers.</remarks>
internal sealed class IdentifierCache
{
    private Dictionary<ulong, object>? ids;
    private Dictionary<object, object>? singleItemLists;

    /// <summary>The identifier of type <typeparamref name="TId"/> read before from the same unescaped ASCII bytes, if any.</summary>
    internal bool TryGet<TId>(ReadOnlySpan<byte> utf8, out ulong key, [NotNullWhen(true)] out TId? id)
        where TId : class
    {
        key = Fnv1a(utf8) ^ (ulong)typeof(TId).GetHashCode();
        if (ids is not null && ids.TryGetValue(key, out var cached) && cached is TId found && AsciiEquals(utf8, found.ToString()!))
        {
            id = found;
            return true;
        }

        id = null;
        return false;
    }

    /// <summary>Keeps an identifier under the key <see cref="TryGet{TId}"/> gave for its bytes.</summary>
    internal void Add(ulong key, object id) => (ids ??= [])[key] = id;

    /// <summary>The one list holding just <c>items[0]</c>: the first one built for that item.</summary>
    internal EquatableArray<T> SingleItemList<T>(T[] items)
    {
        var only = items[0]!;
        singleItemLists ??= new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
        if (singleItemLists.TryGetValue(only, out var shared))
        {
            return (EquatableArray<T>)shared;
        }

        var list = new EquatableArray<T>(ImmutableArray.Create(items, 0, 1));
        singleItemLists[only] = list;
        return list;
    }

    private static ulong Fnv1a(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    // Slugs are ASCII, so byte i of the UTF-8 is char i of the string.
    private static bool AsciiEquals(ReadOnlySpan<byte> utf8, string ascii)
    {
        if (utf8.Length != ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }
}
