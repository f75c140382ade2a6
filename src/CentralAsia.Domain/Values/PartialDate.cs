using System;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using CentralAsia.Domain.Internal;

namespace CentralAsia.Domain.Values;

/// <summary>
/// A date known to the year, the month or the day — "construction began in 2014", "agreed in
/// September 2022", "opened on 13 September 2014" — written in ISO 8601 reduced precision:
/// <c>2014</c>, <c>2014-09</c>, <c>2014-09-13</c>.
/// </summary>
/// <remarks>
/// <para>A partial date stands for the interval of days it covers: <see cref="Start"/> to
/// <see cref="End"/>. A year <see cref="Contains(PartialDate)">contains</see> its months and days.</para>
/// <para>Ordering is by the first day, then by precision, coarser first:
/// <c>2014 &lt; 2014-01 &lt; 2014-01-01 &lt; 2014-01-02 &lt; 2014-02</c>. It is a total order that
/// is consistent with equality; it does <em>not</em> claim that 2014 happened before 2014-06.
/// To ask what is certain, use <see cref="IsCertainlyBefore(LocalDate)"/> and <see cref="IsCertainlyAfter(LocalDate)"/>.</para>
/// <para>Years run from 1 to 9999 in the ISO calendar.</para>
/// <para><c>default(PartialDate)</c> is not a date: it means "no value". It equals only itself,
/// sorts first, formats as the empty string, and its date members throw <see cref="InvalidOperationException"/>.</para>
/// <para>This type is an immutable value type and thread-safe.</para>
/// </remarks>
[System.ComponentModel.TypeConverter(typeof(ComponentModel.ParsableTypeConverter<PartialDate>))]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.PartialDateConverter))]
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable, ISpanParsable<PartialDate>, ISpanFormattable
{
    private readonly short year;
    private readonly byte month;
    private readonly byte day;

    private PartialDate(int year, int month, int day)
    {
        this.year = (short)year;
        this.month = (byte)month;
        this.day = (byte)day;
    }

    /// <summary>How much of the date is known.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public PartialDatePrecision Precision => ThrowIfDefault().day > 0 ? PartialDatePrecision.Day : month > 0 ? PartialDatePrecision.Month : PartialDatePrecision.Year;

    /// <summary>The year (1–9999).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public int Year => ThrowIfDefault().year;

    /// <summary>The month (1–12), or null when only the year is known.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public int? Month => ThrowIfDefault().month > 0 ? month : null;

    /// <summary>The day of the month, or null when the day is not known.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public int? Day => ThrowIfDefault().day > 0 ? day : null;

    /// <summary>The first day the date may stand for (1 January for a year).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public LocalDate Start => new(Year, Math.Max((int)month, 1), Math.Max((int)day, 1));

    /// <summary>The last day the date may stand for (31 December for a year).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public LocalDate End => day > 0 ? Start
        : month > 0 ? new LocalDate(Year, month, DateTime.DaysInMonth(year, month))
        : new LocalDate(Year, 12, 31);

    /// <summary>A date known only to the year.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    public static PartialDate FromYear(int year) => new(Preconditions.CheckRange(year, 1, 9999, nameof(year)), 0, 0);

    /// <summary>A date known to the month.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static PartialDate FromYearMonth(int year, int month) =>
        new(Preconditions.CheckRange(year, 1, 9999, nameof(year)), Preconditions.CheckRange(month, 1, 12, nameof(month)), 0);

    /// <summary>A date known to the month.</summary>
    /// <param name="yearMonth">The year and month (ISO calendar).</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999 or the calendar is not ISO.</exception>
    public static PartialDate FromYearMonth(YearMonth yearMonth) =>
        yearMonth.Calendar == CalendarSystem.Iso
            ? FromYearMonth(yearMonth.Year, yearMonth.Month)
            : throw new ArgumentOutOfRangeException(nameof(yearMonth), yearMonth, "Only ISO calendar dates are supported.");

    /// <summary>A date known to the day.</summary>
    /// <param name="date">The date (ISO calendar).</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999 or the calendar is not ISO.</exception>
    public static PartialDate FromDate(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "Only ISO calendar dates are supported.");
        }

        return new(Preconditions.CheckRange(date.Year, 1, 9999, nameof(date)), date.Month, date.Day);
    }

    /// <summary>The full date, if the day is known.</summary>
    /// <param name="date">The date, or default.</param>
    /// <returns>Whether the precision is <see cref="PartialDatePrecision.Day"/>.</returns>
    public bool TryGetDate(out LocalDate date)
    {
        date = day > 0 ? Start : default;
        return day > 0;
    }

    /// <summary>The days this date stands for, <see cref="Start"/> to <see cref="End"/> inclusive.</summary>
    /// <returns>The interval.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Whether <paramref name="date"/> falls within the days this date stands for.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public bool Contains(LocalDate date) => Start <= date && date <= End;

    /// <summary>Whether every day of <paramref name="other"/> is a day of this date (2014 contains 2014-09 and 2014-09-13).</summary>
    /// <param name="other">The other date.</param>
    /// <returns>True when contained (a date contains itself).</returns>
    /// <exception cref="InvalidOperationException">Either is <c>default(PartialDate)</c>.</exception>
    public bool Contains(PartialDate other) => Start <= other.Start && other.End <= End;

    /// <summary>Whether every day this date may stand for is before <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when <see cref="End"/> &lt; <paramref name="date"/>.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public bool IsCertainlyBefore(LocalDate date) => End < date;

    /// <summary>Whether every day this date may stand for is after <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when <see cref="Start"/> &gt; <paramref name="date"/>.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public bool IsCertainlyAfter(LocalDate date) => Start > date;

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is malformed or no such date exists; the message names the error code.</exception>
    public static PartialDate Parse(string s) => Parse(Preconditions.CheckNotNull(s).AsSpan());

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is malformed or no such date exists.</exception>
    public static PartialDate Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c> without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The text is malformed or no such date exists.</exception>
    public static PartialDate Parse(ReadOnlySpan<char> s) =>
        TryParseCore(s, out var result) is { } code ? throw ParseErrors.Exception(code, s, nameof(PartialDate)) : result;

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c> without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The text is malformed or no such date exists.</exception>
    public static PartialDate Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="result">The date, or default on failure.</param>
    /// <returns>Whether the text is a valid date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PartialDate result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The date, or default on failure.</param>
    /// <returns>Whether the text is a valid date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartialDate result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The date, or default on failure.</param>
    /// <returns>Whether the text is a valid date.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out PartialDate result) => TryParseCore(s, out result) is null;

    /// <summary>Tries to parse without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The date, or default on failure.</param>
    /// <returns>Whether the text is a valid date.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PartialDate result) => TryParse(s, out result);

    internal static string? TryParseCore(ReadOnlySpan<char> s, out PartialDate result)
    {
        var error = IsoDateText.TryParse(s, out var y, out var m, out var d);
        result = error is null ? new PartialDate(y, m, d) : default;
        return error;
    }

    /// <summary>Orders by first day, then by precision (coarser first); see the type remarks.</summary>
    /// <param name="other">The other date.</param>
    /// <returns>The order.</returns>
    public int CompareTo(PartialDate other)
    {
        // First days compared field by field (an unknown month or day counts as 1), then precision.
        var c = year.CompareTo(other.year);
        if (c == 0)
        {
            c = Math.Max(month, (byte)1).CompareTo(Math.Max(other.month, (byte)1));
        }

        if (c == 0)
        {
            c = Math.Max(day, (byte)1).CompareTo(Math.Max(other.day, (byte)1));
        }

        return c != 0 ? c : PrecisionRank.CompareTo(other.PrecisionRank);
    }

    // default(PartialDate) only ties with itself, so it needs no rank of its own.
    private int PrecisionRank => day > 0 ? 3 : month > 0 ? 2 : 1;

    /// <summary>Compares with another boxed <see cref="PartialDate"/>; null sorts first.</summary>
    /// <param name="obj">The other value.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="PartialDate"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw Preconditions.NotComparable<PartialDate>(obj, nameof(obj)),
    };

    /// <summary>Whether both have the same precision and the same known parts (2014 is not equal to 2014-01).</summary>
    /// <param name="other">The other date.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(PartialDate other) => year == other.year && month == other.month && day == other.day;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (year << 16) | (month << 8) | day;

    /// <summary>The ISO 8601 text: <c>2014</c>, <c>2014-09</c> or <c>2014-09-13</c> (empty for <c>default</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => year == 0 ? string.Empty : IsoDateText.Format(year, month, day);

    /// <summary>The ISO 8601 text; the only format is <c>"G"</c> (or null/empty).</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        GeneralFormat.IsGeneral(format) ? ToString() : throw GeneralFormat.Unknown(format, nameof(PartialDate));

    /// <summary>Writes the ISO 8601 text without allocating.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the span was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not "G".</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        GeneralFormat.Check(format, nameof(PartialDate));

        charsWritten = 0;
        return year == 0 || IsoDateText.TryFormat(year, month, day, destination, out charsWritten);
    }

    /// <summary>Whether both are equal (same precision and parts).</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Whether they differ.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (see the type remarks).</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private PartialDate ThrowIfDefault() =>
        year != 0 ? this : throw new InvalidOperationException("default(PartialDate) is not a date.");
}
