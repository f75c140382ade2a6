using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Columnar.Tests.Support;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Values;
using FsCheck.Fluent;
using Xunit;

namespace CentralAsia.Domain.Columnar.Tests.Engines;

// DuckDB reads the record tables we write, nested columns and all, with the documented types; it answers questions
// over them as the model does; and what DuckDB writes of them, we read back equal.
public sealed class DuckDbRecordTests
{
    [Fact]
    public async Task DuckDb_describes_each_tables_columns_with_the_documented_types()
    {
        var dataset = ReferenceData.XianSummit2023;
        Assert.Equal(
            [
                "id VARCHAR",
                "name STRUCT(preferred VARCHAR, aliases STRUCT(\"text\" VARCHAR, kind VARCHAR, \"language\" VARCHAR, valid_from STRUCT(\"start\" DATE, \"precision\" VARCHAR), valid_until STRUCT(\"start\" DATE, \"precision\" VARCHAR))[])",
                "country VARCHAR",
                "birth_date STRUCT(\"start\" DATE, \"precision\" VARCHAR)",
                "terms STRUCT(office STRUCT(title VARCHAR, \"role\" VARCHAR), \"start\" DATE, \"end\" DATE, kind VARCHAR, citations VARCHAR[])[]",
                "citations VARCHAR[]",
            ],
            await Describe(ParquetTables.Leaders, dataset.Leaders));
        Assert.Equal(
            [
                "id VARCHAR", "name VARCHAR", "aliases VARCHAR[]", "kind VARCHAR", "route VARCHAR[]",
                "capacity STRUCT(\"value\" DECIMAL(38,6), unit VARCHAR)", "length STRUCT(\"value\" DECIMAL(38,6), unit VARCHAR)",
                "cost STRUCT(amount DECIMAL(38,6), currency VARCHAR)",
                "history STRUCT(status VARCHAR, date STRUCT(\"start\" DATE, \"precision\" VARCHAR), note VARCHAR, citations VARCHAR[])[]",
                "operators VARCHAR[]", "financiers VARCHAR[]", "citations VARCHAR[]",
            ],
            await Describe(ParquetTables.Projects, dataset.Projects));
        Assert.Equal(
            [
                "id VARCHAR", "theme VARCHAR", "strength VARCHAR", "actors VARCHAR[]", "beneficiaries VARCHAR[]", "text VARCHAR",
                "target_amount STRUCT(amount DECIMAL(38,6), currency VARCHAR)", "target_quantity STRUCT(\"value\" DECIMAL(38,6), unit VARCHAR)",
                "projects VARCHAR[]", "citations VARCHAR[]",
            ],
            await Describe(ParquetTables.Commitments, dataset.Declarations.SelectMany(d => d.Commitments)));
        Assert.Equal(
            [
                "record_id INTEGER", "recipient VARCHAR", "title VARCHAR", "funding_agencies VARCHAR[]", "flow_type VARCHAR", "flow_class VARCHAR",
                "status VARCHAR", "sector VARCHAR", "committed STRUCT(\"start\" DATE, \"precision\" VARCHAR)",
                "implementation_started STRUCT(\"start\" DATE, \"precision\" VARCHAR)", "completed STRUCT(\"start\" DATE, \"precision\" VARCHAR)",
                "amount STRUCT(amount DECIMAL(38,6), currency VARCHAR)", "constant_usd2021 STRUCT(amount DECIMAL(38,6), currency VARCHAR)",
                "adjusted_constant_usd2021 STRUCT(amount DECIMAL(38,6), currency VARCHAR)", "recommended_for_aggregates BOOLEAN", "umbrella BOOLEAN",
                "project VARCHAR", "citations VARCHAR[]",
            ],
            await Describe(ParquetTables.FinanceCommitments, Generated(10)));
    }

    [Fact]
    public async Task DuckDbs_finance_totals_by_recipient_equal_the_models_to_the_cent()
    {
        File.AppendAllText("/tmp/dbg.txt", "start\n");
        var commitments = Generated(20_000);
        File.AppendAllText("/tmp/dbg.txt", "generated\n");
        using var folder = new TempFolder();
        var path = folder.File("finance.parquet");
        await ParquetTables.FinanceCommitments.WriteFileAsync(path, commitments.ToAsyncEnumerable(), cancellationToken: TestContext.Current.CancellationToken);
        File.AppendAllText("/tmp/dbg.txt", "written\n");
        using var duck = new DuckDb();
        var rows = duck.Query($"""
            SELECT recipient, SUM(adjusted_constant_usd2021.amount), COUNT(adjusted_constant_usd2021)
            FROM read_parquet({DuckDb.Quote(path)})
            WHERE recommended_for_aggregates AND NOT umbrella
            GROUP BY recipient ORDER BY recipient
            """);
        File.AppendAllText("/tmp/dbg.txt", "queried\n");
        var expected = commitments.GroupBy(c => c.Recipient.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Total: g.TotalForAggregates()))
            .Where(g => g.Total.Counted + g.Total.WithoutAmount > 0)
            .ToList();
        Assert.True(expected.Count > 100, $"{expected.Count} recipients");
        Assert.Equal(
            expected.Select(g => $"{g.Key} {(g.Total.Counted == 0 ? "-" : LeafAmount(g.Total.Amount.Amount))} {g.Total.Counted}"),
            rows.Select(r => $"{r[0]} {(r[1] is null ? "-" : LeafAmount(r[1]!))} {r[2]}"));
    }

    [Fact]
    public async Task DuckDb_unnests_the_nested_lists_as_the_model_holds_them()
    {
        var dataset = ReferenceData.XianSummit2023;
        using var folder = new TempFolder();
        var leaders = folder.File("leaders.parquet");
        var projects = folder.File("projects.parquet");
        await ParquetTables.Leaders.WriteFileAsync(leaders, dataset.Leaders.ToAsyncEnumerable(), cancellationToken: TestContext.Current.CancellationToken);
        await ParquetTables.Projects.WriteFileAsync(projects, dataset.Projects.ToAsyncEnumerable(), cancellationToken: TestContext.Current.CancellationToken);
        using var duck = new DuckDb();

        // Who held which office from when: one row per term.
        var terms = duck.Query($"SELECT id, t.office.title, t.start, t.\"end\" FROM read_parquet({DuckDb.Quote(leaders)}), unnest(terms) AS u(t) ORDER BY id, t.start");
        var expectedTerms = dataset.Leaders.SelectMany(l => l.Terms.Select(t => (Id: l.Id.ToString(), t.Office.Title, Start: t.Start.ToDateOnly(), End: t.End?.ToDateOnly())))
            .OrderBy(t => t.Id, StringComparer.Ordinal).ThenBy(t => t.Start).ToList();
        Assert.Equal(expectedTerms.Select(t => $"{t.Id} {t.Title} {t.Start:O} {t.End:O}"), terms.Select(r => $"{r[0]} {r[1]} {(DateOnly)r[2]!:O} {(r[3] is DateOnly e ? e.ToString("O", null) : string.Empty)}"));

        // Each status change with its date's first day and precision.
        var history = duck.Query($"SELECT id, h.status, h.date.start, h.date.precision FROM read_parquet({DuckDb.Quote(projects)}), unnest(history) AS u(h) ORDER BY id, h.date.start, h.status");
        var expectedHistory = dataset.Projects.SelectMany(p => p.History.Select(h => (Id: p.Id.ToString(), Status: Columnar.Internal.EnumText<Infrastructure.ProjectStatus>.Name(h.Status).ToString(), h.Date)))
            .OrderBy(h => h.Id, StringComparer.Ordinal).ThenBy(h => h.Date.Start).ThenBy(h => h.Status, StringComparer.Ordinal).ToList();
        Assert.Equal(
            expectedHistory.Select(h => $"{h.Id} {h.Status} {h.Date.Start.ToDateOnly():O} {h.Date.Precision.ToString().ToLowerInvariant()}"),
            history.Select(r => $"{r[0]} {r[1]} {(DateOnly)r[2]!:O} {r[3]}"));
    }

    [Fact]
    public async Task What_DuckDb_writes_of_each_table_we_read_back_equal()
    {
        var dataset = ReferenceData.XianSummit2023;
        await Same(ParquetTables.Leaders, dataset.Leaders.ToArray());
        await Same(ParquetTables.Projects, dataset.Projects.ToArray());
        await Same(ParquetTables.Commitments, dataset.Declarations.SelectMany(d => d.Commitments).ToArray());
        await Same(ParquetTables.FinanceCommitments, Generated(500));
        await Same(ParquetTables.Leaders, Support.Records.Representable(DomainGen.Leader).Sample(10, 200).ToArray());
        await Same(ParquetTables.Projects, Support.Records.Representable(DomainGen.Project).Sample(10, 200).ToArray());

        static async Task Same<T>(ParquetTable<T> table, T[] records)
            where T : class
        {
            using var folder = new TempFolder();
            var ours = folder.File("ours.parquet");
            var theirs = folder.File("theirs.parquet");
            await table.WriteFileAsync(ours, records.ToAsyncEnumerable(), cancellationToken: TestContext.Current.CancellationToken);

            // DuckDB's own writer: every column optional, its own row groups and encodings, no centralasia metadata.
            using (var duck = new DuckDb())
            {
                duck.Execute($"COPY (SELECT * FROM read_parquet({DuckDb.Quote(ours)})) TO {DuckDb.Quote(theirs)} (FORMAT parquet, ROW_GROUP_SIZE 64)");
            }

            var read = await table.ReadFileAsync(theirs, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal(records, read);
        }
    }

    // GCDF-like records in volume: every recipient, cents, and now and then an umbrella, a record not for totals, or no amount.
    internal static FinanceCommitment[] Generated(int count, int seed = 20250617)
    {
        var random = new Random(seed);
        var recipients = CountryCode.All.Where(c => c != CountryCode.China).ToArray();
        string[] lenders = ["China Development Bank", "Export-Import Bank of China (China Eximbank)", "Ministry of Commerce of the People's Republic of China (MOFCOM)"];
        return [.. Enumerable.Range(1, count).Select(id =>
        {
            var usd = random.Next(8) == 0 ? (Money?)null : new Money(new decimal(random.NextInt64(0, 90_000_000_000)) / 100m, CurrencyCode.Usd);
            var year = 2000 + random.Next(22);
            return new FinanceCommitment(
                id, recipients[random.Next(recipients.Length)], $"Project {id}", [lenders[random.Next(lenders.Length)]], random.Next(3) == 0 ? "Grant" : "Loan",
                (FinanceFlowClass)(1 + random.Next(3)), (FinanceStatus)(1 + random.Next(6)), sector: random.Next(4) == 0 ? null : "ENERGY",
                committed: random.Next(2) == 0 ? PartialDate.FromYear(year) : PartialDate.FromDate(new NodaTime.LocalDate(year, 1 + random.Next(12), 1 + random.Next(28))),
                amount: usd, constantUsd2021: usd, adjustedConstantUsd2021: usd, recommendedForAggregates: random.Next(10) != 0, umbrella: random.Next(15) == 0,
                citations: [SourceId.Parse("gcdf-3")]);
        })];
    }

    // Both sides as normalized decimals: DuckDB gives decimal(38,6) sums, the model its own scale.
    private static string LeafAmount(object value) => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture) is var d ? (d / 1.0000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;

    private static async Task<List<string>> Describe<T>(ParquetTable<T> table, IEnumerable<T> records)
        where T : class
    {
        using var folder = new TempFolder();
        var path = folder.File("table.parquet");
        await table.WriteFileAsync(path, records.ToAsyncEnumerable(), cancellationToken: TestContext.Current.CancellationToken);
        using var duck = new DuckDb();
        return [.. duck.Query($"DESCRIBE SELECT * FROM read_parquet({DuckDb.Quote(path)})").Select(r => $"{r[0]} {r[1]}")];
    }
}
