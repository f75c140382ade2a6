using System;
using System.Collections.Generic;
using System.Globalization;

namespace CentralAsia.Domain.Columnar.Internal;

// Parses each distinct text of a code column once. A dictionary-encoded column of a million rows holds a few hundred
// texts; the cache is bounded so a hostile file of all-distinct texts cannot grow it without limit.
internal sealed class ParseCache<T>
    where T : ISpanParsable<T>
{
    private const int Capacity = 65_536;
    private readonly Dictionary<string, Parsed> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Parsed>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly Func<T, string> canonical;

    internal ParseCache(Func<T, string> canonical)
    {
        this.canonical = canonical;
        lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    internal readonly record struct Parsed(T? Value, string? Code, string? Message);

    internal Parsed Get(ReadOnlySpan<char> text)
    {
        if (lookup.TryGetValue(text, out var known))
        {
            return known;
        }

        var parsed = Parse(text);
        if (entries.Count < Capacity)
        {
            lookup[text] = parsed;
        }

        return parsed;
    }

    private Parsed Parse(ReadOnlySpan<char> text)
    {
        if (T.TryParse(text, CultureInfo.InvariantCulture, out var value))
        {
            var form = canonical(value);
            return form.AsSpan().SequenceEqual(text)
                ? new Parsed(value, null, null)
                : new Parsed(default, ColumnarErrorCodes.ValueNotCanonical, $"{Quote(text)} is not the canonical form; write \"{form}\".");
        }

        try
        {
            _ = T.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (FormatException e)
        {
            // The core's message is "Cannot parse T [code]: why"; the error carries the code on its own.
            var message = e.Message;
            var why = message.IndexOf("]: ", StringComparison.Ordinal);
            return new Parsed(default, e.Data["ErrorCode"] as string ?? Validation.ErrorCodes.ValueRequired, why >= 0 ? message[(why + 3)..] : message);
        }
        catch (ArgumentException e)
        {
            return new Parsed(default, Validation.ErrorCodes.ValueRequired, e.Message);
        }

        return new Parsed(default, ColumnarErrorCodes.ValueNotCanonical, $"{Quote(text)} is not valid.");
    }

    internal static string Quote(ReadOnlySpan<char> text) =>
        text.Length <= 40 ? "'" + text.ToString() + "'" : "'" + text[..40].ToString() + "…'";
}
