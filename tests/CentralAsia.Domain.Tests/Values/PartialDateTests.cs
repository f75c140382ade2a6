using System;
using CentralAsia.Domain.Tests.Contracts;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CentralAsia.Domain.Tests.Values;

[Properties(Arbitrary = [typeof(Arbitraries)])]
public class PartialDateTests
{
    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Equality_contract(PartialDate a, PartialDate b) => ValueContracts.Equality(a, b);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Ordering_contract(PartialDate a, PartialDate b, PartialDate c) => ValueContracts.Ordering(a, b, c);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Ordering_contract_on_nearby_dates(int seed)
    {
        // Dates of one year at every precision, so that ties of first day are common.
        var year = 2014;
        var candidates = new[] { PartialDate.FromYear(year), PartialDate.FromYearMonth(year, 1), PartialDate.Parse("2014-01-01"), PartialDate.Parse("2014-01-02"), PartialDate.FromYearMonth(year, 2) };
        var rng = new Random(seed);
        ValueContracts.Ordering(candidates[rng.Next(5)], candidates[rng.Next(5)], candidates[rng.Next(5)]);
    }

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Round_trips_through_text(PartialDate date) => ValueContracts.RoundTrip(date);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void A_date_contains_itself_and_lies_within_its_interval(PartialDate date)
    {
        Assert.True(date.Contains(date));
        Assert.True(date.Start <= date.End);
        Assert.True(date.Contains(date.Start) && date.Contains(date.End));
        Assert.Equal(date.ToDateInterval(), new DateInterval(date.Start, date.End));
        Assert.False(date.IsCertainlyBefore(date.End));
        Assert.True(date.End == new LocalDate(9999, 12, 31) || date.IsCertainlyBefore(date.End.PlusDays(1)));
    }

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void A_year_contains_its_months_and_days_and_sorts_before_them(PartialDate date)
    {
        var year = PartialDate.FromYear(date.Year);
        Assert.True(year.Contains(date));
        Assert.True(year <= date);
        Assert.Equal(date.Precision == PartialDatePrecision.Year, year == date);
    }

    [Theory]
    [InlineData("2014", PartialDatePrecision.Year, null, null)]
    [InlineData("2014-09", PartialDatePrecision.Month, 9, null)]
    [InlineData("2014-09-13", PartialDatePrecision.Day, 9, 13)]
    public void The_parts_that_are_not_known_are_null(string text, PartialDatePrecision precision, int? month, int? day)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal((2014, precision, month, day), (date.Year, date.Precision, date.Month, date.Day));
        Assert.Equal(day is not null, date.TryGetDate(out var full));
        Assert.Equal(day is null ? default : new LocalDate(2014, 9, 13), full);
    }

    [Fact]
    public void A_date_does_not_contain_the_days_or_dates_outside_it()
    {
        var september = PartialDate.Parse("2014-09");
        Assert.False(september.Contains(new LocalDate(2014, 8, 31)));
        Assert.False(september.Contains(new LocalDate(2014, 10, 1)));
        Assert.True(september.Contains(new LocalDate(2014, 9, 30)));
        Assert.False(september.Contains(PartialDate.Parse("2014")));
        Assert.False(september.Contains(PartialDate.Parse("2014-08-31")));
        Assert.False(september.Contains(PartialDate.Parse("2014-10-01")));
        Assert.True(september.Contains(PartialDate.Parse("2014-09-30")));
        Assert.False(PartialDate.Parse("2014-09-13").Contains(september));
    }

    [Fact]
    public void Dates_of_other_calendars_are_refused()
    {
        var julian = CalendarSystem.Julian;
        Assert.Throws<ArgumentOutOfRangeException>("yearMonth", () => PartialDate.FromYearMonth(new YearMonth(2014, 9, julian)));
        Assert.Throws<ArgumentOutOfRangeException>("date", () => PartialDate.FromDate(new LocalDate(2014, 9, 13, julian)));
        Assert.Equal(PartialDate.Parse("2014-09"), PartialDate.FromYearMonth(new YearMonth(2014, 9)));
    }

    [Fact]
    public void Different_dates_hash_differently()
    {
        // The hash packs year, month and day, so no two dates share one.
        var hashes = new System.Collections.Generic.HashSet<int>();
        var count = 0;
        foreach (var year in new[] { 1, 2, 255, 256, 2014, 9999 })
        {
            foreach (var month in new int?[] { null, 1, 2, 12 })
            {
                foreach (var day in month is null ? new int?[] { null } : new int?[] { null, 1, 2, 28 })
                {
                    var date = month is null ? PartialDate.FromYear(year) : day is null ? PartialDate.FromYearMonth(year, month.Value) : PartialDate.FromDate(new LocalDate(year, month.Value, day.Value));
                    Assert.True(hashes.Add(date.GetHashCode()), $"{date} shares its hash");
                    count++;
                }
            }
        }

        Assert.Equal(6 * (1 + (3 * 4)), count);
    }

    [Fact]
    public void Ordering_is_first_day_then_precision()
    {
        var ordered = new[] { "2014", "2014-01", "2014-01-01", "2014-01-02", "2014-02", "2015" };
        for (var i = 1; i < ordered.Length; i++)
        {
            Assert.True(PartialDate.Parse(ordered[i - 1]) < PartialDate.Parse(ordered[i]), $"{ordered[i - 1]} < {ordered[i]}");
        }
    }

    [Fact]
    public void Precision_and_parts()
    {
        var september = PartialDate.Parse("2014-09");
        Assert.Equal(PartialDatePrecision.Month, september.Precision);
        Assert.Equal(9, september.Month);
        Assert.Null(september.Day);
        Assert.Equal(new LocalDate(2014, 9, 30), september.End);
        Assert.Equal(new LocalDate(2024, 2, 29), PartialDate.Parse("2024-02").End);
        Assert.True(PartialDate.Parse("2014-09-13").TryGetDate(out var day) && day == new LocalDate(2014, 9, 13));
        Assert.False(september.TryGetDate(out _));
        Assert.Equal(PartialDate.Parse("2014-09"), PartialDate.FromYearMonth(new YearMonth(2014, 9)));
        Assert.Equal(PartialDate.Parse("2014-09-13"), PartialDate.FromDate(new LocalDate(2014, 9, 13)));
    }

    [Theory]
    [InlineData("", ErrorCodes.DateInvalid)]
    [InlineData("14", ErrorCodes.DateInvalid)]
    [InlineData("2014-9", ErrorCodes.DateInvalid)]
    [InlineData("2014-09-1", ErrorCodes.DateInvalid)]
    [InlineData("2014/09/13", ErrorCodes.DateInvalid)]
    [InlineData("2014-09-13T00:00", ErrorCodes.DateInvalid)]
    [InlineData("+2014", ErrorCodes.DateInvalid)]
    [InlineData("２０１４", ErrorCodes.DateInvalid)]
    [InlineData("0000", ErrorCodes.DateNonexistent)]
    [InlineData("2014-13", ErrorCodes.DateNonexistent)]
    [InlineData("2014-00", ErrorCodes.DateNonexistent)]
    [InlineData("2023-02-29", ErrorCodes.DateNonexistent)]
    [InlineData("2023-02-30", ErrorCodes.DateNonexistent)]
    [InlineData("2023-04-31", ErrorCodes.DateNonexistent)]
    [InlineData("2023-01-00", ErrorCodes.DateNonexistent)]
    public void Invalid_text_yields_its_code(string text, string code)
    {
        Assert.Equal(code, PartialDate.TryParseCore(text, out var result));
        Assert.Equal(default, result);
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Property(MaxTest = 100 / Runs.Divisor)]
    public Property Day_past_the_end_of_the_month_is_nonexistent() =>
        Prop.ForAll(
            Gen.Choose(1, 9999).SelectMany(_ => Gen.Choose(1, 12), (y, m) => (y, m)).SelectMany(t => Gen.Choose(DateTime.DaysInMonth(t.y, t.m) + 1, 99), (t, d) => $"{t.y:D4}-{t.m:D2}-{d:D2}").ToArbitrary(),
            text => PartialDate.TryParseCore(text, out _) == ErrorCodes.DateNonexistent);

    [Fact]
    public void Factories_check_their_ranges()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYear(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYear(10_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYearMonth(2014, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromDate(new LocalDate(2014, 1, 1, CalendarSystem.Julian)));
    }

    [Fact]
    public void Default_is_no_value()
    {
        var none = default(PartialDate);
        Assert.Equal(string.Empty, none.ToString());
        Assert.Throws<InvalidOperationException>(() => none.Year);
        Assert.Throws<InvalidOperationException>(() => none.Start);
        Assert.Throws<InvalidOperationException>(() => none.Precision);
        Assert.True(none < PartialDate.FromYear(1));
    }
}
