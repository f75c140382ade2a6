using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Import.Comtrade;
using CentralAsia.Domain.Values;
using NodaTime;

namespace CentralAsia.Domain.Import.Tests.Comtrade;

/// <summary>Shortcuts of the tests: one source, and reading a text as a Comtrade file.</summary>
internal static class Import
{
    internal static readonly ImportSource Source = new(SourceId.Parse("comtrade-test"), "UN Comtrade", new Uri("https://comtradeplus.un.org/"), new LocalDate(2026, 11, 30));

    internal static ComtradeImportOptions Options(ImportErrorPolicy? policy = null) => new(Source) { Errors = policy ?? ImportErrorPolicy.StopAtFirst };

    internal static (List<ComtradeRecord> Records, ImportSummary Summary) Read(string text, ImportErrorPolicy? policy = null, string file = "test.csv", bool bom = false)
    {
        var import = ComtradeImport.Open(ComtradeFiles.Utf8(text, bom), file, Options(policy));
        var records = import.ReadAll(Xunit.TestContext.Current.CancellationToken).ToList();
        return (records, import.Summary);
    }

    internal static async Task<(List<ComtradeRecord> Records, ImportSummary Summary)> ReadAsync(string text, ImportErrorPolicy? policy = null, string file = "test.csv")
    {
        var import = ComtradeImport.Open(ComtradeFiles.Utf8(text), file, Options(policy));
        var records = new List<ComtradeRecord>();
        await foreach (var record in import.ReadAllAsync(Xunit.TestContext.Current.CancellationToken))
        {
            records.Add(record);
        }

        return (records, import.Summary);
    }

    internal static ImportException Fails(string text, ImportErrorPolicy? policy = null, string file = "test.csv") =>
        Xunit.Assert.Throws<ImportException>(() => Read(text, policy, file));

    internal static string CurrentCsv(params Dictionary<string, string>[] rows) => ComtradeFiles.Csv(ComtradeFiles.CurrentHeader, rows);

    internal static void AddsUp(ImportSummary summary) =>
        Xunit.Assert.Equal(summary.RowsRead, summary.Imported + summary.SkippedTotal + summary.Rejected);

    internal static Stream Stream(string text) => ComtradeFiles.Utf8(text);
}
