using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Import.Comtrade;
using CentralAsia.Domain.Import.Gcdf;
using CentralAsia.Domain.Import.Tests.Comtrade;
using Comtrade = CentralAsia.Domain.Import.Tests.Comtrade;
using CentralAsia.Domain.Values;
using NodaTime;
using Xunit;

namespace CentralAsia.Domain.Import.Tests.Internal;

// A download piped in (a stream that cannot seek, a few bytes a read) imports exactly as the same bytes from a file:
// every layout, with and without a byte-order mark, synchronously and not.
public sealed class NonSeekableInputTests
{
    public static TheoryData<string, bool> Layouts() => new()
    {
        { "current", false }, { "current", true }, { "tsv", false }, { "json", false }, { "json", true }, { "legacy", false }, { "legacy", true },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task A_comtrade_file_piped_in_imports_as_the_file_does(string layout, bool bom)
    {
        var rows = Enumerable.Range(0, 40).Select(i => (2000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(y => ComtradeFiles.Row(("refYear", y), ("period", y))).ToList();
        var text = layout switch
        {
            "current" => ComtradeFiles.Csv(ComtradeFiles.CurrentHeader, rows),
            "tsv" => ComtradeFiles.Csv(ComtradeFiles.CurrentHeader, rows, '\t'),
            "json" => ComtradeFiles.Json(rows),
            _ => ComtradeFiles.Csv(ComtradeFiles.LegacyHeader, Enumerable.Range(0, 40).Select(i => ComtradeFiles.LegacyRowOf(ComtradeFiles.RowOfFlow().With(period: TradePeriodOf(2000 + i)).Value))),
        };
        var bytes = ComtradeFiles.Utf8(text, bom).ToArray();
        var file = layout == "json" ? "comtrade.json" : "comtrade.csv";
        var expected = Read(new MemoryStream(bytes), file);
        Assert.Equal(40, expected.Records.Count);
        Assert.Equal(expected.Records, Read(new TrickleStream(bytes, 3), file).Records);
        Assert.Equal(expected.Summary.ToString(), Read(new TrickleStream(bytes, 3), file).Summary.ToString());
        Assert.Equal(expected.Records, await ReadAsync(new TrickleStream(bytes, 2), file));
    }

    [Fact]
    public void A_gcdf_export_piped_in_imports_as_the_file_does()
    {
        var csv = Gcdf.GcdfFiles.Csv(Enumerable.Range(1, 30).Select(i => Gcdf.GcdfFiles.Row(("AidData Record ID", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        var bytes = ComtradeFiles.Utf8(csv, bom: true).ToArray();
        var options = new GcdfImportOptions(GcdfSource);
        var expected = GcdfImport.Open(new MemoryStream(bytes), "gcdf.csv", options).ReadAll(TestContext.Current.CancellationToken).ToList();
        Assert.Equal(30, expected.Count);
        Assert.Equal(expected, GcdfImport.Open(new TrickleStream(bytes, 3), "gcdf.csv", options).ReadAll(TestContext.Current.CancellationToken).ToList());
    }

    [Fact]
    public void A_gcdf_workbook_piped_in_imports_as_the_file_does()
    {
        var bytes = Gcdf.GcdfFiles.Workbook(Enumerable.Range(1, 5).Select(i => Gcdf.GcdfFiles.Row(("AidData Record ID", i.ToString(System.Globalization.CultureInfo.InvariantCulture))))).ToArray();
        var options = new GcdfImportOptions(GcdfSource);
        var expected = GcdfImport.Open(new MemoryStream(bytes), "gcdf.xlsx", options).ReadAll(TestContext.Current.CancellationToken).ToList();
        Assert.Equal(5, expected.Count);
        Assert.Equal(expected, GcdfImport.Open(new TrickleStream(bytes, 3), "gcdf.xlsx", options).ReadAll(TestContext.Current.CancellationToken).ToList());
    }

    private static readonly ImportSource GcdfSource = new(SourceId.Parse("aiddata-gcdf-3"), "AidData", new Uri("https://www.aiddata.org/"), new LocalDate(2026, 11, 30));

    private static TradePeriod TradePeriodOf(int year) => TradePeriod.ForYear(year);

    private static (List<ComtradeRecord> Records, ImportSummary Summary) Read(Stream stream, string file)
    {
        var import = ComtradeImport.Open(stream, file, Comtrade.Import.Options());
        return (import.ReadAll(TestContext.Current.CancellationToken).ToList(), import.Summary);
    }

    private static async Task<List<ComtradeRecord>> ReadAsync(Stream stream, string file)
    {
        var import = ComtradeImport.Open(stream, file, Comtrade.Import.Options());
        var records = new List<ComtradeRecord>();
        await foreach (var record in import.ReadAllAsync(TestContext.Current.CancellationToken))
        {
            records.Add(record);
        }

        return records;
    }
}
