using System.Linq;
using BenchmarkDotNet.Attributes;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Benchmarks;

/// <summary>Building a ledger over N flows and answering totals and shares for every reporter of one period: time should grow linearly.</summary>
[MemoryDiagnoser]
public class LedgerBenchmarks
{
    private TradeFlow[] flows = [];
    private CountryCode[] reporters = [];

    [Params(100_000, 1_000_000)]
    public int Flows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        flows = FlowData.Flows(Flows);
        reporters = flows.Select(f => f.Reporter).Distinct().ToArray();
    }

    [Benchmark]
    public decimal TotalsAndShares()
    {
        var ledger = TradeLedger.Create(flows);
        var sum = 0m;
        foreach (var reporter in reporters)
        {
            foreach (var month in new[] { 1, 6, 12 })
            {
                var breakdown = ledger.Breakdown(reporter, TradePeriod.ForMonth(2010, month));
                sum += breakdown.Total.Amount;
            }
        }

        return sum;
    }
}
