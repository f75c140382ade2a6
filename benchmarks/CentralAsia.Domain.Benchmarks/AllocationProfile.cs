using System;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Serialization;

namespace CentralAsia.Domain.Benchmarks;

/// <summary>
/// Bytes allocated per flow by each stage of reading a dataset (console mode <c>alloc N</c>). Byte
/// counts do not depend on machine load, so this is the quick check while working on allocations;
/// BenchmarkDotNet gives the time.
/// </summary>
public static class AllocationProfile
{
    /// <summary>Reads a document of <paramref name="count"/> flows and prints bytes allocated per flow.</summary>
    public static int Run(int count)
    {
        var bytes = FlowData.DocumentBytes(count);
        _ = CentralAsiaJson.Deserialize<CentralAsiaDataset>(bytes); // warm up: JIT, static tables
        GC.Collect();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var dataset = CentralAsiaJson.Deserialize<CentralAsiaDataset>(bytes);
        var deserialize = GC.GetAllocatedBytesForCurrentThread() - before;

        before = GC.GetAllocatedBytesForCurrentThread();
        _ = CentralAsiaJson.Validate(bytes);
        var validate = GC.GetAllocatedBytesForCurrentThread() - before;

        Console.WriteLine(
            $"alloc flows={dataset.TradeFlows.Length} deserialize_bytes_per_flow={deserialize / (double)count:F1} validate_bytes_per_flow={validate / (double)count:F1} " +
            $"gc0={GC.CollectionCount(0) - gen0} gc1={GC.CollectionCount(1) - gen1} gc2={GC.CollectionCount(2) - gen2}");
        return 0;
    }
}
