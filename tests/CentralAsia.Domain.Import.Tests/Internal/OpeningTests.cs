using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Import.Comtrade;
using CentralAsia.Domain.Import.Gcdf;
using CentralAsia.Domain.Values;
using NodaTime;
using Xunit;
using Comtrade = CentralAsia.Domain.Import.Tests.Comtrade;
using GcdfFiles = CentralAsia.Domain.Import.Tests.Gcdf.GcdfFiles;

namespace CentralAsia.Domain.Import.Tests.Internal;

// Opening an import: its arguments checked at once, the format told from the first bytes (JSON after any white space),
// and the asynchronous path reading asynchronously throughout.
public sealed class OpeningTests
{
    private static readonly ImportSource Gcdf = new(SourceId.Parse("aiddata-gcdf-3"), "AidData", new Uri("https://www.aiddata.org/"), new LocalDate(2026, 11, 30));

    [Fact]
    public void Arguments_are_checked_when_the_import_is_opened()
    {
        var comtrade = Comtrade.Import.Options();
        var gcdf = new GcdfImportOptions(Gcdf);
        using var stream = new MemoryStream();
        Assert.Throws<ArgumentException>(() => ComtradeImport.Open(string.Empty, comtrade));
        Assert.Throws<ArgumentNullException>(() => ComtradeImport.Open((string)null!, comtrade));
        Assert.Throws<ArgumentNullException>(() => ComtradeImport.Open("a.csv", null!));
        Assert.Throws<ArgumentNullException>(() => ComtradeImport.Open(null!, "a.csv", comtrade));
        Assert.Throws<ArgumentNullException>(() => ComtradeImport.Open(stream, null!, comtrade));
        Assert.Throws<ArgumentNullException>(() => ComtradeImport.Open(stream, "a.csv", null!));
        Assert.Throws<ArgumentException>(() => GcdfImport.Open(string.Empty, gcdf));
        Assert.Throws<ArgumentNullException>(() => GcdfImport.Open("a.csv", null!));
        Assert.Throws<ArgumentNullException>(() => GcdfImport.Open(null!, "a.csv", gcdf));
        Assert.Throws<ArgumentNullException>(() => GcdfImport.Open(stream, null!, gcdf));
        Assert.Throws<ArgumentNullException>(() => GcdfImport.Open(stream, "a.csv", null!));
        Assert.Throws<ArgumentNullException>(() => GcdfImport.Open(stream, "a.csv", gcdf with { ProjectLinks = null! }));
        Assert.Throws<ArgumentException>(() => GcdfImport.Open(stream, "a.csv", gcdf with { Sheet = string.Empty }));
    }

    [Theory]
    [InlineData(" \t\r\n{")]
    [InlineData("\n\n{")]
    public void A_response_after_white_space_is_read_as_json(string start)
    {
        var json = Comtrade.ComtradeFiles.Json([Comtrade.ComtradeFiles.Row()]);
        var (records, summary) = Comtrade.Import.Read(start + json[1..], file: "r.txt");
        Assert.Single(records);
        Assert.EndsWith(", JSON", summary.Format, StringComparison.Ordinal);
    }

    /// <summary>A stream handed over part-way (after bytes of the caller's own) is read from where it stands, BOM and all.</summary>
    [Theory]
    [InlineData("csv", false)]
    [InlineData("csv", true)]
    [InlineData("json", false)]
    [InlineData("json", true)]
    public void A_seekable_stream_is_read_from_its_position_not_its_start(string layout, bool bom)
    {
        var row = Comtrade.ComtradeFiles.Row();
        var text = layout == "json" ? Comtrade.ComtradeFiles.Json([row]) : Comtrade.Import.CurrentCsv(row);
        var body = (bom ? System.Text.Encoding.UTF8.GetPreamble() : []).Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray();
        var junk = System.Text.Encoding.UTF8.GetBytes("not,part,of,the,file\n{[");
        using var stream = new MemoryStream([.. junk, .. body]) { Position = junk.Length };
        var import = ComtradeImport.Open(stream, "mid.csv", Comtrade.Import.Options());
        Assert.Single(import.ReadAll(TestContext.Current.CancellationToken));
        Assert.Equal(layout == "json" ? "JSON" : "CSV", import.Summary.Format.Split(", ")[^1]);
    }

    /// <summary>A file that cannot be opened as any layout leaves no stream open behind the error.</summary>
    [Fact]
    public void The_stream_is_disposed_when_the_file_cannot_be_opened()
    {
        var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("{\"data\": 5}"));
        var import = ComtradeImport.Open(stream, "bad.json", Comtrade.Import.Options());
        Assert.Throws<ImportException>(() => import.ReadAll(TestContext.Current.CancellationToken).ToList());
        Assert.False(stream.CanRead);
    }

    [Fact]
    public void A_file_of_white_space_only_is_not_json()
    {
        var e = Comtrade.Import.Fails(" \n\t ", file: "r.txt");
        Assert.EndsWith(", CSV", e.Summary.Format, StringComparison.Ordinal);
    }

    [Fact]
    public void The_gcdf_format_is_named_in_the_summary()
    {
        var csv = Comtrade.ComtradeFiles.Utf8(GcdfFiles.Csv([GcdfFiles.Row()]));
        var import = GcdfImport.Open(csv, "gcdf.csv", new GcdfImportOptions(Gcdf));
        Assert.Single(import.ReadAll(TestContext.Current.CancellationToken));
        Assert.Equal("AidData GCDF 3.0 CSV", import.Summary.Format);
        var book = GcdfImport.Open(GcdfFiles.Workbook([GcdfFiles.Row()]), "gcdf.xlsx", new GcdfImportOptions(Gcdf));
        Assert.Single(book.ReadAll(TestContext.Current.CancellationToken));
        Assert.Equal("AidData GCDF 3.0 workbook", book.Summary.Format);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public async Task The_async_path_never_reads_synchronously(string layout)
    {
        var rows = Enumerable.Range(0, 20).Select(_ => Comtrade.ComtradeFiles.Row()).ToList();
        var text = layout == "json" ? Comtrade.ComtradeFiles.Json(rows) : Comtrade.ComtradeFiles.Csv(Comtrade.ComtradeFiles.CurrentHeader, rows);
        var import = ComtradeImport.Open(new TrickleStream(Comtrade.ComtradeFiles.Utf8(text).ToArray(), 5, asyncOnly: true), "r." + layout, Comtrade.Import.Options());
        var read = new List<ComtradeRecord>();
        await foreach (var record in import.ReadAllAsync(TestContext.Current.CancellationToken))
        {
            read.Add(record);
        }

        Assert.Equal(20, read.Count);
    }

    [Fact]
    public async Task The_async_gcdf_csv_path_never_reads_synchronously()
    {
        var csv = GcdfFiles.Csv(Enumerable.Range(1, 10).Select(i => GcdfFiles.Row(("AidData Record ID", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        var import = GcdfImport.Open(new TrickleStream(Comtrade.ComtradeFiles.Utf8(csv).ToArray(), 5, asyncOnly: true), "gcdf.csv", new GcdfImportOptions(Gcdf));
        var read = new List<FinanceCommitment>();
        await foreach (var record in import.ReadAllAsync(TestContext.Current.CancellationToken))
        {
            read.Add(record);
        }

        Assert.Equal(10, read.Count);
    }
}
