using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Trade;

/// <summary>
/// The other side of a trade flow: one country (<c>"KZ"</c>), or a group of countries whose trade
/// a source reports as one figure (<c>"KG+KZ+TJ+TM+UZ"</c> for "China's trade with Central Asia").
/// </summary>
/// <remarks>
/// <para>The countries are distinct and kept in alpha-2 order, so a group has one canonical text:
/// alpha-2 codes joined by <c>+</c>. Parsing accepts the codes in any order and case-insensitively
/// (the JSON reader accepts only the canonical form).</para>
/// <para>Equality is equality of the set of countries. Immutable and thread-safe.</para>
/// </remarks>
[System.ComponentModel.TypeConverter(typeof(ComponentModel.ParsableTypeConverter<TradePartner>))]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.TradePartnerConverter))]
public sealed record TradePartner : ISpanParsable<TradePartner>, ISpanFormattable
{
    private const int MaxCountries = 249;

    // Partners are dictionary keys in ledgers over millions of flows: hash once, here.
    private readonly int hash;

    private TradePartner(EquatableArray<CountryCode> countries)
    {
        Countries = countries;
        hash = countries.GetHashCode();
    }

    /// <summary>The five Central Asian states, <c>KG+KZ+TJ+TM+UZ</c>.</summary>
    public static TradePartner CentralAsia { get; } = new(CountryCode.CentralAsia);

    /// <summary>The countries, distinct and in alpha-2 order; at least one.</summary>
    public EquatableArray<CountryCode> Countries { get; }

    /// <summary>Whether the partner is a single country.</summary>
    public bool IsSingleCountry => Countries.Length == 1;

    /// <summary>A single-country partner.</summary>
    /// <param name="country">The country.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="ArgumentException"><paramref name="country"/> is <c>default</c>.</exception>
    public static TradePartner Of(CountryCode country) => new([Preconditions.CheckNotDefault(country, nameof(country))]);

    /// <summary>A group of countries reported as one partner.</summary>
    /// <param name="countries">The countries, in any order; at least one, none twice.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="countries"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, holds <c>default</c>, or holds a country twice.</exception>
    public static TradePartner Group(IEnumerable<CountryCode> countries)
    {
        var sorted = Preconditions.CheckNotNull(countries).Order().ToArray();
        if (sorted.Length == 0 || sorted[0] == default)
        {
            Preconditions.ThrowArgument(nameof(countries), "A group needs at least one country, and default(CountryCode) is not a country.");
        }

        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] == sorted[i - 1])
            {
                Preconditions.ThrowArgument(nameof(countries), $"{sorted[i]} is in the group twice.");
            }
        }

        return new TradePartner(EquatableArray.Create<CountryCode>(sorted));
    }

    /// <summary>Whether both name the same set of countries.</summary>
    /// <param name="other">The other partner.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(TradePartner? other) =>
        ReferenceEquals(this, other) || (other is not null && hash == other.hash && Countries == other.Countries);

    /// <summary>A hash of the set of countries, consistent with <see cref="Equals(TradePartner?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => hash;

    /// <summary>Whether the partner is or includes <paramref name="country"/>.</summary>
    /// <param name="country">The country.</param>
    /// <returns>True when included.</returns>
    public bool Includes(CountryCode country) => Countries.AsSpan().Contains(country);

    /// <summary>Parses <c>"KZ"</c> or <c>"KG+KZ+TJ+TM+UZ"</c> (codes in any form <see cref="CountryCode.Parse(string)"/> accepts).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">A code is not assigned, or a country is named twice; the message names the error code.</exception>
    public static TradePartner Parse(string s) => Parse(Preconditions.CheckNotNull(s).AsSpan());

    /// <summary>Parses <c>"KZ"</c> or <c>"KG+KZ+TJ+TM+UZ"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a partner.</exception>
    public static TradePartner Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses <c>"KZ"</c> or <c>"KG+KZ+TJ+TM+UZ"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="FormatException">The text is not a partner.</exception>
    public static TradePartner Parse(ReadOnlySpan<char> s) =>
        TryParseCore(s, canonical: false, out var result) is { } code ? throw ParseErrors.Exception(code, s, nameof(TradePartner)) : result!;

    /// <summary>Parses <c>"KZ"</c> or <c>"KG+KZ+TJ+TM+UZ"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="FormatException">The text is not a partner.</exception>
    public static TradePartner Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a partner.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="result">The partner, or null.</param>
    /// <returns>Whether the text is a partner.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, [MaybeNullWhen(false)] out TradePartner result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse a partner.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The partner, or null.</param>
    /// <returns>Whether the text is a partner.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out TradePartner result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse a partner.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The partner, or null.</param>
    /// <returns>Whether the text is a partner.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, [MaybeNullWhen(false)] out TradePartner result) => TryParseCore(s, canonical: false, out result) is null;

    /// <summary>Tries to parse a partner.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The partner, or null.</param>
    /// <returns>Whether the text is a partner.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out TradePartner result) => TryParse(s, out result);

    /// <summary>Parses; with <paramref name="canonical"/>, only upper-case alpha-2 codes in order. Returns null or the error code.</summary>
    internal static string? TryParseCore(ReadOnlySpan<char> s, bool canonical, out TradePartner? result)
    {
        result = null;
        if (s.Length == 2 || s.Length == 3)
        {
            // The common case, a single country, without a list.
            var single = canonical ? CountryCode.TryParseCanonical(s, out var one) : CountryCode.TryParseCore(s, out one);
            if (single is null)
            {
                result = Cached(one);
            }

            return single;
        }

        var countries = new List<CountryCode>();
        while (true)
        {
            var plus = s.IndexOf('+');
            var part = plus < 0 ? s : s[..plus];
            var error = canonical ? CountryCode.TryParseCanonical(part, out var code) : CountryCode.TryParseCore(part, out code);
            if (error is not null)
            {
                return error;
            }

            if (countries.Contains(code) || countries.Count >= MaxCountries)
            {
                return ErrorCodes.CollectionDuplicate;
            }

            if (canonical && countries.Count > 0 && code < countries[^1])
            {
                return ErrorCodes.TradePartnerUnordered; // The canonical text lists the codes in order.
            }

            countries.Add(code);
            if (plus < 0)
            {
                break;
            }

            s = s[(plus + 1)..];
        }

        countries.Sort();
        result = countries.Count == 1 ? Cached(countries[0]) : new TradePartner(EquatableArray.From(countries));
        return null;
    }

    // One shared instance per single country: flows of large files then share their partner objects.
    private static readonly TradePartner?[] SingleCountryCache = new TradePartner?[CountryCode.All.Length + 1];

    private static TradePartner Cached(CountryCode country)
    {
        var index = CountryCode.All.AsSpan().BinarySearch(country);
        return SingleCountryCache[index] ??= new TradePartner([country]);
    }

    /// <summary>The canonical text: alpha-2 codes in order joined by <c>+</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Countries.Length == 1 ? Countries[0].ToString() : string.Join("+", Countries.AsImmutableArray());

    /// <summary>The canonical text; the only format is <c>"G"</c> (or null/empty).</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        GeneralFormat.IsGeneral(format) ? ToString() : throw GeneralFormat.Unknown(format, nameof(TradePartner));

    /// <summary>Writes the canonical text without allocating.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the span was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not "G".</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        GeneralFormat.Check(format, nameof(TradePartner));

        charsWritten = 0;
        var needed = (Countries.Length * 3) - 1;
        if (destination.Length < needed)
        {
            return false;
        }

        for (var i = 0; i < Countries.Length; i++)
        {
            if (i > 0)
            {
                destination[charsWritten++] = '+';
            }

            Countries[i].TryFormat(destination[charsWritten..], out var n, default, null);
            charsWritten += n;
        }

        return true;
    }
}
