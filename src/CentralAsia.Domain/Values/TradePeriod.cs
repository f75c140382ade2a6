using System;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Values;

/// <summary>
/// The period a trade figure covers: a calendar year (<c>2022</c>) or a calendar month (<c>2022-05</c>).
/// </summary>
/// <remarks>
/// <para>Ordering is by first day, the year before its months: <c>2022 &lt; 2022-01 &lt; 2022-12 &lt; 2023</c>.
/// A year <see cref="Contains(TradePeriod)">contains</see> its months. Years run from 1 to 9999.</para>
/// <para><c>default(TradePeriod)</c> is not a period: it means "no value". It equals only itself,
/// sorts first, formats as the empty string, and its members throw <see cref="InvalidOperationException"/>.</para>
/// <para>This type is an immutable value type and thread-safe.</para>
/// </remarks>
[System.ComponentModel.TypeConverter(typeof(ComponentModel.ParsableTypeConverter<TradePeriod>))]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.TradePeriodConverter))]
public readonly struct TradePeriod : IEquatable<TradePeriod>, IComparable<TradePeriod>, IComparable, ISpanParsable<TradePeriod>, ISpanFormattable
{
    private readonly short year;
    private readonly byte month;

    private TradePeriod(int year, int month)
    {
        this.year = (short)year;
        this.month = (byte)month;
    }

    /// <summary>Whether this is a year or a month.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(TradePeriod)</c>.</exception>
    public TradePeriodKind Kind => ThrowIfDefault().month > 0 ? TradePeriodKind.Month : TradePeriodKind.Year;

    /// <summary>The year.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(TradePeriod)</c>.</exception>
    public int Year => ThrowIfDefault().year;

    /// <summary>The month (1–12), or null for a whole year.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(TradePeriod)</c>.</exception>
    public int? Month => ThrowIfDefault().month > 0 ? month : null;

    /// <summary>The first day of the period.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(TradePeriod)</c>.</exception>
    public LocalDate Start => new(Year, Math.Max((int)month, 1), 1);

    /// <summary>The last day of the period.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(TradePeriod)</c>.</exception>
    public LocalDate End => month > 0 ? new LocalDate(Year, month, DateTime.DaysInMonth(year, month)) : new LocalDate(Year, 12, 31);

    /// <summary>The calendar year <paramref name="year"/>.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    public static TradePeriod ForYear(int year) => new(Preconditions.CheckRange(year, 1, 9999, nameof(year)), 0);

    /// <summary>The calendar month <paramref name="month"/> of <paramref name="year"/>.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static TradePeriod ForMonth(int year, int month) =>
        new(Preconditions.CheckRange(year, 1, 9999, nameof(year)), Preconditions.CheckRange(month, 1, 12, nameof(month)));

    /// <summary>The same kind of period one year earlier (2022 → 2021; 2022-05 → 2021-05), for year-on-year growth.</summary>
    /// <returns>The period a year before.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(TradePeriod)</c>, or the year is 1.</exception>
    public TradePeriod PreviousYear() =>
        Year > 1 ? new TradePeriod(year - 1, month) : throw new InvalidOperationException("There is no period before year 1.");

    /// <summary>The days of the period.</summary>
    /// <returns>The interval.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(TradePeriod)</c>.</exception>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Whether <paramref name="other"/> lies within this period (a year contains its months and itself).</summary>
    /// <param name="other">The other period.</param>
    /// <returns>True when contained.</returns>
    /// <exception cref="InvalidOperationException">Either is <c>default(TradePeriod)</c>.</exception>
    public bool Contains(TradePeriod other) => Year == other.Year && (month == 0 || month == other.month);

    /// <summary>Whether <paramref name="date"/> lies within this period.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when contained.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(TradePeriod)</c>.</exception>
    public bool Contains(LocalDate date) => Start <= date && date <= End;

    /// <summary>Parses <c>yyyy</c> or <c>yyyy-MM</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a year or month; the message names the error code.</exception>
    public static TradePeriod Parse(string s) => Parse(Preconditions.CheckNotNull(s).AsSpan());

    /// <summary>Parses <c>yyyy</c> or <c>yyyy-MM</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a year or month.</exception>
    public static TradePeriod Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses <c>yyyy</c> or <c>yyyy-MM</c> without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is not a year or month.</exception>
    public static TradePeriod Parse(ReadOnlySpan<char> s) =>
        TryParseCore(s, out var result) is { } code ? throw ParseErrors.Exception(code, s, nameof(TradePeriod)) : result;

    /// <summary>Parses <c>yyyy</c> or <c>yyyy-MM</c> without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is not a year or month.</exception>
    public static TradePeriod Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse <c>yyyy</c> or <c>yyyy-MM</c>.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="result">The period, or default on failure.</param>
    /// <returns>Whether the text is a period.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out TradePeriod result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse <c>yyyy</c> or <c>yyyy-MM</c>.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The period, or default on failure.</param>
    /// <returns>Whether the text is a period.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TradePeriod result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The period, or default on failure.</param>
    /// <returns>Whether the text is a period.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out TradePeriod result) => TryParseCore(s, out result) is null;

    /// <summary>Tries to parse without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The period, or default on failure.</param>
    /// <returns>Whether the text is a period.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TradePeriod result) => TryParse(s, out result);

    internal static string? TryParseCore(ReadOnlySpan<char> s, out TradePeriod result)
    {
        result = default;
        if (s.Length == 10)
        {
            return ErrorCodes.DateInvalid; // A day is not a trade period.
        }

        var error = IsoDateText.TryParse(s, out var y, out var m, out _);
        if (error is null)
        {
            result = new TradePeriod(y, m);
        }

        return error;
    }

    /// <summary>Orders by first day, the year before its months.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>The order.</returns>
    public int CompareTo(TradePeriod other)
    {
        var c = year.CompareTo(other.year);
        return c != 0 ? c : month.CompareTo(other.month);
    }

    /// <summary>Compares with another boxed <see cref="TradePeriod"/>; null sorts first.</summary>
    /// <param name="obj">The other value.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="TradePeriod"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        TradePeriod other => CompareTo(other),
        _ => throw Preconditions.NotComparable<TradePeriod>(obj, nameof(obj)),
    };

    /// <summary>Whether both are the same period.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(TradePeriod other) => year == other.year && month == other.month;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TradePeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (year << 8) | month;

    /// <summary>The text: <c>2022</c> or <c>2022-05</c> (empty for <c>default</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => year == 0 ? string.Empty : IsoDateText.Format(year, month, 0);

    /// <summary>The text; the only format is <c>"G"</c> (or null/empty).</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        GeneralFormat.IsGeneral(format) ? ToString() : throw GeneralFormat.Unknown(format, nameof(TradePeriod));

    /// <summary>Writes the text without allocating.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the span was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not "G".</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        GeneralFormat.Check(format, nameof(TradePeriod));

        charsWritten = 0;
        return year == 0 || IsoDateText.TryFormat(year, month, 0, destination, out charsWritten);
    }

    /// <summary>Whether both are the same period.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TradePeriod left, TradePeriod right) => left.Equals(right);

    /// <summary>Whether they differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(TradePeriod left, TradePeriod right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(TradePeriod left, TradePeriod right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(TradePeriod left, TradePeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(TradePeriod left, TradePeriod right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(TradePeriod left, TradePeriod right) => left.CompareTo(right) >= 0;

    private TradePeriod ThrowIfDefault() =>
        year != 0 ? this : throw new InvalidOperationException("default(TradePeriod) is not a period.");
}
