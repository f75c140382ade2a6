using System;
using System.Diagnostics.CodeAnalysis;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Values;

/// <summary>
/// A Harmonized System commodity code: a chapter (2 digits, <c>27</c>), heading (4, <c>2711</c>)
/// or subheading (6, <c>271121</c>), optionally tied to an edition: <c>H6:271121</c>.
/// </summary>
/// <remarks>
/// <para>Chapters run from 01 to 99. Without an edition the code means the same digits in whatever
/// edition the data source used. Ordering: codes without an edition first, then by edition, then by
/// digits as text (a chapter sorts before its headings).</para>
/// <para><c>default(HsCode)</c> is not a code: it means "no value". It equals only itself,
/// sorts first, formats as the empty string, and its members throw <see cref="InvalidOperationException"/>.</para>
/// <para>This type is an immutable value type and thread-safe.</para>
/// </remarks>
[System.ComponentModel.TypeConverter(typeof(ComponentModel.ParsableTypeConverter<HsCode>))]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.HsCodeConverter))]
public readonly struct HsCode : IEquatable<HsCode>, IComparable<HsCode>, IComparable, ISpanParsable<HsCode>, ISpanFormattable
{
    private readonly int digits;
    private readonly byte length;
    private readonly byte edition;

    private HsCode(int digits, int length, int edition)
    {
        this.digits = digits;
        this.length = (byte)length;
        this.edition = (byte)edition;
    }

    /// <summary>The digits, for example <c>"2711"</c>.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(HsCode)</c>.</exception>
    public string Digits => ThrowIfDefault().digits.ToString("D" + length.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How many digits: 2 (chapter), 4 (heading) or 6 (subheading).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(HsCode)</c>.</exception>
    public int Level => ThrowIfDefault().length;

    /// <summary>The chapter, 1–99.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(HsCode)</c>.</exception>
    public int Chapter => ThrowIfDefault().length switch { 2 => digits, 4 => digits / 100, _ => digits / 10_000 };

    /// <summary>The HS edition, or null when the code is not tied to one.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(HsCode)</c>.</exception>
    public HsEdition? Edition => ThrowIfDefault().edition > 0 ? (HsEdition)edition : null;

    /// <summary>Whether <paramref name="other"/> lies within this code (same edition, and this code's digits are a prefix of the other's).</summary>
    /// <param name="other">The other code.</param>
    /// <returns>True when contained (a code contains itself).</returns>
    /// <exception cref="InvalidOperationException">Either is <c>default(HsCode)</c>.</exception>
    public bool Contains(HsCode other) =>
        Edition == other.Edition && length <= other.Level && other.digits / Pow10(other.length - length) == digits;

    /// <summary>Parses <c>[Hn:]digits</c>, for example <c>"2711"</c> or <c>"H6:271121"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an HS code; the message names the error code.</exception>
    public static HsCode Parse(string s) => Parse(Preconditions.CheckNotNull(s).AsSpan());

    /// <summary>Parses <c>[Hn:]digits</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an HS code.</exception>
    public static HsCode Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses <c>[Hn:]digits</c> without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not an HS code.</exception>
    public static HsCode Parse(ReadOnlySpan<char> s) =>
        TryParseCore(s, out var result) is { } code ? throw ParseErrors.Exception(code, s, nameof(HsCode)) : result;

    /// <summary>Parses <c>[Hn:]digits</c> without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not an HS code.</exception>
    public static HsCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse <c>[Hn:]digits</c>.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="result">The code, or default on failure.</param>
    /// <returns>Whether the text is an HS code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out HsCode result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse <c>[Hn:]digits</c>.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code, or default on failure.</param>
    /// <returns>Whether the text is an HS code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out HsCode result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or default on failure.</param>
    /// <returns>Whether the text is an HS code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out HsCode result) => TryParseCore(s, out result) is null;

    /// <summary>Tries to parse without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code, or default on failure.</param>
    /// <returns>Whether the text is an HS code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out HsCode result) => TryParse(s, out result);

    internal static string? TryParseCore(ReadOnlySpan<char> s, out HsCode result)
    {
        result = default;
        var edition = 0;
        if (s.Length >= 3 && s[0] == 'H' && s[2] == ':')
        {
            if (s[1] is < '0' or > '6')
            {
                return ErrorCodes.HsCodeEditionUnknown;
            }

            edition = s[1] - '0' + 1;
            s = s[3..];
        }

        if (s.Length is not (2 or 4 or 6))
        {
            return ErrorCodes.HsCodeInvalid;
        }

        var value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return ErrorCodes.HsCodeInvalid;
            }

            value = (value * 10) + (c - '0');
        }

        if (value / Pow10(s.Length - 2) == 0)
        {
            return ErrorCodes.HsCodeInvalid; // Chapter 00 does not exist.
        }

        result = new HsCode(value, s.Length, edition);
        return null;
    }

    /// <summary>Orders codes without an edition first, then by edition, then by digits as text.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>The order.</returns>
    public int CompareTo(HsCode other)
    {
        var c = edition.CompareTo(other.edition);
        if (c != 0 || length == 0 || other.length == 0)
        {
            return c != 0 ? c : length.CompareTo(other.length);
        }

        // Compare as digit strings: pad the shorter to the longer's length, then a prefix sorts first.
        var width = Math.Max((int)length, other.length);
        c = (digits * Pow10(width - length)).CompareTo(other.digits * Pow10(width - other.length));
        return c != 0 ? c : length.CompareTo(other.length);
    }

    /// <summary>Compares with another boxed <see cref="HsCode"/>; null sorts first.</summary>
    /// <param name="obj">The other value.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <see cref="HsCode"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        HsCode other => CompareTo(other),
        _ => throw Preconditions.NotComparable<HsCode>(obj, nameof(obj)),
    };

    /// <summary>Whether both have the same digits and edition (<c>2711</c> is not <c>H6:2711</c>).</summary>
    /// <param name="other">The other code.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(HsCode other) => digits == other.digits && length == other.length && edition == other.edition;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is HsCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(digits, length, edition);

    /// <summary>The text, for example <c>"2711"</c> or <c>"H6:271121"</c> (empty for <c>default</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[9];
        TryFormat(buffer, out var n, default, null);
        return new string(buffer[..n]);
    }

    /// <summary>The text; the only format is <c>"G"</c> (or null/empty).</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        GeneralFormat.IsGeneral(format) ? ToString() : throw GeneralFormat.Unknown(format, nameof(HsCode));

    /// <summary>Writes the text without allocating.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the span was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not "G".</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        GeneralFormat.Check(format, nameof(HsCode));

        charsWritten = 0;
        var prefix = edition > 0 ? 3 : 0;
        if (destination.Length < prefix + length)
        {
            return false;
        }

        if (edition > 0)
        {
            destination[0] = 'H';
            destination[1] = (char)('0' + edition - 1);
            destination[2] = ':';
        }

        var value = digits;
        for (var i = prefix + length - 1; i >= prefix; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }

        charsWritten = prefix + length;
        return true;
    }

    /// <summary>Whether both are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(HsCode left, HsCode right) => left.Equals(right);

    /// <summary>Whether they differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(HsCode left, HsCode right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(HsCode left, HsCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(HsCode left, HsCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(HsCode left, HsCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(HsCode left, HsCode right) => left.CompareTo(right) >= 0;

    private static int Pow10(int n) => n switch { 0 => 1, 2 => 100, 4 => 10_000, _ => throw new ArgumentOutOfRangeException(nameof(n)) };

    private HsCode ThrowIfDefault() =>
        length != 0 ? this : throw new InvalidOperationException("default(HsCode) is not a code.");
}
