using System;
using CentralAsia.Domain.Tests.Contracts;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CentralAsia.Domain.Tests.Values;

[Properties(Arbitrary = [typeof(Arbitraries)])]
public class TradePeriodTests
{
    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Equality_contract(TradePeriod a, TradePeriod b) => ValueContracts.Equality(a, b);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Ordering_contract(TradePeriod a, TradePeriod b, TradePeriod c) => ValueContracts.Ordering(a, b, c);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Round_trips_through_text(TradePeriod period) => ValueContracts.RoundTrip(period);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void A_year_contains_its_months_and_sorts_first(TradePeriod period)
    {
        var year = TradePeriod.ForYear(period.Year);
        Assert.True(year.Contains(period));
        Assert.True(year <= period);
        Assert.Equal(period.Kind == TradePeriodKind.Month, !period.Contains(year));
        Assert.True(period.Contains(period.Start) && period.Contains(period.End));
    }

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Previous_year_keeps_the_kind(TradePeriod period)
    {
        if (period.Year == 1)
        {
            Assert.Throws<InvalidOperationException>(() => period.PreviousYear());
            return;
        }

        var previous = period.PreviousYear();
        Assert.Equal(period.Kind, previous.Kind);
        Assert.Equal(period.Month, previous.Month);
        Assert.Equal(period.Year - 1, previous.Year);
    }

    [Fact]
    public void Months_and_years()
    {
        var may = TradePeriod.Parse("2022-05");
        Assert.Equal(TradePeriodKind.Month, may.Kind);
        Assert.Equal(new LocalDate(2022, 5, 31), may.End);
        Assert.Equal(TradePeriod.ForMonth(2022, 5), may);
        Assert.Equal(new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31)), TradePeriod.ForYear(2022).ToDateInterval());
    }

    [Theory]
    [InlineData("2022-05-01", ErrorCodes.DateInvalid)]
    [InlineData("22", ErrorCodes.DateInvalid)]
    [InlineData("2022-5", ErrorCodes.DateInvalid)]
    [InlineData("2022-Q1", ErrorCodes.DateInvalid)]
    [InlineData("2022-13", ErrorCodes.DateNonexistent)]
    [InlineData("0000", ErrorCodes.DateNonexistent)]
    public void Invalid_text_yields_its_code(string text, string code) => Assert.Equal(code, TradePeriod.TryParseCore(text, out _));

    [Fact]
    public void Default_is_no_value()
    {
        Assert.Equal(string.Empty, default(TradePeriod).ToString());
        Assert.Throws<InvalidOperationException>(() => default(TradePeriod).Kind);
        Assert.Throws<ArgumentOutOfRangeException>(() => TradePeriod.ForMonth(2022, 0));
    }
}
