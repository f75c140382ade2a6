using System;

namespace CentralAsia.Domain.Values;

/// <summary>One row of ISO 4217; <see cref="MinorUnits"/> is -1 where the standard says "N.A.".</summary>
internal sealed record CurrencyEntry(string Code, int Numeric, int MinorUnits, string Name);

/// <summary>The active ISO 4217 codes with a lookup array indexed by the three letters.</summary>
internal static partial class IsoCurrencyTable
{
    private static readonly short[] ByCode = new short[26 * 26 * 26];

#pragma warning disable CA1810 // The lookup array is filled from Entries, which must be initialised first.
    static IsoCurrencyTable()
#pragma warning restore CA1810
    {
        for (var i = 0; i < Entries.Length; i++)
        {
            ByCode[Key(Entries[i].Code)] = (short)(i + 1);
        }
    }

    /// <summary>Finds a code (letters in either case when <paramref name="exact"/> is false); 0 = not active, -1 = malformed.</summary>
    internal static short Find(ReadOnlySpan<char> text, bool exact)
    {
        if (text.Length != 3)
        {
            return -1;
        }

        foreach (var c in text)
        {
            if (exact ? !char.IsAsciiLetterUpper(c) : !char.IsAsciiLetter(c))
            {
                return -1;
            }
        }

        return ByCode[Key(text)];
    }

    private static int Key(ReadOnlySpan<char> letters) =>
        ((((letters[0] | 0x20) - 'a') * 26) + ((letters[1] | 0x20) - 'a')) * 26 + ((letters[2] | 0x20) - 'a');
}
