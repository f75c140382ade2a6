using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Tests;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CentralAsia.Domain.Import.Tests.Comtrade;

/// <summary>A flow written out in each of Comtrade's layouts (current CSV, TSV, quoted CSV, API JSON, legacy CSV) and read back is the same flow.</summary>
public class ComtradeRoundTripTests
{
    private const string EstimateNote = "UN Comtrade's estimate: the reporter did not report this figure (isReported = false).";

    // The flows a Comtrade file can hold: one reporter and one other country, USD, not turnover, CIF only on imports and
    // FOB only on exports, an estimate only as "not reported", citing the file.
    private static readonly Gen<TradeFlow> ComtradeFlow =
        from reporter in DomainGen.Country
        from partner in DomainGen.Country.Where(c => c != reporter)
        from direction in Gen.Elements(FlowDirection.Export, FlowDirection.Import, FlowDirection.ReExport, FlowDirection.ReImport)
        from period in DomainGen.TradePeriod
        from amount in DomainGen.NonNegativeDecimal.Select(d => decimal.Round(d % 1e15m, 2))
        from valued in Gen.Elements(true, false)
        from commodity in DomainGen.HsCode.Select(h => (HsCode?)h).OrNullable()
        from estimated in Gen.Elements(true, false)
        let isImport = direction is FlowDirection.Import or FlowDirection.ReImport
        select new TradeFlow(
            reporter, TradePartner.Of(partner), direction, period, new Money(amount, CurrencyCode.Usd),
            valued ? (isImport ? Valuation.Cif : Valuation.Fob) : Valuation.Unknown, commodity, estimated, estimated ? EstimateNote : null,
            [Import.Source.Id]);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public Property Flows_written_in_each_layout_read_back_equal() =>
        Prop.ForAll(ComtradeFlow.ListOf().ToArbitrary(), Gen.Elements(0, 1, 2, 3, 4).ToArbitrary(), (generated, layout) =>
        {
            // The legacy CSV has no estimate flag: its flows are the reporters' own figures.
            var flows = layout == 4 ? generated.Select(f => f.With(estimated: false, note: null).Value).ToList() : generated;
            var rows = flows.Select(ComtradeFiles.RowOf).ToArray();
            var text = layout switch
            {
                0 => ComtradeFiles.Csv(ComtradeFiles.CurrentHeader, rows),
                1 => ComtradeFiles.Csv(ComtradeFiles.CurrentHeader, rows, '\t', newLine: "\r\n"),
                2 => ComtradeFiles.Csv(ComtradeFiles.CurrentHeader, rows, quoteAll: true),
                3 => ComtradeFiles.Json(rows),
                _ => ComtradeFiles.Csv(ComtradeFiles.LegacyHeader, flows.Select(ComtradeFiles.LegacyRowOf)),
            };
            var (records, summary) = Import.Read(text, file: layout == 3 ? "f.json" : "f.csv");
            Assert.Equal(flows, records.Select(r => r.Flow));
            Assert.Equal((long)flows.Count, summary.Imported);
        });
}
