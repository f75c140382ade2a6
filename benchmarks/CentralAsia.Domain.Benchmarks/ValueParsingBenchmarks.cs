using System;
using BenchmarkDotNet.Attributes;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Benchmarks;

/// <summary>Parsing value objects from spans: expected 0 bytes allocated.</summary>
[MemoryDiagnoser]
public class ValueParsingBenchmarks
{
    private const string Country = "KAZ";
    private const string Period = "2022-05";
    private const string Amount = "31200000000.25 USD";

    [Benchmark(Baseline = true)]
    public CountryCode CountryCodeFromSpan() => CountryCode.Parse(Country.AsSpan());

    [Benchmark]
    public TradePeriod TradePeriodFromSpan() => TradePeriod.Parse(Period.AsSpan());

    [Benchmark]
    public Money MoneyFromSpan() => Money.Parse(Amount.AsSpan());
}
