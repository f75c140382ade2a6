using System.Linq;
using BenchmarkDotNet.Attributes;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Benchmarks;

/// <summary>
/// Building a ledger over N flows and answering totals and shares for every reporter of three months:
/// time should grow linearly. Every iteration starts with cold caches: otherwise the 100k flows
/// (~25 MB) stay cached between iterations while the 1M flows (~250 MB) cannot, and the ratio would
/// compare a warm run with a cold one.
/// </summary>
[MemoryDiagnoser]
public class LedgerBenchmarks
{
    private readonly byte[] evictor = new byte[512 * 1024 * 1024];
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

    [IterationSetup]
    public void EvictCaches()
    {
        for (var i = 0; i < evictor.Length; i += 64)
        {
            evictor[i]++;
        }
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
                sum += breakdown.Total?.Amount ?? 0m;
            }
        }

        return sum;
    }
}
