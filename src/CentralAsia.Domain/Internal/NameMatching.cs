using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CentralAsia.Domain.Internal;

/// <summary>
/// Folds names so that spellings of one name meet: case, diacritics and punctuation are dropped
/// (<see cref="Fold"/>), and for the looser <see cref="Skeleton"/> the usual romanisation
/// differences of Central Asian and Russian names too (kh/h, zh/dzh/dj/j, w/v, q/k, doubled
/// letters) before the vowels are dropped: Berdimuhamedow, Berdymukhamedov and Berdymukhammedov
/// all become "brdmhmdv"; Tokayev, Tokaev and Toqayev "tkv".
/// </summary>
internal static class NameMatching
{
    // Latin letters with diacritics and their base letters. An explicit table, not Unicode
    // normalisation: apps that run with InvariantGlobalization (containers, Native AOT) have no ICU.
    private static readonly Dictionary<char, char> BaseLetters = BuildBaseLetters(
        ("àáâãäåāăąǎ", 'a'), ("çćĉċč", 'c'), ("ďđ", 'd'), ("èéêëēĕėęě", 'e'), ("ĝğġģǧ", 'g'), ("ĥħ", 'h'),
        ("ìíîïĩīĭįıǐ", 'i'), ("ĵ", 'j'), ("ķǩ", 'k'), ("ĺļľŀł", 'l'), ("ñńņňŉ", 'n'), ("òóôõöøōŏőǒ", 'o'),
        ("ŕŗř", 'r'), ("śŝşšș", 's'), ("ţťŧț", 't'), ("ùúûüũūŭůűųǔ", 'u'), ("ŵ", 'w'), ("ýÿŷ", 'y'), ("źżž", 'z'));

    /// <summary>Lower case, no diacritics, letters and digits only, one space between words; apostrophes join (Xi'an, Oʻzbekiston).</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var original in text)
        {
            var c = char.ToLowerInvariant(original);
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.ModifierLetter || c is '\'' or '’' or '`')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space)
                {
                    builder.Append(' ');
                }

                builder.Append(BaseLetters.TryGetValue(c, out var letter) ? letter : c);
                space = false;
            }
            else
            {
                space = builder.Length > 0; // one space between words, none before the first
            }
        }

        return builder.ToString();
    }

    private static Dictionary<char, char> BuildBaseLetters(params (string Letters, char Base)[] groups)
    {
        var map = new Dictionary<char, char>();
        foreach (var (letters, letter) in groups)
        {
            foreach (var c in letters)
            {
                map[c] = letter;
            }
        }

        return map;
    }

    /// <summary>The folded words, each reduced to its consonant skeleton (the first letter is kept even if a vowel).</summary>
    internal static string[] Skeleton(string text)
    {
        var words = Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = SkeletonOfWord(words[i]);
        }

        return words;
    }

    /// <summary>Whether every word of the query has the skeleton of some word of the name (so a surname finds the full name).</summary>
    internal static bool SkeletonMatches(string[] query, string[] name)
    {
        if (query.Length == 0)
        {
            return false;
        }

        foreach (var word in query)
        {
            if (Array.IndexOf(name, word) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every word of the folded query is a word of the folded name.</summary>
    internal static bool WordsMatch(string foldedQuery, string foldedName)
    {
        var names = new HashSet<string>(foldedName.Split(' '), StringComparer.Ordinal);
        var words = foldedQuery.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && Array.TrueForAll(words, names.Contains);
    }

    private static string SkeletonOfWord(string word)
    {
        var w = word
            .Replace("dzh", "j", StringComparison.Ordinal).Replace("dj", "j", StringComparison.Ordinal).Replace("zh", "j", StringComparison.Ordinal)
            .Replace("kh", "h", StringComparison.Ordinal).Replace("q", "k", StringComparison.Ordinal)
            .Replace("w", "v", StringComparison.Ordinal).Replace("ts", "c", StringComparison.Ordinal);
        var builder = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            if (i > 0 && "aeiouy".Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            if (builder.Length > 0 && builder[^1] == c)
            {
                continue; // doubled letters: Berdymukhammedov
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
