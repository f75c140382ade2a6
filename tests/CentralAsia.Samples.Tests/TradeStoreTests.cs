using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace CentralAsia.Samples.Tests;

/// <summary>The database sample, run in-process on a temporary SQLite file.</summary>
public class TradeStoreTests
{
    [Fact]
    public async Task Stores_queries_in_sql_and_loads_back_equal()
    {
        var file = Path.Combine(Path.GetTempPath(), $"tradestore-test-{Guid.NewGuid():N}.db");
        try
        {
            using var output = new StringWriter();
            Assert.Equal(0, await TradeStore.Store.RunAsync(file, output));
            var text = output.ToString();
            var lines = text.Split('\n', StringSplitOptions.TrimEntries);
            Assert.Contains(lines, l => l.StartsWith("KZ ", StringComparison.Ordinal) && l.EndsWith(" 31,200,000,000", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("TJ ", StringComparison.Ordinal) && l.EndsWith(" 2,560,000,000 (est.)", StringComparison.Ordinal));
            Assert.Contains("GROUP BY \"t\".\"Partner\"", text, StringComparison.Ordinal);
            Assert.Contains("ef_sum(\"t\".\"ValueAmount\")", text, StringComparison.Ordinal);
            Assert.Contains("Loaded back: equal to the reference dataset.", text, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
