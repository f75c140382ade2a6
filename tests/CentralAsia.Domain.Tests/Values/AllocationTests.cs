using System;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Values;
using Xunit;

namespace CentralAsia.Domain.Tests.Values;

/// <summary>
/// Parsing a valid value from a span allocates nothing. This counts bytes (deterministic), not time.
/// </summary>
public class AllocationTests
{
    private const int Iterations = 1_000;

    [Fact]
    public void Parsing_value_objects_from_spans_allocates_nothing()
    {
        // Warm up: static tables, JIT and tiering must not count.
        ParseAll();
        ParseAll();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Iterations; i++)
        {
            ParseAll();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Formatting_value_objects_into_spans_allocates_nothing()
    {
        var values = (CountryCode.Kazakhstan, Money.Parse("31200000000 USD"), PartialDate.Parse("2014-09-13"), TradePeriod.Parse("2022-05"), Quantity.Parse("30 bcm/yr"), HsCode.Parse("H6:271111"));
        Span<char> buffer = stackalloc char[64];
        FormatAll(values, buffer);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Iterations; i++)
        {
            FormatAll(values, buffer);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void ParseAll()
    {
        _ = CountryCode.Parse("KZ".AsSpan());
        _ = CountryCode.Parse("kaz".AsSpan());
        _ = CountryCode.Parse("398".AsSpan());
        _ = CurrencyCode.Parse("USD".AsSpan());
        _ = Money.Parse("31200000000 USD".AsSpan());
        _ = Money.Parse("-1.25 KZT".AsSpan());
        _ = PartialDate.Parse("2014".AsSpan());
        _ = PartialDate.Parse("2014-09-13".AsSpan());
        _ = TradePeriod.Parse("2022".AsSpan());
        _ = TradePeriod.Parse("2022-05".AsSpan());
        _ = Quantity.Parse("30 bcm/yr".AsSpan());
        _ = HsCode.Parse("H6:271111".AsSpan());
        _ = Region.Parse("143".AsSpan());
        _ = CountryCode.TryParse("ZZ".AsSpan(), out _);
    }

    private static void FormatAll((CountryCode, Money, PartialDate, TradePeriod, Quantity, HsCode) v, Span<char> buffer)
    {
        _ = v.Item1.TryFormat(buffer, out _, default, null);
        _ = v.Item2.TryFormat(buffer, out _, default, null);
        _ = v.Item3.TryFormat(buffer, out _, default, null);
        _ = v.Item4.TryFormat(buffer, out _, default, null);
        _ = v.Item5.TryFormat(buffer, out _, default, null);
        _ = v.Item6.TryFormat(buffer, out _, default, null);
    }
}
