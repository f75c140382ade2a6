using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Geography;

/// <summary>
/// A UN M49 geographic region (such as 142 Asia) or sub-region (such as 143 Central Asia and 030
/// Eastern Asia), written as its three-digit code.
/// </summary>
/// <remarks>
/// <para>Covers the five regions, their sub-regions and the intermediate regions of the UN M49
/// standard. Ordered by code.</para>
/// <para><c>default(Region)</c> is not a region: it means "no value". It equals only itself,
/// formats as the empty string, and its <see cref="Name"/> throws <see cref="InvalidOperationException"/>.</para>
/// <para>This type is an immutable value type and thread-safe.</para>
/// </remarks>
[System.ComponentModel.TypeConverter(typeof(ComponentModel.ParsableTypeConverter<Region>))]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.RegionConverter))]
public readonly struct Region : IEquatable<Region>, IComparable<Region>, IComparable, ISpanParsable<Region>, ISpanFormattable
{
    // Code, name, parent (0 = a top-level region).
    private static readonly (int Code, string Name, int Parent)[] Table =
    [
        (2, "Africa", 0), (9, "Oceania", 0), (19, "Americas", 0), (142, "Asia", 0), (150, "Europe", 0),
        (15, "Northern Africa", 2), (202, "Sub-Saharan Africa", 2),
        (14, "Eastern Africa", 202), (17, "Middle Africa", 202), (18, "Southern Africa", 202), (11, "Western Africa", 202),
        (419, "Latin America and the Caribbean", 19), (21, "Northern America", 19),
        (29, "Caribbean", 419), (13, "Central America", 419), (5, "South America", 419),
        (143, "Central Asia", 142), (30, "Eastern Asia", 142), (35, "South-eastern Asia", 142), (34, "Southern Asia", 142), (145, "Western Asia", 142),
        (151, "Eastern Europe", 150), (154, "Northern Europe", 150), (39, "Southern Europe", 150), (155, "Western Europe", 150),
        (830, "Channel Islands", 154),
        (53, "Australia and New Zealand", 9), (54, "Melanesia", 9), (57, "Micronesia", 9), (61, "Polynesia", 9),
    ];

    private static readonly Dictionary<int, (string Name, int Parent)> ByCode = Table.ToDictionary(r => r.Code, r => (r.Name, r.Parent));

    private readonly short code;

    private Region(int code)
    {
        this.code = (short)code;
    }

    /// <summary>142 Asia.</summary>
    public static Region Asia { get; } = new(142);

    /// <summary>143 Central Asia (sub-region of Asia).</summary>
    public static Region CentralAsia { get; } = new(143);

    /// <summary>030 Eastern Asia (sub-region of Asia).</summary>
    public static Region EasternAsia { get; } = new(30);

    /// <summary>Every known region and sub-region, by code.</summary>
    public static EquatableArray<Region> All { get; } = EquatableArray.From(Table.Select(r => new Region(r.Code)).Order());

    /// <summary>The numeric M49 code, for example 143.</summary>
    public int Code => code;

    /// <summary>The English name, for example <c>"Central Asia"</c>.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Region)</c>.</exception>
    public string Name => Row.Name;

    /// <summary>The region this one belongs to (Asia for Central Asia), or null for a top-level region.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Region)</c>.</exception>
    public Region? Parent => Row.Parent == 0 ? null : new Region(Row.Parent);

    /// <summary>Whether this region is <paramref name="other"/> or lies within it at any depth.</summary>
    /// <param name="other">The possibly enclosing region.</param>
    /// <returns>True when within.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(Region)</c>.</exception>
    public bool IsWithin(Region other)
    {
        for (Region? r = this; r is { } current; r = current.Parent)
        {
            if (current == other)
            {
                return true;
            }
        }

        return false;
    }

    private (string Name, int Parent) Row =>
        code != 0 ? ByCode[code] : throw new InvalidOperationException("default(Region) is not a region.");

    /// <summary>Finds a region by its numeric code.</summary>
    /// <param name="code">The M49 code, for example 143.</param>
    /// <param name="region">The region, or default.</param>
    /// <returns>Whether the code is a known region or sub-region.</returns>
    public static bool TryFromCode(int code, out Region region)
    {
        region = ByCode.ContainsKey(code) ? new Region(code) : default;
        return region.code != 0;
    }

    /// <summary>Parses a three-digit code such as <c>"143"</c> or <c>"030"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The region.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a known three-digit M49 region code.</exception>
    public static Region Parse(string s) => Parse(Preconditions.CheckNotNull(s).AsSpan());

    /// <summary>Parses a three-digit code.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The region.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a known region code.</exception>
    public static Region Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses a three-digit code without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The region.</returns>
    /// <exception cref="FormatException">The text is not a known region code.</exception>
    public static Region Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var result) ? result : throw ParseErrors.Exception(Validation.ErrorCodes.RegionUnknown, s, nameof(Region));

    /// <summary>Parses a three-digit code without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The region.</returns>
    /// <exception cref="FormatException">The text is not a known region code.</exception>
    public static Region Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a three-digit code.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="result">The region, or default.</param>
    /// <returns>Whether the text is a known region code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Region result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse a three-digit code.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The region, or default.</param>
    /// <returns>Whether the text is a known region code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Region result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse a three-digit code without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The region, or default.</param>
    /// <returns>Whether the text is a known region code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Region result)
    {
        result = default;
        return s.Length == 3 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2])
            && TryFromCode(((s[0] - '0') * 100) + ((s[1] - '0') * 10) + (s[2] - '0'), out result);
    }

    /// <summary>Tries to parse a three-digit code without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The region, or default.</param>
    /// <returns>Whether the text is a known region code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Region result) => TryParse(s, out result);

    /// <summary>Orders by code.</summary>
    /// <param name="other">The other region.</param>
    /// <returns>The order.</returns>
    public int CompareTo(Region other) => code.CompareTo(other.code);

    /// <summary>Compares with another boxed <see cref="Region"/>; null sorts first.</summary>
    /// <param name="obj">The other value.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Region"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Region other => CompareTo(other),
        _ => throw Preconditions.NotComparable<Region>(obj, nameof(obj)),
    };

    /// <summary>Whether both are the same region.</summary>
    /// <param name="other">The other region.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Region other) => code == other.code;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Region other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => code;

    /// <summary>The three-digit code, for example <c>"030"</c> (empty for <c>default</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => code == 0 ? string.Empty : code.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>The three-digit code; the only format is <c>"G"</c> (or null/empty).</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        GeneralFormat.IsGeneral(format) ? ToString() : throw GeneralFormat.Unknown(format, nameof(Region));

    /// <summary>Writes the three-digit code without allocating.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the span was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not "G".</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        GeneralFormat.Check(format, nameof(Region));

        charsWritten = 0;
        return code == 0 || ((int)code).TryFormat(destination, out charsWritten, "D3", CultureInfo.InvariantCulture);
    }

    /// <summary>Whether both are the same region.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Region left, Region right) => left.Equals(right);

    /// <summary>Whether they differ.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Region left, Region right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> has the smaller code.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Region left, Region right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> has the smaller or equal code.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Region left, Region right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> has the larger code.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Region left, Region right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> has the larger or equal code.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Region left, Region right) => left.CompareTo(right) >= 0;
}
