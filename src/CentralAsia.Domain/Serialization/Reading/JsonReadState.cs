using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Serialization.Reading;

/// <summary>Reads one item of a JSON array; the reader is on the item's first token.</summary>
internal delegate T ItemReader<T>(ref Utf8JsonReader reader, JsonReadState state);

/// <summary>Parses the text of a value object; returns null on success or the error code.</summary>
internal delegate string? TextParser<T>(ReadOnlySpan<char> text, out T value);

/// <summary>
/// The state of one strict read: every error found so far, the JSON Pointer of the value being
/// read, and where each error is (byte offsets, turned into lines at the end by
/// <see cref="ResolveLines"/>, so the input is never copied). Readers never stop at the first
/// error: a bad value is recorded, skipped, and reading goes on.
/// </summary>
internal sealed class JsonReadState
{
    private const int StackTextLimit = 256;

    private readonly bool trackLines;
    private readonly int firstLine;

    // The errors and where each is (offsets, resolved into lines and document order at the end).
    private readonly ErrorLog log = new();
    private (string? Name, int Index)[] path = new (string?, int)[16];
    private int depth;

    /// <summary>Creates a state; without <paramref name="trackLines"/> (inside a caller's serializer) errors have no lines.</summary>
    internal JsonReadState(int firstLine = 1, bool trackLines = true)
    {
        this.trackLines = trackLines;
        this.firstLine = firstLine;
    }

    internal List<ValidationError> Errors => log.Errors;

    // Identifiers already read, by their UTF-8 bytes: a file repeats the same few source ids.
    private Dictionary<ulong, object>? ids;

    // One-element identifier lists by their element: most records cite one source, and the same
    // few, so a list is shared instead of kept once per record (a third of a flow's allocations).
    private Dictionary<object, object>? singleIdLists;

    // Where each item of a top-level collection starts ("/tradeFlows" → offsets), so that errors the
    // dataset's own rules find (paths like /tradeFlows/3/citations/0) get the line of that item.
    private Dictionary<string, List<long>>? itemOffsets;

    // The id (or country code) of the top-level item being read, and those of the items that failed:
    // references to a record that is in the file but invalid are not reported as dangling.
    private string? itemKey;

    internal bool HasErrors => Errors.Count > 0;

    /// <summary>The records of the document that could not be built, by collection and id.</summary>
    internal Data.UnbuiltRecords? Unbuilt { get; private set; }

    /// <summary>Notes the id or code of the top-level item being read (called when <c>/collection/i/id</c> or <c>/countries/i/code</c> has been read).</summary>
    internal void NoteKey(string key)
    {
        if (depth == 3 && path[2].Name is "id" or "code")
        {
            itemKey = key;
        }
    }

    internal void PushProperty(string name)
    {
        Grow();
        path[depth++] = (name, 0);
    }

    internal void PushIndex(int index)
    {
        Grow();
        path[depth++] = (null, index);
    }

    internal void Pop() => depth--;

    /// <summary>The JSON Pointer of the current value (built only when an error needs it).</summary>
    internal string Pointer()
    {
        if (depth == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append('/');
            if (path[i].Name is { } name)
            {
                builder.Append(JsonPointer.Escape(name));
            }
            else
            {
                builder.Append(path[i].Index.ToString(CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Records an error at the current pointer, at the line of <paramref name="offset"/>.</summary>
    internal void Error(string code, string message, long offset) => Add(new ValidationError(code, Pointer(), message), offset);

    /// <summary>Records an error whose line is already known (or unknown): offset -1.</summary>
    internal void Add(ValidationError error, long offset = -1) => log.Add(error, trackLines ? offset : -1);

    /// <summary>Drops every error recorded since <paramref name="start"/> but the last one.</summary>
    internal void KeepOnlyLastSince(int start)
    {
        var count = Errors.Count - 1 - start;
        if (count > 0)
        {
            log.RemoveRange(start, count);
        }
    }

    /// <summary>Turns the places of the errors into 1-based lines of <paramref name="input"/> and sorts the errors into document order.</summary>
    internal void ResolveLines(ReadOnlySpan<byte> input) => log.Resolve(input, firstLine);

    /// <summary>Records an error at the current pointer followed by <paramref name="relative"/>.</summary>
    internal void ErrorAt(string relative, string code, string message, long offset) =>
        Add(new ValidationError(code, Pointer() + relative, message), offset);

    /// <summary>
    /// Adds the errors a record's own validation found (paths relative to the record), except those at
    /// or under a place where reading already failed: a value that could not be read is not also "missing".
    /// Returns whether the record is free of errors, i.e. may be built.
    /// </summary>
    internal bool Complete(int errorsBefore, ref ErrorCollector recordErrors, long offset)
    {
        var readErrors = Errors.Count - errorsBefore;
        if (recordErrors.HasErrors)
        {
            var prefix = Pointer();
            foreach (var error in recordErrors.ToArray())
            {
                var absolute = error.WithPrefix(prefix);
                if (!Overlaps(errorsBefore, absolute.Path))
                {
                    // Found by a rule, not while reading: its line is that of the value the pointer names,
                    // found by walking from the start of the collection item (or of this record).
                    if (!trackLines)
                    {
                        log.Add(absolute, -1);
                    }
                    else if (ItemStart(absolute.Path) is ({ } item, var rest))
                    {
                        log.Add(absolute, item, absolute.Path[rest..]);
                    }
                    else
                    {
                        log.Add(absolute, offset, error.Path);
                    }
                }
            }
        }

        return readErrors == 0 && !recordErrors.HasErrors;
    }

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

    internal string? ReadString(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            TypeError(ref reader, what);
            return null;
        }

        return GetString(ref reader);
    }

    /// <summary>Reads a string and parses it as a value object without allocating (for short, unescaped text).</summary>
    internal T ReadParsed<T>(ref Utf8JsonReader reader, TextParser<T> parse, string what)
    {
        // A property name is read the same way: value objects that can be dictionary keys.
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            TypeError(ref reader, what);
            return default!;
        }

        var raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped && raw.Length <= StackTextLimit)
        {
            if (!Utf8.IsValid(raw))
            {
                Error(ErrorCodes.JsonStringInvalid, "The string is not valid UTF-8.", reader.TokenStartIndex);
                return default!;
            }

            Span<char> chars = stackalloc char[StackTextLimit];
            var n = Encoding.UTF8.GetChars(raw, chars);
            return Parse(chars[..n], parse, reader.TokenStartIndex);
        }

        var text = GetString(ref reader);
        return text is null ? default! : Parse(text.AsSpan(), parse, reader.TokenStartIndex);
    }

    /// <summary>Reads an identifier, reusing the instance when the same unescaped slug was read before.</summary>
    internal TId? ReadId<TId>(ref Utf8JsonReader reader, TextParser<TId?> parse, string what)
        where TId : class
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.ValueSpan.Length > Identifiers.MaxLength)
        {
            var value = ReadParsed(ref reader, parse, what);
            if (value is not null)
            {
                NoteKey(value.ToString()!);
            }

            return value;
        }

        var raw = reader.ValueSpan;
        var key = Fnv1a(raw) ^ (ulong)typeof(TId).GetHashCode();
        if ((ids ??= []).TryGetValue(key, out var cached) && cached is TId id && Utf8Equals(raw, id.ToString()!))
        {
            NoteKey(id.ToString()!);
            return id;
        }

        var parsed = ReadParsed(ref reader, parse, what);
        if (parsed is not null)
        {
            ids[key] = parsed;
            NoteKey(parsed.ToString()!);
        }

        return parsed;
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
    private static bool Utf8Equals(ReadOnlySpan<byte> utf8, string ascii)
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

    internal decimal? ReadDecimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            TypeError(ref reader, "a number");
            return null;
        }

        var raw = reader.ValueSpan;
        Span<char> chars = stackalloc char[StackTextLimit];
        if (raw.Length > StackTextLimit)
        {
            Error(ErrorCodes.NumberOutOfRange, $"The number has {raw.Length} characters; it cannot be held exactly as a decimal.", reader.TokenStartIndex);
            return null;
        }

        var n = Encoding.UTF8.GetChars(raw, chars);
        var text = chars[..n];
        string? code;
        decimal value;
        if (text.IndexOfAny('e', 'E') >= 0)
        {
            // Exponent form is valid JSON: accept it when the decimal holds every digit exactly.
            code = decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && SignificantDigits(text) <= 28
                ? null
                : ErrorCodes.NumberOutOfRange;
        }
        else
        {
            code = DecimalText.TryParse(text, out value);

            // JSON's grammar leaves one plain number that is not the canonical text of its value: a
            // negative zero ("-0", "-0.0"). It is that zero, as "-0e0" is (and as the schema says).
            if (code == ErrorCodes.MoneyInvalid && text[0] == '-')
            {
                code = DecimalText.TryParse(text[1..], out value);
            }
        }

        if (code is not null)
        {
            Error(code, ParseErrors.Message(code, text), reader.TokenStartIndex);
            return null;
        }

        // A negative zero (from "-0e0") is stored as plain zero, so that it never shows a sign.
        return value == 0m ? Math.Abs(value) : value;
    }

    internal int? ReadInt32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            TypeError(ref reader, "a whole number");
            return null;
        }

        if (!reader.TryGetInt32(out var value))
        {
            Error(ErrorCodes.NumberOutOfRange, "The number is not a whole number between -2147483648 and 2147483647.", reader.TokenStartIndex);
            return null;
        }

        return value;
    }

    internal bool? ReadBoolean(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            return reader.TokenType == JsonTokenType.True;
        }

        TypeError(ref reader, "true or false");
        return null;
    }

    internal TEnum? ReadEnum<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            TypeError(ref reader, "a string naming a " + typeof(TEnum).Name);
            return null;
        }

        if (KebabCaseEnum<TEnum>.TryRead(ref reader, out var value))
        {
            return value;
        }

        if (GetString(ref reader) is not { } text)
        {
            return null; // json.string.invalid is recorded; the text has no name to report.
        }

        Error(ErrorCodes.EnumUndefined, $"'{Truncate(text)}' is not a {typeof(TEnum).Name}; expected one of: {KebabCaseEnum<TEnum>.AllNames}.", reader.TokenStartIndex);
        return null;
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
        var items = ArrayPool<T>.Shared.Rent(8);
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

                if (depth == 1 && trackLines)
                {
                    itemOffsets ??= new Dictionary<string, List<long>>(StringComparer.Ordinal);
                    if (!itemOffsets.TryGetValue(path[0].Name!, out var offsets))
                    {
                        itemOffsets[path[0].Name!] = offsets = [];
                    }

                    offsets.Add(reader.TokenStartIndex);
                }

                PushIndex(count);
                var topLevel = depth == 2;
                if (topLevel)
                {
                    itemKey = null;
                }

                var item = readItem(ref reader, this);
                if (topLevel && item is null && itemKey is not null)
                {
                    (Unbuilt ??= new Data.UnbuiltRecords()).Add(path[0].Name!, itemKey);
                }

                Pop();
                if (count == items.Length)
                {
                    var bigger = ArrayPool<T>.Shared.Rent(count * 2);
                    items.AsSpan(0, count).CopyTo(bigger);
                    ArrayPool<T>.Shared.Return(items, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
                    items = bigger;
                }

                items[count++] = item;
            }

            if (count == 1 && shareSingle && items[0] is { } only)
            {
                singleIdLists ??= new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
                if (singleIdLists.TryGetValue(only, out var shared))
                {
                    return (EquatableArray<T>)shared;
                }

                var list = new EquatableArray<T>(ImmutableArray.Create(items, 0, 1));
                singleIdLists[only] = list;
                return list;
            }

            return count == 0 ? default : new EquatableArray<T>(ImmutableArray.Create(items, 0, count));
        }
        finally
        {
            ArrayPool<T>.Shared.Return(items, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
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

    /// <summary>Where the top-level collection item a pointer lies in (/tradeFlows/3/…) starts, if known, and where the rest of the pointer begins.</summary>
    private (long? Offset, int RestStart) ItemStart(string pointer)
    {
        if (itemOffsets is null || pointer.Length < 2)
        {
            return (null, 0);
        }

        var second = pointer.IndexOf('/', 1);
        if (second < 0 || !itemOffsets.TryGetValue(pointer[1..second], out var offsets))
        {
            return (null, 0);
        }

        var third = pointer.IndexOf('/', second + 1);
        var indexText = third < 0 ? pointer.AsSpan(second + 1) : pointer.AsSpan(second + 1, third - second - 1);
        return int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < offsets.Count
            ? (offsets[index], third < 0 ? pointer.Length : third)
            : (null, 0);
    }

    private T Parse<T>(ReadOnlySpan<char> text, TextParser<T> parse, long offset)
    {
        var code = parse(text, out var value);
        if (code is not null)
        {
            Error(code, ParseErrors.Message(code, text), offset);
        }

        return value;
    }

    private string? GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8, or an escape that decodes to a lone surrogate.
            Error(ErrorCodes.JsonStringInvalid, "The string holds invalid UTF-8 or a lone surrogate escape.", reader.TokenStartIndex);
            return null;
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

    private bool Overlaps(int from, string path)
    {
        for (var i = from; i < Errors.Count; i++)
        {
            var other = Errors[i].Path;
            if (IsSameOrUnder(path, other) || IsSameOrUnder(other, path))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSameOrUnder(string path, string ancestor) =>
        path.StartsWith(ancestor, StringComparison.Ordinal) && (path.Length == ancestor.Length || path[ancestor.Length] == '/');

    private static int SignificantDigits(ReadOnlySpan<char> number)
    {
        var mantissa = number[..number.IndexOfAny('e', 'E')];
        var digits = 0;
        var leading = true;
        var trailingZeros = 0;
        foreach (var c in mantissa)
        {
            if (!char.IsAsciiDigit(c) || (leading && c == '0'))
            {
                continue;
            }

            leading = false;
            digits++;
            trailingZeros = c == '0' ? trailingZeros + 1 : 0;
        }

        return digits - trailingZeros;
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

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private void Grow()
    {
        if (depth == path.Length)
        {
            Array.Resize(ref path, path.Length * 2);
        }
    }
}
