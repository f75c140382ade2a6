using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Internal;
using CentralAsia.Domain.Columnar.Internal.Records;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Columnar.Tests.Support;
using CentralAsia.Domain.Reference;
using FsCheck.Fluent;
using Xunit;

namespace CentralAsia.Domain.Columnar.Tests.Records;

// Each bad value is an error at its row and column, with the list item; every error of a row at once; the file's own
// faults (columns, types, identity, damaged levels) are errors of the file. Nothing is read as a default.
public sealed class RecordErrorTests
{
    private const string Term = """{"office":{"title":"President","role":"head-of-state"},"start":"2019-03-20","end":"2019-06-12","kind":"acting"}""";
    private const string GoodLeader = """{"id":"a-b","name":{"preferred":"A B"},"country":"KZ","terms":[""" + Term + "]}";

    [Fact]
    public async Task Every_bad_value_of_a_leader_is_an_error_at_its_column_and_list_item()
    {
        var leader = """{"id":"a-b","name":{"preferred":"A B","aliases":[{"text":"AB","kind":"nope"}]},"country":"KAZ","birthDate":"1953-05","terms":[""" + Term +
            """,{"office":{"title":"President","role":"head-of-state"},"start":"2019-06-12","end":"2019-01-01","kind":"elected","citations":["h9","h9"]}]}""";
        Assert.Equal(
            [
                "row 1, column 'name.aliases[0].kind': enum.undefined: 'nope' is not a NameAliasKind; expected one of: transliteration, native-script, former-name, epithet, short-form.",
                "row 1, column 'country': country.code.invalid: 'KAZ' is not a country code: expected ISO 3166-1 alpha-2 (\"KZ\"), alpha-3 (\"KAZ\") or numeric (\"398\").",
                "row 1, column 'terms[1].end': interval.reversed: The term ends (2019-01-01) on or before it starts (2019-06-12); the end is the successor's first day.",
                "row 1, column 'terms[1].citations[1]': collection.duplicate: 'h9' is already at index 0.",
            ],
            await Support.Records.ErrorsAsync(ParquetTables.Leaders, await Support.Records.CraftAsync(RecordColumns.Leader, [GoodLeader, leader])).ContinueWith(t => t.Result.Select(l => l.Replace("row 2", "row 1", StringComparison.Ordinal)).ToList(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Every_bad_value_of_a_finance_commitment_is_an_error_at_its_column()
    {
        var finance = """{"recordId":0,"recipient":"CN","title":"T","fundingAgencies":["X","X"],"flowType":"Loan","flowClass":"oda","status":"pledged","amount":{"amount":-5,"currency":"usd"},"adjustedConstantUsd2021":{"amount":5,"currency":"CNY"}}""";
        Assert.Equal(
            [
                "row 1, column 'record_id': number.out-of-range: The record id 0 is not one or more.",
                "row 1, column 'recipient': finance.recipient.is-lender: China is the lender of Chinese official finance, not its recipient.",
                "row 1, column 'funding_agencies[1]': collection.duplicate: 'X' is already at index 0.",
                "row 1, column 'flow_class': enum.undefined: 'oda' is not a FinanceFlowClass; expected one of: oda-like, oof-like, vague.",
                "row 1, column 'amount.amount': money.negative: The amount -5 is negative; it must be zero or more.",
                "row 1, column 'amount.currency': currency.code.invalid: 'usd' is not a currency code: expected three letters (ISO 4217, e.g. \"USD\").",
                "row 1, column 'adjusted_constant_usd2021.currency': money.currency-mismatch: A constant-2021-dollar amount is in USD, not CNY.",
            ],
            await Support.Records.ErrorsAsync(ParquetTables.FinanceCommitments, await Support.Records.CraftAsync(RecordColumns.FinanceCommitment, [finance])));
    }

    [Fact]
    public async Task Reading_stops_at_the_first_bad_row_with_all_its_errors_and_validating_goes_to_the_end()
    {
        var bad = GoodLeader.Replace("\"KZ\"", "\"XX\"", StringComparison.Ordinal);
        var file = await Support.Records.CraftAsync(RecordColumns.Leader, [GoodLeader, bad, GoodLeader, bad]);
        using var stream = new MemoryStream(file);
        var read = new List<string>();
        var e = await Assert.ThrowsAsync<ColumnarDataException>(async () =>
        {
            await foreach (var leader in ParquetTables.Leaders.ReadAsync(stream, TestContext.Current.CancellationToken))
            {
                read.Add(leader.Id.ToString());
            }
        });
        Assert.Equal(["a-b"], read);
        Assert.Equal(2, e.Errors.Single().Row);
        Assert.Equal("country", e.Errors.Single().Column);
        Assert.Equal([2L, 4L], (await Support.Records.ErrorsAsync(ParquetTables.Leaders, file)).Select(l => long.Parse(l.Split(',')[0]["row ".Length..], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_required_value_left_out_is_required_at_its_column()
    {
        var file = await Support.Records.CraftAsync(RecordColumns.Leader, ["""{"id":"a-b","name":{"preferred":"A B"},"country":"KZ"}"""]);
        var error = Assert.Single(await Support.Records.ErrorsAsync(ParquetTables.Leaders, file));
        Assert.StartsWith("row 1, column 'terms': json.property.missing:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_boolean_written_by_an_engine_is_an_error_never_false()
    {
        var file = await Rewritten(ParquetTables.FinanceCommitments, Finance(), "SELECT * REPLACE (NULL::BOOLEAN AS umbrella) FROM {0}");
        Assert.Equal(["row 1, column 'umbrella': value.required: The column holds null; the record says true or false."], await Support.Records.ErrorsAsync(ParquetTables.FinanceCommitments, file));
    }

    [Fact]
    public async Task A_partial_date_must_start_on_the_first_day_of_its_precision()
    {
        var file = await Rewritten(ParquetTables.FinanceCommitments, Finance(), "SELECT * REPLACE ({'start': DATE '2014-05-03', 'precision': 'year'} AS committed) FROM {0}");
        Assert.Equal(
            ["row 1, column 'committed.start': columnar.value.not-canonical: A partial date of precision 'year' starts on the first day of its year; 2014-05-03 does not. Write 2014 as its first day, or give the precision 'day'."],
            await Support.Records.ErrorsAsync(ParquetTables.FinanceCommitments, file));
        file = await Rewritten(ParquetTables.FinanceCommitments, Finance(), "SELECT * REPLACE ({'start': DATE '2014-05-01', 'precision': 'week'} AS committed) FROM {0}");
        Assert.Equal(
            ["row 1, column 'committed.precision': enum.undefined: 'week' is not a precision of a partial date; expected one of: day, month, year."],
            await Support.Records.ErrorsAsync(ParquetTables.FinanceCommitments, file));
    }

    [Fact]
    public async Task Columns_missing_unknown_or_of_another_type_are_refused_by_name_at_any_depth()
    {
        var leaders = ReferenceData.XianSummit2023.Leaders.Take(2);
        var file = await Rewritten(ParquetTables.Leaders, leaders,
            "SELECT * EXCLUDE (citations) REPLACE (42 AS country, list_transform(terms, t -> {'office': t.office, 'start': t.start, 'end': t.end, 'kind': t.kind, 'citations': t.citations, 'extra': 1}) AS terms), 1.5::DOUBLE AS weight FROM {0}");
        Assert.Equal(
            [
                "column 'country': columnar.column.type: The column is int32; the schema gives it string.",
                "column 'terms.extra': columnar.column.unknown: The 'leader' schema has no column 'terms.extra'; it is refused rather than dropped. The columns of 'terms': office, start, end, kind, citations.",
                "column 'weight': columnar.column.unknown: The 'leader' schema has no column 'weight'; it is refused rather than dropped. The columns: id, name, country, birth_date, terms, citations.",
                "column 'citations': columnar.column.missing: The 'leader' schema requires the column 'citations'.",
            ],
            (await Support.Records.ErrorsAsync(ParquetTables.Leaders, file)).Order(StringComparer.Ordinal).ToArray().OrderBy(l => l.Contains("missing", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_file_of_another_record_or_schema_version_is_refused_with_what_to_do()
    {
        var leaders = await Support.Records.ToParquetAsync(ParquetTables.Leaders, ReferenceData.XianSummit2023.Leaders.Take(1));
        Assert.Equal(["columnar.record.mismatch: The file holds 'leader' records, not 'project'."], await Support.Records.ErrorsAsync(ParquetTables.Projects, leaders));
        var newer = await Support.Records.CraftAsync(RecordColumns.Leader, [GoodLeader], metadata: ParquetWriting.Metadata("leader", 2, null));
        Assert.Equal(
            ["columnar.schema.version.unsupported: The file has schema version '2' of 'leader'; this library reads version 1. Read it with the library version that wrote it, or convert it."],
            await Support.Records.ErrorsAsync(ParquetTables.Leaders, newer));
    }

    [Fact]
    public async Task A_trade_flow_file_is_not_read_as_records_nor_records_as_trade_flows()
    {
        var flows = await Flows.ToParquetAsync(Flows.Generate(2));
        Assert.Equal(["columnar.record.mismatch: The file holds 'trade-flow' records, not 'commitment'."], await Support.Records.ErrorsAsync(ParquetTables.Commitments, flows));
        var commitments = await Support.Records.ToParquetAsync(ParquetTables.Commitments, ReferenceData.XianSummit2023.Declarations.SelectMany(d => d.Commitments).Take(1));
        using var stream = new MemoryStream(commitments);
        var errors = await TradeFlowParquet.ValidateAsync(stream, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(ColumnarErrorCodes.RecordMismatch, Assert.Single(errors).Code);
    }

    [Fact]
    public async Task Columns_that_disagree_about_a_rows_list_items_end_the_file_with_an_error()
    {
        // The history's status column says the second project has two changes, its other columns one.
        var project = """{"id":"p","name":"P","kind":"railway","route":["KG"],"history":[{"status":"proposed","date":"2020"}]}""";
        var status = RecordColumns.Project.Leaves.Single(l => l.JsonName == "status").Index;
        var file = await Support.Records.CraftAsync(RecordColumns.Project, [project, project], s => s.Leaf(status).Text("agreed".AsMemory(), 1));
        var error = Assert.Single(await Support.Records.ErrorsAsync(ParquetTables.Projects, file));
        Assert.Equal("column 'history.date.start': columnar.format.invalid: Row group 0, row 2: the file is damaged. The column 'history.date.start' does not hold the items its sibling columns say the row has.", error);
    }

    [Fact]
    public async Task Hostile_bytes_are_errors_of_the_file()
    {
        var file = await Support.Records.ToParquetAsync(ParquetTables.Projects, ReferenceData.XianSummit2023.Projects);
        byte[][] damaged = [[], "PAR1"u8.ToArray(), file[..(file.Length / 2)], [.. file[..^4], .. "PAR0"u8.ToArray()], [.. "XXXX"u8.ToArray(), .. file[4..]]];
        foreach (var bytes in damaged)
        {
            var errors = await Support.Records.ErrorsAsync(ParquetTables.Projects, bytes);
            Assert.StartsWith("columnar.format.invalid:", Assert.Single(errors), StringComparison.Ordinal);
        }

        // Every single byte of a small file set to 0xFF: an error or valid records, never another exception.
        var small = await Support.Records.ToParquetAsync(ParquetTables.Projects, ReferenceData.XianSummit2023.Projects.Take(1));
        for (var i = 0; i < small.Length; i++)
        {
            var copy = (byte[])small.Clone();
            copy[i] = 0xFF;
            _ = await Support.Records.ErrorsAsync(ParquetTables.Projects, copy);
        }
    }

    [Fact]
    public async Task Arguments_are_checked_before_anything_is_read()
    {
        var token = TestContext.Current.CancellationToken;
        Assert.Throws<ArgumentNullException>(() => ParquetTables.Leaders.ReadAsync(null!, token));
        Assert.Throws<ArgumentException>(() => ParquetTables.Leaders.ReadFileAsync(string.Empty, token));
        Assert.Throws<ArgumentNullException>(() => ParquetTables.Leaders.ValidateAsync(null!, token));
        await Assert.ThrowsAsync<ArgumentNullException>(() => ParquetTables.Leaders.WriteAsync(null!, AsyncEnumerable.Empty<People.Leader>(), cancellationToken: token));
        await Assert.ThrowsAsync<ArgumentNullException>(() => ParquetTables.Leaders.WriteFileAsync("x.parquet", null!, cancellationToken: token));
        using var stream = new MemoryStream();
        await Assert.ThrowsAsync<ArgumentNullException>(() => ParquetTables.Leaders.WriteAsync(stream, new People.Leader[] { null! }.ToAsyncEnumerable(), cancellationToken: token));
    }

    [Fact]
    public async Task An_amount_finer_than_the_columns_scale_is_refused_never_rounded()
    {
        var finance = Finance().Single();
        var fine = finance.With(amount: new Values.Money(1.0000001m, Values.CurrencyCode.Usd)).Value;
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Support.Records.ToParquetAsync(ParquetTables.FinanceCommitments, [fine]));
        Assert.Contains("1.0000001 at '/amount/amount'", e.Message, StringComparison.Ordinal);
        Assert.Contains(ColumnarErrorCodes.ValueNotRepresentable, e.Message, StringComparison.Ordinal);
    }

    internal static Finance.FinanceCommitment[] Finance() =>
        [Support.Records.Representable(CentralAsia.Domain.Tests.Generators.DomainGen.FinanceCommitment).Sample(1, 1).Single().With(umbrella: true, committed: Values.PartialDate.FromYear(2014)).Value];

    // Our file of the records, rewritten by DuckDB through a SELECT over it ({0}).
    internal static async Task<byte[]> Rewritten<T>(ParquetTable<T> table, IEnumerable<T> records, string select)
        where T : class
    {
        using var folder = new TempFolder();
        var ours = folder.File("ours.parquet");
        await File.WriteAllBytesAsync(ours, await Support.Records.ToParquetAsync(table, records), TestContext.Current.CancellationToken);
        return Crafted.File(select.Replace("{0}", DuckDb.Quote(ours), StringComparison.Ordinal));
    }
}
