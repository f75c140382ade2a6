using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Values;

/// <summary>
/// An assigned ISO 3166-1 country code. The canonical form is alpha-2 (<c>"KZ"</c>); alpha-3
/// (<c>"KAZ"</c>) and numeric (<c>"398"</c>) forms parse too, letters in either case.
/// </summary>
/// <remarks>
/// <para>All 249 assigned codes are known; any other code fails to parse. Codes are ordered by
/// their alpha-2 form. Equality is equality of the country.</para>
/// <para><c>default(CountryCode)</c> is not a country: it means "no value". It equals only itself,
/// sorts before every country, formats as the empty string, and its <see cref="Alpha2"/>,
/// <see cref="Alpha3"/>, <see cref="Numeric"/> and <see cref="EnglishName"/> throw
/// <see cref="InvalidOperationException"/>. Records reject it with <see cref="ErrorCodes.ValueRequired"/>.</para>
/// <para>Format strings: <c>null</c>, <c>""</c>, <c>"G"</c> or <c>"A2"</c> (alpha-2), <c>"A3"</c> (alpha-3), <c>"N"</c> (numeric, three digits).</para>
/// <para>This type is an immutable value type and thread-safe.</para>
/// </remarks>
[System.ComponentModel.TypeConverter(typeof(ComponentModel.ParsableTypeConverter<CountryCode>))]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.CountryCodeConverter))]
public readonly struct CountryCode : IEquatable<CountryCode>, IComparable<CountryCode>, IComparable, ISpanParsable<CountryCode>, ISpanFormattable
{
    // 1-based row of IsoCountryTable.Entries; 0 is default.
    private readonly short key;

    private CountryCode(short key)
    {
        this.key = key;
    }

    /// <summary>China (CN, CHN, 156).</summary>
    public static CountryCode China { get; } = Parse("CN");

    /// <summary>Kazakhstan (KZ, KAZ, 398).</summary>
    public static CountryCode Kazakhstan { get; } = Parse("KZ");

    /// <summary>Kyrgyzstan (KG, KGZ, 417).</summary>
    public static CountryCode Kyrgyzstan { get; } = Parse("KG");

    /// <summary>Tajikistan (TJ, TJK, 762).</summary>
    public static CountryCode Tajikistan { get; } = Parse("TJ");

    /// <summary>Turkmenistan (TM, TKM, 795).</summary>
    public static CountryCode Turkmenistan { get; } = Parse("TM");

    /// <summary>Uzbekistan (UZ, UZB, 860).</summary>
    public static CountryCode Uzbekistan { get; } = Parse("UZ");

    /// <summary>The five Central Asian states of the C+C5 format, in alpha-2 order: KG, KZ, TJ, TM, UZ.</summary>
    public static EquatableArray<CountryCode> CentralAsia { get; } = [Kyrgyzstan, Kazakhstan, Tajikistan, Turkmenistan, Uzbekistan];

    /// <summary>Every assigned ISO 3166-1 code, in alpha-2 order.</summary>
    public static EquatableArray<CountryCode> All { get; } =
        EquatableArray.From(Enumerable.Range(1, IsoCountryTable.Entries.Length).Select(i => new CountryCode((short)i)));

    /// <summary>The alpha-2 code, for example <c>"KZ"</c>.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CountryCode)</c>.</exception>
    public string Alpha2 => Entry.Alpha2;

    /// <summary>The alpha-3 code, for example <c>"KAZ"</c>.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CountryCode)</c>.</exception>
    public string Alpha3 => Entry.Alpha3;

    /// <summary>The numeric code, for example 398.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CountryCode)</c>.</exception>
    public int Numeric => Entry.Numeric;

    /// <summary>The English short name in ISO 3166-1, for example <c>"Kazakhstan"</c>.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CountryCode)</c>.</exception>
    public string EnglishName => Entry.Name;

    private CountryEntry Entry =>
        key > 0 ? IsoCountryTable.Entries[key - 1] : throw new InvalidOperationException("default(CountryCode) is not a country.");

    /// <summary>Parses an alpha-2, alpha-3 or numeric code, letters in either case.</summary>
    /// <param name="s">The text, for example <c>"KZ"</c>, <c>"kaz"</c> or <c>"398"</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is malformed or not an assigned code; the message names the error code.</exception>
    public static CountryCode Parse(string s) => Parse(Preconditions.CheckNotNull(s).AsSpan());

    /// <summary>Parses an alpha-2, alpha-3 or numeric code; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: codes are culture-invariant.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an assigned code.</exception>
    public static CountryCode Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses an alpha-2, alpha-3 or numeric code without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not an assigned code.</exception>
    public static CountryCode Parse(ReadOnlySpan<char> s) =>
        TryParseCore(s, out var result) is { } code ? throw ParseErrors.Exception(code, s, nameof(CountryCode)) : result;

    /// <summary>Parses an alpha-2, alpha-3 or numeric code without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: codes are culture-invariant.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not an assigned code.</exception>
    public static CountryCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse an alpha-2, alpha-3 or numeric code.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="result">The code, or default on failure.</param>
    /// <returns>Whether the text is an assigned code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out CountryCode result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse an alpha-2, alpha-3 or numeric code.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code, or default on failure.</param>
    /// <returns>Whether the text is an assigned code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CountryCode result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse an alpha-2, alpha-3 or numeric code without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or default on failure.</param>
    /// <returns>Whether the text is an assigned code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out CountryCode result) => TryParseCore(s, out result) is null;

    /// <summary>Tries to parse an alpha-2, alpha-3 or numeric code without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code, or default on failure.</param>
    /// <returns>Whether the text is an assigned code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CountryCode result) => TryParse(s, out result);

    /// <summary>Parses any form; returns null on success or the error code.</summary>
    internal static string? TryParseCore(ReadOnlySpan<char> s, out CountryCode result) => FromKey(IsoCountryTable.Find(s), out result);

    /// <summary>Parses the canonical wire form only (upper-case alpha-2); returns null on success or the error code.</summary>
    internal static string? TryParseCanonical(ReadOnlySpan<char> s, out CountryCode result) => FromKey(IsoCountryTable.FindAlpha2Exact(s), out result);

    private static string? FromKey(short key, out CountryCode result)
    {
        result = key > 0 ? new CountryCode(key) : default;
        return key switch
        {
            > 0 => null,
            0 => ErrorCodes.CountryCodeUnknown,
            _ => ErrorCodes.CountryCodeInvalid,
        };
    }

    /// <summary>Compares two codes by their alpha-2 form.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(CountryCode other) => key.CompareTo(other.key);

    /// <summary>Compares with another boxed <see cref="CountryCode"/>; null sorts first.</summary>
    /// <param name="obj">The other value.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="CountryCode"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        CountryCode other => CompareTo(other),
        _ => throw Preconditions.NotComparable<CountryCode>(obj, nameof(obj)),
    };

    /// <summary>Whether both are the same country.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(CountryCode other) => key == other.key;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CountryCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => key;

    /// <summary>The alpha-2 code (empty for <c>default</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => key > 0 ? Entry.Alpha2 : string.Empty;

    /// <summary>Formats the code: <c>"G"</c> or <c>"A2"</c> (alpha-2, the default), <c>"A3"</c> or <c>"N"</c>.</summary>
    /// <param name="format">The format string.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => key == 0 ? string.Empty : format switch
    {
        null or "" or "G" or "A2" => Entry.Alpha2,
        "A3" => Entry.Alpha3,
        "N" => Entry.Numeric.ToString("D3", CultureInfo.InvariantCulture),
        _ => throw new FormatException($"Unknown CountryCode format '{format}': use G, A2, A3 or N."),
    };

    /// <summary>Formats the code into a span without allocating.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format"><c>"A2"</c> (default), <c>"A3"</c> or <c>"N"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the span was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (key == 0)
        {
            charsWritten = 0;
            return true;
        }

        if (format.SequenceEqual("N"))
        {
            return Entry.Numeric.TryFormat(destination, out charsWritten, "D3", CultureInfo.InvariantCulture);
        }

        var text = format.IsEmpty || format.SequenceEqual("G") || format.SequenceEqual("A2") ? Entry.Alpha2
            : format.SequenceEqual("A3") ? Entry.Alpha3
            : throw new FormatException($"Unknown CountryCode format '{format}': use G, A2, A3 or N.");
        charsWritten = text.TryCopyTo(destination) ? text.Length : 0;
        return charsWritten > 0;
    }

    /// <summary>Whether both are the same country.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CountryCode left, CountryCode right) => left.Equals(right);

    /// <summary>Whether the codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(CountryCode left, CountryCode right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(CountryCode left, CountryCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(CountryCode left, CountryCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(CountryCode left, CountryCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(CountryCode left, CountryCode right) => left.CompareTo(right) >= 0;

}
