using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Serialization.Reading;

/// <summary>
/// The errors of one read and where each is in the input: a byte offset, and for errors found after
/// reading (a record's own rules, the dataset's rules) the JSON Pointer to walk from that offset to the
/// exact value. At the end, <see cref="Resolve"/> turns places into 1-based lines and puts the errors in
/// document order. The input is never copied; the walks happen only for errors.
/// </summary>
internal sealed class ErrorLog
{
    private readonly List<Place> places = [];

    internal List<ValidationError> Errors { get; } = [];

    /// <summary>Records an error at <paramref name="offset"/> (-1: none), optionally to be refined by walking <paramref name="walk"/> from there.</summary>
    internal void Add(ValidationError error, long offset, string? walk = null)
    {
        Errors.Add(error);
        places.Add(new Place(offset, walk));
    }

    internal void RemoveRange(int start, int count)
    {
        Errors.RemoveRange(start, count);
        places.RemoveRange(start, count);
    }

    /// <summary>Gives every error with a place its line in <paramref name="input"/>, then sorts the errors by position (stably; errors without a place keep their order at the end).</summary>
    internal void Resolve(ReadOnlySpan<byte> input, int firstLine)
    {
        // Called for every document and every JSON Lines line: a valid one must cost nothing here.
        if (Errors.Count == 0)
        {
            return;
        }

        int[]? lineStarts = null;
        var positions = new long[Errors.Count];
        for (var i = 0; i < Errors.Count; i++)
        {
            var place = places[i];
            var offset = place.Offset;
            if (offset >= 0 && place.Walk is { Length: > 0 } walk)
            {
                offset = Locate(input, offset, walk) ?? offset;
            }

            positions[i] = offset >= 0 ? offset : long.MaxValue;
            if (offset < 0 || Errors[i].Line is not null)
            {
                continue;
            }

            lineStarts ??= BuildLineStarts(input);
            var index = Array.BinarySearch(lineStarts, (int)Math.Min(offset, int.MaxValue));
            Errors[i] = Errors[i].AtLine(firstLine + (index >= 0 ? index : ~index - 1));
        }

        SortByPosition(positions);
    }

    /// <summary>The offset of the value at <paramref name="pointer"/> inside the value that starts at <paramref name="start"/>, or null.</summary>
    internal static long? Locate(ReadOnlySpan<byte> input, long start, string pointer)
    {
        if (start >= input.Length)
        {
            return null;
        }

        try
        {
            // Only the one value at start is read: what follows it in the document is never reached.
            var reader = new Utf8JsonReader(input[(int)start..], new JsonReaderOptions { MaxDepth = CentralAsiaJson.MaxDepth });
            if (!reader.Read())
            {
                return null;
            }

            foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Step(ref reader, segment))
                {
                    return null;
                }
            }

            return start + reader.TokenStartIndex;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    // Moves from the start of an object or array onto the value named by one pointer segment.
    private static bool Step(ref Utf8JsonReader reader, string segment)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            var name = JsonPointer.Unescape(segment);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var match = reader.ValueTextEquals(name);
                reader.Read();
                if (match)
                {
                    return true;
                }

                reader.Skip();
            }

            return false;
        }

        if (reader.TokenType == JsonTokenType.StartArray && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
            {
                if (i == index)
                {
                    return true;
                }

                reader.Skip();
            }
        }

        return false;
    }

    private void SortByPosition(long[] positions)
    {
        var order = new int[Errors.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Stable: equal positions keep the order they were found in.
        Array.Sort(order, (a, b) => positions[a] != positions[b] ? positions[a].CompareTo(positions[b]) : a.CompareTo(b));
        var errors = new ValidationError[order.Length];
        var sortedPlaces = new Place[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            errors[i] = Errors[order[i]];
            sortedPlaces[i] = places[order[i]];
        }

        Errors.Clear();
        Errors.AddRange(errors);
        places.Clear();
        places.AddRange(sortedPlaces);
    }

    private static int[] BuildLineStarts(ReadOnlySpan<byte> bytes)
    {
        var starts = new List<int> { 0 };
        var offset = 0;
        int next;
        while ((next = bytes[offset..].IndexOf((byte)'\n')) >= 0)
        {
            offset += next + 1;
            starts.Add(offset);
        }

        return [.. starts];
    }

    private readonly record struct Place(long Offset, string? Walk);
}
