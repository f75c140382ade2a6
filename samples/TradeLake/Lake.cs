using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using DuckDB.NET.Data;
using Spectre.Console;

namespace TradeLake;

/// <summary>The sample's steps: generate, stream to partitioned Parquet, query with DuckDB.</summary>
public static class Lake
{
    private static readonly CountryCode[] Partners = [.. CountryCode.CentralAsia, .. new[] { "RU", "DE", "US", "JP", "KR", "IN", "TR", "IR", "AF", "PK" }.Select(CountryCode.Parse)];
    private static readonly CountryCode[] Reporters = [CountryCode.China, CountryCode.Kazakhstan, CountryCode.Uzbekistan, CountryCode.Kyrgyzstan];

    /// <summary>Runs the sample.</summary>
    /// <param name="count">How many flows to generate.</param>
    /// <param name="folder">Where the JSON Lines file and the Parquet dataset go (created; must not hold a dataset yet).</param>
    /// <param name="console">Where to write.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(long count, string folder, IAnsiConsole console)
    {
        Directory.CreateDirectory(folder);
        var lines = Path.Combine(folder, "flows.jsonl");
        var dataset = Path.Combine(folder, "flows");

        // 1. A big trade file, as an analyst would receive it: JSON Lines, one validated flow per line.
        await using (var output = File.Create(lines))
        {
            await CentralAsiaJson.SerializeLinesAsync(output, Generate(count).ToAsyncEnumerable());
        }

        console.MarkupLine($"Wrote [bold]{count:N0}[/] flows to {Markup.Escape(lines)} ({new FileInfo(lines).Length / 1048576.0:N1} MiB).");

        // 2. Streamed into reporter=XX/year=YYYY/part-NNNNN.parquet, validating every line, in flat memory.
        IReadOnlyList<string> files = [];
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("JSON Lines → Parquet", maxValue: count);
                await using var input = File.OpenRead(lines);
                files = await TradeFlowParquet.WritePartitionedAsync(dataset, Counted(CentralAsiaJson.DeserializeLinesAsync<TradeFlow>(input), task));
            });
        var bytes = files.Sum(f => new FileInfo(f).Length);
        console.MarkupLine($"Wrote {files.Count:N0} Parquet files under {Markup.Escape(dataset)} ({bytes / 1048576.0:N1} MiB).");

        // 3. DuckDB reads the layout directly: China's trade (exports + imports, all goods) with each partner by year.
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT partner, year, SUM(value) AS total
            FROM read_parquet('{dataset.Replace("'", "''", StringComparison.Ordinal)}/*/*/*.parquet', hive_partitioning = true)
            WHERE reporter = 'CN' AND direction IN ('export', 'import') AND hs_code IS NULL
            GROUP BY partner, year
            """;
        var totals = new Dictionary<(string Partner, long Year), decimal>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                totals[(reader.GetString(0), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture))] = reader.GetDecimal(2);
            }
        }

        var years = totals.Keys.Select(k => k.Year).Distinct().Order().TakeLast(6).ToArray();
        var table = new Table().Title("China's trade with each partner by year (US$ million, exports + imports, DuckDB over the Parquet files)");
        table.AddColumn("Partner");
        foreach (var year in years)
        {
            table.AddColumn(new TableColumn(year.ToString(CultureInfo.InvariantCulture)).RightAligned());
        }

        foreach (var partner in totals.Keys.Select(k => k.Partner).Distinct().Order(StringComparer.Ordinal))
        {
            table.AddRow([partner, .. years.Select(y => totals.TryGetValue((partner, y), out var v) ? (v / 1_000_000m).ToString("N0", CultureInfo.InvariantCulture) : "–")]);
        }

        console.Write(table);
        return 0;
    }

    // Deterministic monthly flows of four reporters with sixteen partners, 2015–2024, amounts in cents.
    private static IEnumerable<TradeFlow> Generate(long count)
    {
        var random = new Random(20250617);
        var source = SourceId.Parse("generated-sample");
        for (long i = 0; i < count; i++)
        {
            var reporter = Reporters[random.Next(Reporters.Length)];
            var partner = Partners[random.Next(Partners.Length)];
            if (partner == reporter)
            {
                partner = CountryCode.Parse("MN");
            }

            var direction = random.Next(2) == 0 ? FlowDirection.Export : FlowDirection.Import;
            yield return new TradeFlow(
                reporter, TradePartner.Of(partner), direction, TradePeriod.ForMonth(2015 + random.Next(10), 1 + random.Next(12)),
                new Money(new decimal(random.NextInt64(100_000, 5_000_000_000)) / 100m, CurrencyCode.Usd),
                direction == FlowDirection.Import ? Valuation.Cif : Valuation.Fob, citations: [source]);
        }
    }

    private static async IAsyncEnumerable<TradeFlow> Counted(IAsyncEnumerable<TradeFlow> flows, ProgressTask task, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var seen = 0;
        await foreach (var flow in flows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // The bar moves every 10,000 rows: redrawing per row would cost more than the conversion.
            if (++seen % 10_000 == 0)
            {
                task.Increment(10_000);
            }

            yield return flow;
        }

        task.Increment(seen % 10_000);
    }
}
