using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Columnar.Tests.Support;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using Xunit;

namespace CentralAsia.Domain.Columnar.Tests.Engines;

// DuckDB reads what we write, and we read what DuckDB writes: the files mean the same in both.
public sealed class DuckDbTests
{
    private const int Million = 1_000_000;

    [Fact]
    public async Task DuckDbs_sums_over_a_million_flows_equal_the_ledgers_totals_to_the_cent()
    {
        using var folder = new TempFolder();
        var path = folder.File("flows.parquet");
        var flows = Flows.Generate(Million).ToList();
        Assert.Equal(Million, await TradeFlowParquet.WriteFileAsync(path, flows.ToAsyncEnumerable(), cancellationToken: Flows.Token));
        var ledger = TradeLedger.Create(flows);
        using var duck = new DuckDb();

        // The ledger's yearly total is the sum of its months' exports and imports of all goods (no HS code).
        var rows = duck.Query($"""
            SELECT reporter, partner, year, SUM(value) AS total, COUNT(*) AS n
            FROM read_parquet({DuckDb.Quote(path)})
            WHERE hs_code IS NULL
            GROUP BY reporter, partner, year
            """);
        Assert.True(rows.Count > 40_000, $"{rows.Count} groups");
        int mismatches = 0, unknown = 0;
        foreach (var row in rows)
        {
            var total = ledger.Total(CountryCode.Parse((string)row[0]!), TradePartner.Parse((string)row[1]!), TradePeriod.ForYear((int)row[2]!));
            unknown += total is null ? 1 : 0;
            mismatches += total is not null && total.Value.Amount != (decimal)row[3]! ? 1 : 0;
        }

        // The generator stops at a million in the middle of a year: that one year has no total in the ledger.
        Assert.Equal((0, 1), (mismatches, unknown));
        var grand = (decimal)duck.Query($"SELECT SUM(value) FROM read_parquet({DuckDb.Quote(path)})").Single()[0]!;
        Assert.Equal(flows.Sum(f => f.Value.Amount), grand);
        Assert.Equal(Million, (long)duck.Query($"SELECT COUNT(*) FROM read_parquet({DuckDb.Quote(path)})").Single()[0]!);
    }

    [Fact]
    public async Task DuckDbs_describe_shows_the_documented_types()
    {
        using var folder = new TempFolder();
        var path = folder.File("flows.parquet");
        await TradeFlowParquet.WriteFileAsync(path, Flows.Generate(100).ToAsyncEnumerable(), cancellationToken: Flows.Token);
        using var duck = new DuckDb();
        var types = duck.Query($"DESCRIBE SELECT * FROM read_parquet({DuckDb.Quote(path)})").ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["reporter"] = "VARCHAR", ["partner"] = "VARCHAR", ["direction"] = "VARCHAR", ["year"] = "INTEGER", ["month"] = "INTEGER",
                ["value"] = "DECIMAL(38,6)", ["currency"] = "VARCHAR", ["valuation"] = "VARCHAR", ["hs_code"] = "VARCHAR",
                ["hs_edition"] = "VARCHAR", ["estimated"] = "BOOLEAN", ["note"] = "VARCHAR", ["citations"] = "VARCHAR[]",
            },
            types);
    }

    [Fact]
    public async Task The_schema_version_is_in_the_files_key_value_metadata_and_codes_are_dictionary_encoded()
    {
        using var folder = new TempFolder();
        var path = folder.File("flows.parquet");
        await TradeFlowParquet.WriteFileAsync(path, Flows.Generate(10_000).ToAsyncEnumerable(), cancellationToken: Flows.Token);
        using var duck = new DuckDb();
        var metadata = duck.Query($"SELECT decode(key), decode(value) FROM parquet_kv_metadata({DuckDb.Quote(path)})").ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal("trade-flow", metadata["centralasia.record"]);
        Assert.Equal("1", metadata["centralasia.schema-version"]);
        var encodings = duck.Query($"SELECT path_in_schema, encodings FROM parquet_metadata({DuckDb.Quote(path)})")
            .GroupBy(r => (string)r[0]!).ToDictionary(g => g.Key, g => string.Join(",", g.Select(r => (string)r[1]!)));
        foreach (var code in new[] { "reporter", "partner", "direction", "currency", "valuation" })
        {
            Assert.True(encodings[code].Contains("DICTIONARY", StringComparison.Ordinal), code + ": " + encodings[code]);
        }
    }

    [Fact]
    public async Task A_file_DuckDB_writes_in_the_schema_reads_back_equal()
    {
        using var folder = new TempFolder();
        var ours = folder.File("ours.parquet");
        var theirs = folder.File("theirs.parquet");
        var flows = Flows.Generate(5_000).ToList();
        await TradeFlowParquet.WriteFileAsync(ours, flows.ToAsyncEnumerable(), cancellationToken: Flows.Token);
        using var duck = new DuckDb();

        // DuckDB's own writer: all columns nullable, its own row groups and encodings, and the metadata key.
        duck.Execute($$"""
            COPY (SELECT * FROM read_parquet({{DuckDb.Quote(ours)}}))
            TO {{DuckDb.Quote(theirs)}} (FORMAT parquet, KV_METADATA {"centralasia.record": 'trade-flow', "centralasia.schema-version": '1'})
            """);
        var read = await TradeFlowParquet.ReadFileAsync(theirs, Flows.Token).ToListAsync(Flows.Token);
        Assert.Equal(flows, read);
    }

    [Fact]
    public async Task A_file_DuckDB_writes_with_wider_integers_and_no_metadata_reads_back_equal()
    {
        using var folder = new TempFolder();
        var ours = folder.File("ours.parquet");
        var theirs = folder.File("theirs.parquet");
        var flows = Flows.Generate(500).ToList();
        await TradeFlowParquet.WriteFileAsync(ours, flows.ToAsyncEnumerable(), cancellationToken: Flows.Token);
        using var duck = new DuckDb();

        // pandas writes int64 years by default; the columns decide when a file carries no schema metadata.
        duck.Execute($"""
            COPY (SELECT * REPLACE (year::BIGINT AS year, month::SMALLINT AS month) FROM read_parquet({DuckDb.Quote(ours)}))
            TO {DuckDb.Quote(theirs)} (FORMAT parquet)
            """);
        Assert.Equal(flows, await TradeFlowParquet.ReadFileAsync(theirs, Flows.Token).ToListAsync(Flows.Token));
    }

    [Fact]
    public async Task DuckDB_reads_the_partitioned_layout_and_its_totals_by_partner_and_year_match()
    {
        using var folder = new TempFolder();
        var root = folder.File("flows");
        var flows = Flows.Generate(50_000).ToList();
        var files = await TradeFlowParquet.WritePartitionedAsync(root, flows.ToAsyncEnumerable(), new ParquetWriteOptions { RowGroupSize = 1_000 }, Flows.Token);
        Assert.All(files, f => Assert.Matches(@"reporter=[A-Z]{2}[/\\]year=\d{4}[/\\]part-\d{5}\.parquet$", f));
        using var duck = new DuckDb();
        var rows = duck.Query($"""
            SELECT reporter, year, SUM(value), COUNT(*)
            FROM read_parquet({DuckDb.Quote(root + "/*/*/*.parquet")}, hive_partitioning = true)
            GROUP BY reporter, year
            """);
        var expected = flows.GroupBy(f => (f.Reporter.ToString(), f.Period.Year)).ToDictionary(g => g.Key, g => (g.Sum(f => f.Value.Amount), (long)g.Count()));
        Assert.Equal(expected.Count, rows.Count);
        foreach (var row in rows)
        {
            // DuckDB infers the year folder as BIGINT and the reporter as VARCHAR.
            var key = ((string)row[0]!, Convert.ToInt32(row[1], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(expected[key], ((decimal)row[2]!, (long)row[3]!));
        }

        // Partition files leave out the partition columns, as DuckDB's and Spark's own partitioned writes do.
        var columns = duck.Query($"DESCRIBE SELECT * FROM read_parquet({DuckDb.Quote(files[0])}, hive_partitioning = false)").Select(r => (string)r[0]!).ToList();
        Assert.DoesNotContain("reporter", columns);
        Assert.DoesNotContain("year", columns);
    }

    [Fact]
    public async Task A_partitioned_dataset_DuckDB_writes_reads_back_equal()
    {
        using var folder = new TempFolder();
        var ours = folder.File("ours.parquet");
        var theirs = folder.File("theirs");
        var flows = Flows.Generate(3_000).ToList();
        await TradeFlowParquet.WriteFileAsync(ours, flows.ToAsyncEnumerable(), cancellationToken: Flows.Token);
        using var duck = new DuckDb();
        duck.Execute($"COPY (SELECT * FROM read_parquet({DuckDb.Quote(ours)})) TO {DuckDb.Quote(theirs)} (FORMAT parquet, PARTITION_BY (reporter, year))");
        var read = await TradeFlowParquet.ReadPartitionedAsync(theirs, Flows.Token).ToListAsync(Flows.Token);
        Assert.Equal(Sorted(flows), Sorted(read));
    }

    internal static List<TradeFlow> Sorted(IEnumerable<TradeFlow> flows) =>
        [.. flows.OrderBy(f => f.Reporter).ThenBy(f => f.Partner.ToString(), StringComparer.Ordinal).ThenBy(f => f.Period).ThenBy(f => f.Direction).ThenBy(f => f.Commodity?.ToString(), StringComparer.Ordinal)];
}
