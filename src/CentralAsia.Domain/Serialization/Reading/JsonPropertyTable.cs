using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace CentralAsia.Domain.Serialization.Reading;

/// <summary>The properties of one JSON object shape: their names (as UTF-8) and which are required.</summary>
/// <remarks>Converters use <see cref="JsonPropertyTable{TProperty}"/>, which takes the names from an enumeration.</remarks>
internal abstract class JsonPropertyTable
{
    private readonly byte[][] utf8Names;
    private readonly ulong requiredMask;

    /// <summary>Creates a table; a name ending in '?' is optional (the '?' is not part of the name).</summary>
    private protected JsonPropertyTable(string[] names)
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

/// <summary>
/// A property table whose properties are the members of an enumeration: a member's value is the property's index and its
/// camelCase name is the JSON name. The enumeration is then the one list of a shape's properties: the reader switches on
/// its members by name and the writer indexes the encoded names by member, so a property added to the list and not
/// handled by the reader reaches <see cref="Unhandled"/> (and the round-trip tests), and one added to the record and not
/// to the list fails the test that compares each record's properties with its converter's list.
/// </summary>
/// <typeparam name="TProperty">The enumeration of the properties, numbered 0, 1, 2, … in the order they are written.</typeparam>
internal sealed class JsonPropertyTable<TProperty> : JsonPropertyTable
    where TProperty : struct, Enum
{
    /// <summary>Creates the table.</summary>
    /// <param name="optional">The properties that may be absent; every other one is required.</param>
    internal JsonPropertyTable(params TProperty[] optional)
        : base(NamesOf(optional))
    {
    }

    /// <summary>The name of a property, pre-encoded for <see cref="Utf8JsonWriter"/>.</summary>
    internal JsonEncodedText this[TProperty property] => Encoded[IndexOf(property)];

    /// <summary>The exception for a property the reader's switch does not handle: a bug of the converter, never of the input.</summary>
    internal UnreachableException Unhandled(int index) =>
        new($"The converter does not read the property '{Names[index]}' of {typeof(TProperty).Name}.");

    private static int IndexOf(TProperty property) => Unsafe.As<TProperty, int>(ref property);

    private static string[] NamesOf(TProperty[] optional)
    {
        if (Unsafe.SizeOf<TProperty>() != sizeof(int))
        {
            throw new InvalidOperationException($"{typeof(TProperty).Name} must be an enumeration of int.");
        }

        var members = Enum.GetValues<TProperty>();
        var names = new string[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            if (IndexOf(members[i]) != i)
            {
                throw new InvalidOperationException($"The members of {typeof(TProperty).Name} must be numbered 0, 1, 2, … in order.");
            }

            var name = members[i].ToString();
            names[i] = string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1), Array.IndexOf(optional, members[i]) >= 0 ? "?" : string.Empty);
        }

        return names;
    }
}
