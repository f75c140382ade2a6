using System;
using System.Collections.Generic;
using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Geography;

/// <summary>
/// Finds countries by any code or name: "KG", "KGZ", "417", "Kyrgyzstan", "Kyrgyz Republic",
/// "kirghizia" — codes in any ISO 3166-1 form, names case-, diacritics- and punctuation-insensitively.
/// </summary>
/// <remarks>
/// <para>Names are the directory's countries' short and official names and aliases, and the ISO
/// English short name of every assigned code. An unknown text gives null, never a guess.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class CountryDirectory
{
    private static readonly Lazy<Dictionary<string, CountryCode>> IsoNames = new(() =>
    {
        var names = new Dictionary<string, CountryCode>(StringComparer.Ordinal);
        foreach (var code in CountryCode.All)
        {
            names.TryAdd(NameMatching.Fold(code.EnglishName), code);
        }

        return names;
    });

    private readonly Dictionary<CountryCode, Country> byCode;
    private readonly Dictionary<string, CountryCode> byName = new(StringComparer.Ordinal);

    /// <summary>Builds a directory.</summary>
    /// <param name="countries">The countries (a code may appear once).</param>
    /// <exception cref="ArgumentNullException"><paramref name="countries"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A country code appears twice.</exception>
    public CountryDirectory(IEnumerable<Country> countries)
    {
        Countries = EquatableArray.From(Preconditions.CheckNotNull(countries).Select(c => Preconditions.CheckNotNull(c)));
        byCode = [];
        foreach (var country in Countries)
        {
            if (!byCode.TryAdd(country.Code, country))
            {
                Preconditions.ThrowArgument(nameof(countries), $"{country.Code} appears twice.");
            }

            // A name claimed by an earlier country stays with it (the order of countries decides).
            byName.TryAdd(NameMatching.Fold(country.ShortName), country.Code);
            byName.TryAdd(NameMatching.Fold(country.OfficialName), country.Code);
            foreach (var alias in country.Aliases)
            {
                byName.TryAdd(NameMatching.Fold(alias), country.Code);
            }
        }
    }

    /// <summary>The countries of the directory.</summary>
    public EquatableArray<Country> Countries { get; }

    /// <summary>Resolves a code (alpha-2, alpha-3, numeric) or a name to an ISO code.</summary>
    /// <param name="text">The code or name.</param>
    /// <returns>The code, or null when the text names no country.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public CountryCode? ResolveCode(string text)
    {
        Preconditions.CheckNotNull(text);
        var trimmed = text.AsSpan().Trim();
        if (CountryCode.TryParse(trimmed, out var code))
        {
            return code;
        }

        var folded = NameMatching.Fold(text);
        return byName.TryGetValue(folded, out code) || IsoNames.Value.TryGetValue(folded, out code) ? code : null;
    }

    /// <summary>Resolves a code or name to a country of the directory.</summary>
    /// <param name="text">The code or name.</param>
    /// <returns>The country, or null when the text names no country of the directory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Country? Resolve(string text) => ResolveCode(text) is { } code && byCode.TryGetValue(code, out var country) ? country : null;
}
