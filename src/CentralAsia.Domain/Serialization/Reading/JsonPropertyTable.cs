using System;
using System.Text;
using System.Text.Json;

namespace CentralAsia.Domain.Serialization.Reading;

/// <summary>The properties of one JSON object shape: their names (as UTF-8) and which are required.</summary>
internal sealed class JsonPropertyTable
{
    private readonly byte[][] utf8Names;
    private readonly ulong requiredMask;

    /// <summary>Creates a table; a name ending in '?' is optional (the '?' is not part of the name).</summary>
    internal JsonPropertyTable(params string[] names)
    {
        if (names.Length > 64)
        {
            throw new ArgumentException("At most 64 properties.", nameof(names));
        }

        Names = new string[names.Length];
        Encoded = new JsonEncodedText[names.Length];
        utf8Names = new byte[names.Length][];
        for (var i = 0; i < names.Length; i++)
        {
            var optional = names[i].EndsWith('?');
            Names[i] = optional ? names[i][..^1] : names[i];
            utf8Names[i] = Encoding.UTF8.GetBytes(Names[i]);
            Encoded[i] = JsonEncodedText.Encode(Names[i]);
            if (!optional)
            {
                requiredMask |= 1UL << i;
            }
        }
    }

    internal string[] Names { get; }

    /// <summary>The names pre-encoded for <see cref="Utf8JsonWriter"/>.</summary>
    internal JsonEncodedText[] Encoded { get; }

    internal ReadOnlySpan<byte> Utf8Name(int index) => utf8Names[index];

    /// <summary>The index of the property name the reader is on, or -1.</summary>
    internal int Find(ref Utf8JsonReader reader) => Utf8NameMatch.IndexOf(ref reader, utf8Names);

    /// <summary>The required properties not in <paramref name="seen"/>.</summary>
    internal ulong Missing(ulong seen) => requiredMask & ~seen;
}
