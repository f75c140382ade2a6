using System;
using System.Text.Json;

namespace CentralAsia.Domain.Serialization.Reading;

/// <summary>Finds the string token the reader is on among known UTF-8 names (property names, enum names).</summary>
internal static class Utf8NameMatch
{
    // Longer than any name the format has; an escaped token longer than this cannot match one.
    private const int MaxEscapedLength = 256;

    /// <summary>The index in <paramref name="names"/> of the token's text, or -1 — also when the text is not valid (the caller reports that).</summary>
    internal static int IndexOf(ref Utf8JsonReader reader, byte[][] names)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            // The common case: compare raw bytes, no unescaping.
            return IndexOf(reader.ValueSpan, names);
        }

        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxEscapedLength)
        {
            return -1;
        }

        // Unescaping never lengthens a token. Utf8JsonReader.ValueTextEquals would throw
        // InvalidOperationException on an escaped lone surrogate ("\ud800"), found by fuzzing; CopyString
        // throws the same, but here it is expected and means "no known name".
        Span<byte> buffer = stackalloc byte[MaxEscapedLength];
        int written;
        try
        {
            written = reader.CopyString(buffer);
        }
        catch (InvalidOperationException)
        {
            return -1;
        }

        return IndexOf(buffer[..written], names);
    }

    private static int IndexOf(ReadOnlySpan<byte> text, byte[][] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (text.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
