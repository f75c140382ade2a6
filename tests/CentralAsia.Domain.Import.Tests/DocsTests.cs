using System;
using System.IO;
using System.Linq;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Import.Comtrade;
using CentralAsia.Domain.Import.Gcdf;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using CentralAsia.Tests.Shared;
using NodaTime;
using Xunit;

namespace CentralAsia.Domain.Import.Tests;

/// <summary>The examples of docs/import.md and the package README, run on the made-up files of samples/ImportFiles.</summary>
public sealed class DocsTests
{
    private static readonly string Files = Path.Combine(Repository.Root(), "samples", "ImportFiles");

    [Fact]
    public void The_comtrade_example()
    {
        var source = new ImportSource(SourceId.Parse("comtrade-cn-2022"), "UN Comtrade", new Uri("https://comtradeplus.un.org/"), new LocalDate(2026, 11, 30));
        var import = ComtradeImport.Open(Path.Combine(Files, "comtrade-made-up-2022.csv"), new ComtradeImportOptions(source) { Errors = ImportErrorPolicy.CollectAll });
        var ledger = TradeLedger.Create(import.ReadAll(TestContext.Current.CancellationToken).Select(r => r.Flow));
        var cited = source.ToSource(import.Summary);
        Assert.Equal(20, ledger.Flows.Length);
        Assert.Equal(7, ledger.MirrorFlowsOutside(0.9m, 1.25m).Length);
        Assert.Equal("comtrade-made-up-2022.csv, retrieved 2026-11-30: 22 rows read, 20 imported", cited.Title);
    }

    [Fact]
    public void The_gcdf_example()
    {
        var source = new ImportSource(SourceId.Parse("aiddata-gcdf-3"), "AidData", new Uri("https://www.aiddata.org/data/aiddatas-global-chinese-development-finance-dataset-version-3-0"), new LocalDate(2026, 11, 30));
        var import = GcdfImport.Open(Path.Combine(Files, "gcdf-made-up.csv"), new GcdfImportOptions(source));
        var total = import.ReadAll(TestContext.Current.CancellationToken).ForRecipient(CountryCode.Tajikistan).TotalForAggregates();
        Assert.Equal((new Money(298500000.50m, CurrencyCode.Usd), 1, 1), (total.Amount, total.Counted, total.Umbrella));
    }
}
