using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Import.Comtrade;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using Xunit;
using static CentralAsia.Domain.Import.Tests.Comtrade.ComtradeFiles;

namespace CentralAsia.Domain.Import.Tests.Comtrade;

/// <summary>The three layouts, the edges of CSV and JSON, hostile files, the error policies and the summary.</summary>
public class ComtradeFileTests
{
    private static readonly Dictionary<string, string>[] Three =
    [
        Row(),
        Row(("flowCode", "M"), ("reporterCode", "398"), ("reporterISO", "KAZ"), ("partnerCode", "156"), ("partnerISO", "CHN"), ("cifvalue", "17200000000.50"), ("primaryValue", "17200000000.50"), ("fobvalue", "")),
        Row(("partnerCode", "0"), ("partnerISO", "W00")),
    ];

    [Fact]
    public void Csv_tsv_quoted_bom_crlf_and_json_read_the_same_flows()
    {
        var expected = Import.Read(ComtradeFiles.Csv(CurrentHeader, Three)).Records.Select(r => r.Flow).ToList();
        Assert.Equal(2, expected.Count);
        var variants = new[]
        {
            Import.Read(ComtradeFiles.Csv(CurrentHeader, Three, '\t'), file: "t.tsv"),
            Import.Read(ComtradeFiles.Csv(CurrentHeader, Three, quoteAll: true, newLine: "\r\n"), bom: true),
            Import.Read(ComtradeFiles.Json(Three), file: "t.json"),
            Import.Read(ComtradeFiles.Json(Three), file: "t.json", bom: true),
        };
        foreach (var (records, summary) in variants)
        {
            Assert.Equal(expected, records.Select(r => r.Flow));
            Assert.Equal((3L, 2L, 1L, 0L), (summary.RowsRead, summary.Imported, summary.SkippedTotal, summary.Rejected));
            Assert.True(summary.Completed);
        }

        Assert.Equal("UN Comtrade (current field names), JSON", variants[2].Summary.Format);
        Assert.Equal("/data/1", variants[2].Records[1].JsonPointer);
        Assert.Equal(3, variants[1].Records[1].Line);
    }

    [Fact]
    public void A_quoted_comma_and_a_quoted_line_break_stay_inside_their_value()
    {
        var rows = new[] { Row(("cmdDesc", "Petroleum oils, crude; \"heavy\"\nand light")), Row(("partnerCode", "417"), ("partnerISO", "KGZ")) };
        var (records, summary) = Import.Read(ComtradeFiles.Csv(CurrentHeader, rows));
        Assert.Equal(2, records.Count);
        Assert.Equal(4, records[1].Line); // the first row spans lines 2 and 3
        Assert.Equal(0, summary.Rejected);
    }

    [Fact]
    public void The_legacy_csv_maps_by_its_own_names_and_codes()
    {
        var row = new System.Collections.Generic.Dictionary<string, string>
        {
            ["Classification"] = "H4", ["Year"] = "2016", ["Period"] = "201603", ["Trade Flow Code"] = "2", ["Reporter Code"] = "860", ["Reporter ISO"] = "UZB",
            ["Partner Code"] = "156", ["Partner ISO"] = "CHN", ["2nd Partner Code"] = "", ["Commodity Code"] = "5201", ["Qty Unit Code"] = "8", ["Qty"] = "1000",
            ["Netweight (kg)"] = "1000", ["Trade Value (US$)"] = "1650000", ["Flag"] = "0",
        };
        var reexport = new System.Collections.Generic.Dictionary<string, string>(row) { ["Trade Flow Code"] = "3", ["Flag"] = "2" };
        var (records, summary) = Import.Read(ComtradeFiles.Csv(LegacyHeader, [row, reexport]));
        Assert.Equal("UN Comtrade legacy CSV, CSV", summary.Format);
        var flow = records[0].Flow;
        Assert.Equal((CountryCode.Uzbekistan, FlowDirection.Export, TradePeriod.ForMonth(2016, 3), HsCode.Parse("H4:5201")), (flow.Reporter, flow.Direction, flow.Period, flow.Commodity!.Value));
        Assert.Equal(Money.Parse("1650000 USD"), flow.Value);
        Assert.Equal(FlowDirection.ReExport, records[1].Flow.Direction);
        Assert.True(records[1].QuantityEstimated);
        Assert.False(records[0].QuantityEstimated);

        var wrongYear = new System.Collections.Generic.Dictionary<string, string>(row) { ["Year"] = "2015" };
        Assert.Equal(ImportErrorCodes.ValuesDisagree, Import.Fails(ComtradeFiles.Csv(LegacyHeader, [wrongYear])).Errors.Single().Code);
        var wrongFlow = new System.Collections.Generic.Dictionary<string, string>(row) { ["Trade Flow Code"] = "M" };
        Assert.Equal(ImportErrorCodes.ValueInvalid, Import.Fails(ComtradeFiles.Csv(LegacyHeader, [wrongFlow])).Errors.Single().Code);
    }

    [Fact]
    public void A_header_without_a_required_column_is_refused_naming_it()
    {
        var header = CurrentHeader.Where(h => h != "cmdCode").ToArray();
        var e = Assert.Single(Import.Fails(ComtradeFiles.Csv(header, Three)).Errors);
        Assert.Equal(ImportErrorCodes.ColumnMissing, e.Code);
        Assert.Equal("cmdCode", e.Column);
        Assert.Contains("'cmdCode'", e.Message, StringComparison.Ordinal);

        var unknown = Assert.Single(Import.Fails("a,b,c\n1,2,3\n").Errors);
        Assert.Equal(ImportErrorCodes.FileUnknownLayout, unknown.Code);
        // Sep refuses a header that names a column twice; the JSON reader reports it as a duplicate column.
        var twice = Assert.Single(Import.Fails(ComtradeFiles.Csv([.. CurrentHeader, "cmdCode"], Three)).Errors);
        Assert.Equal(ImportErrorCodes.FileMalformed, twice.Code);
        Assert.Contains("cmdCode", twice.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"data\": 5}", ImportErrorCodes.FileUnknownLayout)]
    [InlineData("{\"count\": 1}", ImportErrorCodes.FileUnknownLayout)]
    [InlineData("{\"data\": [ {\"freqCode\": \"A\"", ImportErrorCodes.FileMalformed)]
    [InlineData("{\"data\": [ 1 ]}", ImportErrorCodes.FileMalformed)]
    [InlineData("{\"data\": [ {\"primaryValue\": {\"x\": 1}} ]}", ImportErrorCodes.ValueInvalid)]
    [InlineData("{\"data\": [ {\"primaryValue\": 1, \"primaryValue\": 2} ]}", ImportErrorCodes.ColumnDuplicate)]
    [InlineData("{\"data\": [ {\"primaryValue\": 1} ]}", ImportErrorCodes.ColumnMissing)]
    [InlineData("{\"data\": [ ], }", ImportErrorCodes.FileMalformed)]
    [InlineData("{\"data\": [ ]} {}", ImportErrorCodes.FileMalformed)]
    [InlineData("{\"data\": [ ], \"data\": [ ]}", ImportErrorCodes.FileMalformed)]
    public void Broken_json_is_one_clear_error(string json, string code)
    {
        var e = Assert.Single(Import.Fails(json, file: "bad.json").Errors);
        Assert.Equal(code, e.Code);
        Assert.Equal("bad.json", e.File);
    }

    [Fact]
    public void An_empty_result_is_zero_rows()
    {
        var (records, summary) = Import.Read("{\"elapsedTime\":\"0 secs\",\"count\":0,\"data\":[],\"error\":\"\"}", file: "none.json");
        Assert.Empty(records);
        Assert.Equal(0, summary.RowsRead);
        Assert.True(summary.Completed);
    }

    [Fact]
    public void A_record_of_more_than_two_mebibytes_is_refused_not_buffered_without_end()
    {
        var huge = "{\"data\": [ {\"cmdDesc\": \"" + new string('x', 3 << 20) + "\"} ]}";
        Assert.Equal(ImportErrorCodes.ValueTooLong, Assert.Single(Import.Fails(huge, file: "huge.json").Errors).Code);
    }

    [Fact]
    public void A_huge_csv_value_in_an_unused_column_is_read_past_and_in_a_used_one_is_an_error()
    {
        var (records, _) = Import.Read(ComtradeFiles.Csv(CurrentHeader, [Row(("cmdDesc", new string('x', 2 << 20)))]));
        Assert.Single(records);
        Assert.Equal(ImportErrorCodes.ValueInvalid, Import.Fails(ComtradeFiles.Csv(CurrentHeader, [Row(("primaryValue", new string('7', 2 << 20)))])).Errors.Single().Code);
    }

    [Fact]
    public void Broken_csv_is_one_clear_error_with_its_line()
    {
        var text = ComtradeFiles.Csv(CurrentHeader, Three) + "C,A,1\n";
        var e = Assert.Single(Import.Fails(text).Errors);
        Assert.Equal(ImportErrorCodes.FileMalformed, e.Code);
        Assert.Equal(5, e.Line);

        var notUtf8 = new MemoryStream([.. Encoding.UTF8.GetBytes(ComtradeFiles.Csv(CurrentHeader, Three)), 0xC3, 0x28, (byte)'\n']);
        var f = Assert.Throws<ImportException>(() => ComtradeImport.Open(notUtf8, "latin.csv", Import.Options()).ReadAll(Xunit.TestContext.Current.CancellationToken).ToList());
        Assert.Equal(ImportErrorCodes.FileMalformed, f.Errors.Single().Code);
        Assert.Contains("UTF-8", f.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_policies_stop_at_the_first_at_a_limit_or_never_and_the_counts_add_up()
    {
        var rows = Enumerable.Range(0, 10).Select(i => i % 2 == 0 ? Row(("primaryValue", "bad")) : Row(("partnerCode", "0"), ("partnerISO", "W00"))).Append(Row()).ToArray();
        var text = ComtradeFiles.Csv(CurrentHeader, rows);

        var first = Import.Fails(text);
        Assert.Single(first.Errors);
        Assert.Equal((1L, 1L), (first.Summary.RowsRead, first.Summary.Rejected));
        Assert.False(first.Summary.Completed);

        var three = Import.Fails(text, ImportErrorPolicy.CollectUpTo(3));
        Assert.Equal(3, three.Errors.Count);
        Assert.Equal(5L, three.Summary.RowsRead);
        Import.AddsUp(three.Summary);

        var (records, all) = Import.Read(text, ImportErrorPolicy.CollectAll);
        Assert.Single(records);
        Assert.Equal((11L, 1L, 5L, 5L), (all.RowsRead, all.Imported, all.SkippedTotal, all.Rejected));
        Assert.Equal(5, all.Errors.Count);
        Assert.Equal([2L, 4L, 6L, 8L, 10L], all.Errors.Select(e => e.Line!.Value));
        Import.AddsUp(all);
        Assert.Contains("11 rows read, 1 imported, 5 skipped, 5 rejected", all.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ImportErrorPolicy.CollectUpTo(0));
    }

    [Fact]
    public async Task The_async_path_reads_the_same_as_the_sync_path()
    {
        foreach (var text in new[] { ComtradeFiles.Csv(CurrentHeader, Three), ComtradeFiles.Json(Three) })
        {
            var sync = Import.Read(text);
            var asynchronous = await Import.ReadAsync(text);
            Assert.Equal(sync.Records, asynchronous.Records);
            Assert.Equal(sync.Summary.ToString(), asynchronous.Summary.ToString());
        }

        var e = await Assert.ThrowsAsync<ImportException>(async () => await Import.ReadAsync(ComtradeFiles.Csv(CurrentHeader, [Row(("primaryValue", ""))])));
        Assert.Equal(ImportErrorCodes.ValueMissing, e.Errors.Single().Code);
    }

    [Fact]
    public async Task Cancellation_stops_between_rows()
    {
        var text = ComtradeFiles.Csv(CurrentHeader, Enumerable.Repeat(Row(), 100));
        using var cancel = new CancellationTokenSource();
        var import = ComtradeImport.Open(Import.Stream(text), "t.csv", Import.Options(ImportErrorPolicy.CollectAll));
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in import.ReadAllAsync(cancel.Token))
            {
                if (++seen == 3)
                {
                    await cancel.CancelAsync();
                }
            }
        });
        Assert.Equal(3, seen);
        Assert.Throws<OperationCanceledException>(() => ComtradeImport.Open(Import.Stream(text), "t.csv", Import.Options()).ReadAll(new CancellationToken(true)).ToList());
    }

    [Fact]
    public void A_reader_is_read_once_and_a_file_on_disk_reads_like_a_stream()
    {
        var path = Path.Combine(Path.GetTempPath(), $"comtrade-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, ComtradeFiles.Csv(CurrentHeader, Three));
        try
        {
            var import = ComtradeImport.Open(path, Import.Options());
            Assert.Equal(2, import.ReadAll(Xunit.TestContext.Current.CancellationToken).Count());
            Assert.Throws<InvalidOperationException>(() => import.ReadAll(Xunit.TestContext.Current.CancellationToken));
            Assert.Equal(Path.GetFileName(path), import.Summary.File);
            var source = Import.Source.ToSource(import.Summary);
            Assert.Contains("retrieved 2026-11-30: 3 rows read, 2 imported", source.Title, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Throws<FileNotFoundException>(() => ComtradeImport.Open(path, Import.Options()).ReadAll(Xunit.TestContext.Current.CancellationToken).ToList());
        Assert.Throws<ArgumentNullException>(() => ComtradeImport.Open((Stream)null!, "x", Import.Options()));
        Assert.Throws<ArgumentException>(() => ComtradeImport.Open("", Import.Options()));
    }

    [Fact]
    public void An_error_reads_as_file_line_column_code_and_message()
    {
        var e = Import.Fails(ComtradeFiles.Csv(CurrentHeader, [Row(("primaryValue", "x"))]), file: "cn.csv").Errors.Single();
        Assert.Equal("cn.csv:2: column 'primaryValue': import.value.invalid: 'x' is not a number.", e.ToString());
        var j = Import.Fails(ComtradeFiles.Json([Row(("primaryValue", "x"))]), file: "cn.json").Errors.Single();
        Assert.Equal("cn.json: /data/0/primaryValue: column 'primaryValue': import.value.invalid: 'x' is not a number.", j.ToString());
    }
}
