using System;
using System.Collections.Immutable;
using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Serialization.Reading;

// Objects and arrays: the properties of an object against its table, the items of an array.
internal sealed partial class JsonReadState
{
    /// <summary>Checks that the reader is on the start of an object; otherwise records a type error and skips the value.</summary>
    internal bool BeginObject(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        TypeError(ref reader, "an object (" + what + ")");
        return false;
    }

    /// <summary>
    /// Moves to the next known property and onto its value, with the property pushed on the pointer;
    /// unknown and duplicate properties are recorded and skipped. Returns -1 at the end of the object,
    /// after recording every missing required property.
    /// </summary>
    internal int NextProperty(ref Utf8JsonReader reader, JsonPropertyTable table, ref ulong seen, long objectStart)
    {
        while (true)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                ReportMissing(table, seen, objectStart);
                return -1;
            }

            var index = table.Find(ref reader);
            if (index < 0)
            {
                var offset = reader.TokenStartIndex;
                var name = ReadPropertyName(ref reader);

                // Skip first (on a property name, Skip skips its value): a value too deep to skip is
                // reported as json.depth alone.
                reader.Skip();
                if (name is null)
                {
                    Error(ErrorCodes.JsonStringInvalid, "A property name of this object holds invalid UTF-8 or a lone surrogate escape.", offset);
                    continue;
                }

                PushProperty(name);
                Error(ErrorCodes.JsonPropertyUnknown, $"'{Truncate(name)}' is not a property here; expected one of: {string.Join(", ", table.Names)}.", offset);
                Pop();
                continue;
            }

            var start = reader.TokenStartIndex;
            PushProperty(table.Names[index]);
            reader.Read();
            var bit = 1UL << index;
            if ((seen & bit) != 0)
            {
                Error(ErrorCodes.JsonPropertyDuplicate, $"'{table.Names[index]}' appears more than once in this object.", start);
                reader.Skip();
                Pop();
                continue;
            }

            seen |= bit;
            return index;
        }
    }

    /// <summary>Reads an array; an item that fails keeps its place as default so later indexes stay right.</summary>
    /// <param name="reader">The reader, on the array's first token.</param>
    /// <param name="readItem">Reads one item.</param>
    /// <param name="what">What the items are, for a type error.</param>
    /// <param name="shareSingle">Share one-element lists of the same (cached, immutable) item: for identifier lists.</param>
    internal EquatableArray<T> ReadArray<T>(ref Utf8JsonReader reader, ItemReader<T> readItem, string what, bool shareSingle = false)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            TypeError(ref reader, "an array of " + what);
            return default;
        }

        // Items go into a pooled array; the result is one array of the exact size.
        var items = ArrayPools.Rent<T>(8);
        var count = 0;
        try
        {
            while (true)
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    break;
                }

                // An item of a top-level collection (/tradeFlows/3): note where it starts and whether it is built.
                var topLevel = pointer.Depth == 1;
                if (topLevel)
                {
                    if (lines == LineTracking.On)
                    {
                        topLevelItems.NoteStart(pointer.NameAt(0)!, reader.TokenStartIndex);
                    }

                    topLevelItems.BeginItem();
                }

                PushIndex(count);
                var item = readItem(ref reader, this);
                if (topLevel)
                {
                    topLevelItems.EndItem(pointer.NameAt(0)!, built: item is not null);
                }

                Pop();
                if (count == items.Length)
                {
                    ArrayPools.Grow(ref items, count, count + 1);
                }

                items[count++] = item;
            }

            if (count == 1 && shareSingle && items[0] is not null)
            {
                return identifiers.SingleItemList(items);
            }

            return count == 0 ? default : new EquatableArray<T>(ImmutableArray.Create(items, 0, count));
        }
        finally
        {
            ArrayPools.Return(items);
        }
    }

    /// <summary>Records a type error (or <c>json.null</c>) at the current pointer and skips the value.</summary>
    internal void TypeError(ref Utf8JsonReader reader, string expected)
    {
        var token = reader.TokenType;
        var offset = reader.TokenStartIndex;

        // Skip first: a value too deep to skip is reported as json.depth alone.
        reader.Skip();
        if (token == JsonTokenType.Null)
        {
            Error(ErrorCodes.JsonNull, $"null is not allowed; expected {expected}. Leave an optional property out instead.", offset);
        }
        else
        {
            Error(ErrorCodes.JsonType, $"Expected {expected}, found {Describe(token)}.", offset);
        }
    }

    private static string? ReadPropertyName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private void ReportMissing(JsonPropertyTable table, ulong seen, long objectStart)
    {
        var missing = table.Missing(seen);
        for (var i = 0; missing != 0; i++, missing >>= 1)
        {
            if ((missing & 1) != 0)
            {
                ErrorAt("/" + table.Names[i], ErrorCodes.JsonPropertyMissing, $"The required property '{table.Names[i]}' is missing.", objectStart);
            }
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
