using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Spectre.Console.Testing;
using Xunit;

namespace CentralAsia.Samples.Tests;

/// <summary>The Parquet sample, run in-process on 50,000 flows in a temporary folder.</summary>
public class TradeLakeTests
{
    [Fact]
    public async Task Streams_to_partitioned_parquet_and_duckdb_answers_chinas_trade_by_partner_and_year()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"tradelake-test-{Guid.NewGuid():N}");
        try
        {
            var console = new TestConsole().Width(200);
            Assert.Equal(0, await TradeLake.Lake.RunAsync(50_000, folder, console));
            var text = console.Output;
            Assert.Contains("Wrote 50,000 flows", text, StringComparison.Ordinal);
            Assert.Contains("China's trade with each partner by year", text, StringComparison.Ordinal);
            Assert.Contains("2024", text, StringComparison.Ordinal);
            Assert.Contains(text.Split('\n'), l => l.Contains(" KZ ", StringComparison.Ordinal) && l.Count(char.IsDigit) > 10);
            var partitions = Directory.GetDirectories(Path.Combine(folder, "flows")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
            Assert.Equal(["reporter=CN", "reporter=KG", "reporter=KZ", "reporter=UZ"], partitions);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
