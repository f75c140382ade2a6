using System;

namespace CentralAsia.Domain.Values;

/// <summary>One row of ISO 3166-1.</summary>
internal sealed record CountryEntry(string Alpha2, string Alpha3, int Numeric, string Name);

/// <summary>
/// The ISO 3166-1 table (all 249 assigned codes) with lookup arrays indexed by the code itself,
/// so that parsing is a few array reads and allocates nothing.
/// </summary>
internal static partial class IsoCountryTable
{
    private static readonly short[] ByAlpha2 = new short[26 * 26];
    private static readonly short[] ByAlpha3 = new short[26 * 26 * 26];
    private static readonly short[] ByNumeric = new short[1000];

#pragma warning disable CA1810 // The lookup arrays are filled from Entries, which must be initialised first.
    static IsoCountryTable()
#pragma warning restore CA1810
    {
        for (var i = 0; i < Entries.Length; i++)
        {
            var e = Entries[i];
            var key = (short)(i + 1);
            ByAlpha2[LetterKey(e.Alpha2)] = key;
            ByAlpha3[LetterKey(e.Alpha3)] = key;
            ByNumeric[e.Numeric] = key;
        }
    }

    /// <summary>Finds a code by alpha-2, alpha-3 (letters in either case) or numeric; 0 = not assigned, -1 = malformed.</summary>
    internal static short Find(ReadOnlySpan<char> text)
    {
        if (text.Length == 2 && IsLetters(text))
        {
            return ByAlpha2[LetterKey(text)];
        }

        if (text.Length == 3 && IsLetters(text))
        {
            return ByAlpha3[LetterKey(text)];
        }

        if (text.Length == 3 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]))
        {
            return ByNumeric[((text[0] - '0') * 100) + ((text[1] - '0') * 10) + (text[2] - '0')];
        }

        return -1;
    }

    /// <summary>Finds an upper-case alpha-2 code only (the canonical wire form); 0 = not assigned, -1 = malformed.</summary>
    internal static short FindAlpha2Exact(ReadOnlySpan<char> text) =>
        text.Length == 2 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) ? ByAlpha2[LetterKey(text)] : (short)-1;

    private static bool IsLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int LetterKey(ReadOnlySpan<char> letters)
    {
        var key = 0;
        foreach (var c in letters)
        {
            key = (key * 26) + ((c | 0x20) - 'a');
        }

        return key;
    }
}
