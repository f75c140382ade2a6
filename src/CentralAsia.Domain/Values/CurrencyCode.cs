using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Values;

/// <summary>
/// An active ISO 4217 currency code such as <c>"USD"</c>, with its numeric code and minor units.
/// </summary>
/// <remarks>
/// <para>Parsing accepts the three letters in either case; the canonical form is upper case.
/// Codes are ordered alphabetically. The embedded table follows ISO 4217 amendment 179
/// (HRK, ANG and ZWL withdrawn; XCG and ZWG added).</para>
/// <para><c>default(CurrencyCode)</c> is not a currency: it means "no value". It equals only
/// itself, sorts first, formats as the empty string, and its <see cref="Code"/>, <see cref="Numeric"/>,
/// <see cref="MinorUnits"/> and <see cref="EnglishName"/> throw <see cref="InvalidOperationException"/>.</para>
/// <para>This type is an immutable value type and thread-safe.</para>
/// </remarks>
[System.ComponentModel.TypeConverter(typeof(ComponentModel.ParsableTypeConverter<CurrencyCode>))]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.CurrencyCodeConverter))]
public readonly struct CurrencyCode : IEquatable<CurrencyCode>, IComparable<CurrencyCode>, IComparable, ISpanParsable<CurrencyCode>, ISpanFormattable
{
    // 1-based row of IsoCurrencyTable.Entries; 0 is default.
    private readonly short key;

    private CurrencyCode(short key)
    {
        this.key = key;
    }

    /// <summary>US dollar (USD, 840).</summary>
    public static CurrencyCode Usd { get; } = Parse("USD");

    /// <summary>Chinese yuan renminbi (CNY, 156).</summary>
    public static CurrencyCode Cny { get; } = Parse("CNY");

    /// <summary>Euro (EUR, 978).</summary>
    public static CurrencyCode Eur { get; } = Parse("EUR");

    /// <summary>Russian ruble (RUB, 643).</summary>
    public static CurrencyCode Rub { get; } = Parse("RUB");

    /// <summary>Kazakhstani tenge (KZT, 398).</summary>
    public static CurrencyCode Kzt { get; } = Parse("KZT");

    /// <summary>Kyrgyzstani som (KGS, 417).</summary>
    public static CurrencyCode Kgs { get; } = Parse("KGS");

    /// <summary>Tajikistani somoni (TJS, 972).</summary>
    public static CurrencyCode Tjs { get; } = Parse("TJS");

    /// <summary>Turkmenistan new manat (TMT, 934).</summary>
    public static CurrencyCode Tmt { get; } = Parse("TMT");

    /// <summary>Uzbekistani sum (UZS, 860).</summary>
    public static CurrencyCode Uzs { get; } = Parse("UZS");

    /// <summary>Every active ISO 4217 code, in alphabetical order.</summary>
    public static EquatableArray<CurrencyCode> All { get; } =
        EquatableArray.From(Enumerable.Range(1, IsoCurrencyTable.Entries.Length).Select(i => new CurrencyCode((short)i)));

    /// <summary>The three-letter code, for example <c>"USD"</c>.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyCode)</c>.</exception>
    public string Code => Entry.Code;

    /// <summary>The numeric code, for example 840.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyCode)</c>.</exception>
    public int Numeric => Entry.Numeric;

    /// <summary>The number of minor-unit digits (2 for USD, 0 for JPY, 3 for KWD), or null where ISO 4217 says "N.A." (gold, SDR).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyCode)</c>.</exception>
    public int? MinorUnits => Entry.MinorUnits < 0 ? null : Entry.MinorUnits;

    /// <summary>The English name in ISO 4217, for example <c>"Tenge"</c>.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyCode)</c>.</exception>
    public string EnglishName => Entry.Name;

    private CurrencyEntry Entry =>
        key > 0 ? IsoCurrencyTable.Entries[key - 1] : throw new InvalidOperationException("default(CurrencyCode) is not a currency.");

    /// <summary>Parses a three-letter code in either case.</summary>
    /// <param name="s">The text, for example <c>"USD"</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an active ISO 4217 code; the message names the error code.</exception>
    public static CurrencyCode Parse(string s) => Parse(Preconditions.CheckNotNull(s).AsSpan());

    /// <summary>Parses a three-letter code in either case.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: codes are culture-invariant.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an active ISO 4217 code.</exception>
    public static CurrencyCode Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses a three-letter code without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not an active ISO 4217 code.</exception>
    public static CurrencyCode Parse(ReadOnlySpan<char> s) =>
        TryParseCore(s, exact: false, out var result) is { } code ? throw ParseErrors.Exception(code, s, nameof(CurrencyCode)) : result;

    /// <summary>Parses a three-letter code without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not an active ISO 4217 code.</exception>
    public static CurrencyCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a three-letter code.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="result">The code, or default on failure.</param>
    /// <returns>Whether the text is an active code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out CurrencyCode result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse a three-letter code.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code, or default on failure.</param>
    /// <returns>Whether the text is an active code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CurrencyCode result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse a three-letter code without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or default on failure.</param>
    /// <returns>Whether the text is an active code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out CurrencyCode result) => TryParseCore(s, exact: false, out result) is null;

    /// <summary>Tries to parse a three-letter code without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code, or default on failure.</param>
    /// <returns>Whether the text is an active code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CurrencyCode result) => TryParse(s, out result);

    /// <summary>Parses a code (upper case only when <paramref name="exact"/>); returns null on success or the error code.</summary>
    internal static string? TryParseCore(ReadOnlySpan<char> s, bool exact, out CurrencyCode result)
    {
        var found = IsoCurrencyTable.Find(s, exact);
        result = found > 0 ? new CurrencyCode(found) : default;
        return found switch
        {
            > 0 => null,
            0 => ErrorCodes.CurrencyCodeUnknown,
            _ => ErrorCodes.CurrencyCodeInvalid,
        };
    }

    /// <summary>Compares two codes alphabetically.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>The order.</returns>
    public int CompareTo(CurrencyCode other) => key.CompareTo(other.key);

    /// <summary>Compares with another boxed <see cref="CurrencyCode"/>; null sorts first.</summary>
    /// <param name="obj">The other value.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="CurrencyCode"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        CurrencyCode other => CompareTo(other),
        _ => throw Preconditions.NotComparable<CurrencyCode>(obj, nameof(obj)),
    };

    /// <summary>Whether both are the same currency.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(CurrencyCode other) => key == other.key;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CurrencyCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => key;

    /// <summary>The three-letter code (empty for <c>default</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => key > 0 ? Entry.Code : string.Empty;

    /// <summary>The three-letter code; the only format is <c>"G"</c> (or null/empty).</summary>
    /// <param name="format">The format string.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        GeneralFormat.IsGeneral(format) ? ToString() : throw GeneralFormat.Unknown(format, nameof(CurrencyCode));

    /// <summary>Writes the three-letter code without allocating.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the span was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not "G".</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        GeneralFormat.Check(format, nameof(CurrencyCode));

        var text = ToString();
        charsWritten = text.TryCopyTo(destination) ? text.Length : 0;
        return charsWritten == text.Length;
    }

    /// <summary>Whether both are the same currency.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CurrencyCode left, CurrencyCode right) => left.Equals(right);

    /// <summary>Whether the codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(CurrencyCode left, CurrencyCode right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(CurrencyCode left, CurrencyCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(CurrencyCode left, CurrencyCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(CurrencyCode left, CurrencyCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(CurrencyCode left, CurrencyCode right) => left.CompareTo(right) >= 0;
}
