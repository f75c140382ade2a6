using System;
using System.Linq;
using System.Text;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Serialization;
using Xunit;

namespace CentralAsia.Domain.Tests.Serialization;

/// <summary>
/// Allocation guards for reading (bytes are counted, not timed: counts do not depend on machine load).
/// The budget itself is checked by the benchmark project; these keep two fixes from regressing.
/// </summary>
public sealed class ReadAllocationTests
{
    private static byte[] Document(int flows)
    {
        var builder = new StringBuilder("""{"schemaVersion":"1.0","sources":[{"id":"s1","publisher":"P","title":"T","url":"https://example.org/a"}],"tradeFlows":[""");
        for (var i = 0; i < flows; i++)
        {
            builder.Append(i == 0 ? "" : ",")
                .Append("""{"reporter":"CN","partner":"KZ","direction":"export","period":""")
                .Append($"\"{2000 + (i / 12)}-{(i % 12) + 1:00}\"")
                .Append(""","value":{"amount":""").Append(1000 + i).Append(""","currency":"USD"},"citations":["s1"]}""");
        }

        return Encoding.UTF8.GetBytes(builder.Append("]}").ToString());
    }

    [Fact]
    public void Flows_citing_the_same_single_source_share_one_citation_list()
    {
        var dataset = CentralAsiaJson.Deserialize<CentralAsiaDataset>(Document(3));
        var lists = dataset.TradeFlows.Select(f => f.Citations.AsImmutableArray()).ToArray();
        Assert.True(lists[0] == lists[1] && lists[1] == lists[2], "one-element citation lists of the same source are one instance");
        Assert.Equal("s1", lists[0].Single().Value);
    }

    [Fact]
    public void Valid_flows_cost_no_error_paths()
    {
        // Before: every flow built three JSON Pointer strings for errors that never happened
        // (~240 B of 458 B per flow). Now a valid flow allocates its record, its slot in the list
        // and the duplicate-rule entry.
        var small = Document(1_000);
        var large = Document(11_000);
        _ = CentralAsiaJson.Deserialize<CentralAsiaDataset>(small);
        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = CentralAsiaJson.Deserialize<CentralAsiaDataset>(small);
        var smallBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        _ = CentralAsiaJson.Deserialize<CentralAsiaDataset>(large);
        var largeBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        var perFlow = (largeBytes - smallBytes) / 10_000.0;
        Assert.True(perFlow < 250, $"{perFlow:F1} bytes allocated per additional flow (limit 250)");
    }
}
