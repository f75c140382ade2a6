using System;
using System.Linq;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CentralAsia.Domain.Tests.Trade;

public class MirrorFlowTests
{
    private static readonly TradePeriod Y2022 = TradePeriod.ForYear(2022);

    private static TradeFlow Flow(CountryCode reporter, CountryCode partner, FlowDirection direction, decimal value, HsCode? commodity = null) =>
        new(reporter, TradePartner.Of(partner), direction, Y2022, new Money(value, CurrencyCode.Usd), commodity: commodity);

    private static readonly CountryCode CN = CountryCode.China, KZ = CountryCode.Kazakhstan, UZ = CountryCode.Uzbekistan;

    [Fact]
    public void Each_direction_pairs_the_exporters_exports_with_the_importers_imports()
    {
        var ledger = TradeLedger.Create(
        [
            Flow(CN, KZ, FlowDirection.Export, 100m),
            Flow(KZ, CN, FlowDirection.Import, 110m),
            Flow(KZ, CN, FlowDirection.Export, 50m),
            Flow(CN, UZ, FlowDirection.Import, 30m),      // Uzbekistan reports no exports to China
            Flow(CN, KZ, FlowDirection.ReExport, 7m),     // detail: not a side of the pair
            Flow(CN, KZ, FlowDirection.Import, 1m, HsCode.Parse("2711")), // commodity detail
        ]);

        var pairs = ledger.MirrorFlows();
        Assert.Equal(
            [("CN", "KZ", 100m, 110m), ("KZ", "CN", 50m, (decimal?)null), ("UZ", "CN", (decimal?)null, 30m)],
            pairs.AsImmutableArray().Select(p => (p.Exporter.Alpha2, p.Importer.Alpha2, p.Exports?.Value.Amount, p.Imports?.Value.Amount)).ToArray());
        Assert.Equal(1.1m, pairs[0].Ratio);
        Assert.Equal(new Money(10m, CurrencyCode.Usd), pairs[0].Gap);
        Assert.Null(pairs[1].Ratio);
        Assert.Null(pairs[2].Gap);

        Assert.Empty(ledger.MirrorFlowsOutside(1.0m, 1.1m).AsImmutableArray().Where(p => p.Exporter == CN));
        Assert.Equal(3, ledger.MirrorFlowsOutside(1.11m, 1.2m).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => ledger.MirrorFlowsOutside(1.2m, 1.1m));
        var reversed = Assert.Throws<ArgumentOutOfRangeException>(() => pairs[0].IsWithin(2m, 1m));
        Assert.Contains("below its bottom", reversed.Message, StringComparison.Ordinal);
        Assert.True(pairs[0].IsWithin(1.1m, 1.1m)); // a band of one value, and both bounds included
        Assert.True(pairs[0].IsWithin(1.1m, 2m));
        Assert.True(pairs[0].IsWithin(0.5m, 1.1m));
        Assert.False(pairs[0].IsWithin(1.2m, 2m));
    }

    [Fact]
    public void A_pair_is_written_as_json_with_the_sides_it_has()
    {
        var ledger = TradeLedger.Create([Flow(CN, KZ, FlowDirection.Export, 100m), Flow(KZ, CN, FlowDirection.Import, 110m), Flow(CN, UZ, FlowDirection.Import, 30m)]);
        var pairs = ledger.MirrorFlows();
        string Json(MirrorFlow pair) => System.Text.Json.Nodes.JsonNode.Parse(Domain.Serialization.CentralAsiaJson.Serialize(pair))!.ToJsonString();
        Assert.Equal(
            """{"exporter":"CN","importer":"KZ","period":"2022","exports":{"reporter":"CN","partner":"KZ","direction":"export","period":"2022","value":{"amount":100,"currency":"USD"}},"imports":{"reporter":"KZ","partner":"CN","direction":"import","period":"2022","value":{"amount":110,"currency":"USD"}},"gap":{"amount":10,"currency":"USD"},"ratio":1.1}""",
            Json(pairs[0]));
        Assert.Equal(
            """{"exporter":"UZ","importer":"CN","period":"2022","imports":{"reporter":"CN","partner":"UZ","direction":"import","period":"2022","value":{"amount":30,"currency":"USD"}}}""",
            Json(pairs[1]));
    }

    [Fact]
    public void Re_exports_and_re_imports_never_add_to_a_total()
    {
        var ledger = TradeLedger.Create(
        [
            Flow(CN, KZ, FlowDirection.Export, 100m),
            Flow(CN, KZ, FlowDirection.Import, 60m),
            Flow(CN, KZ, FlowDirection.ReExport, 7m),
            Flow(CN, KZ, FlowDirection.ReImport, 3m),
        ]);

        Assert.Equal(160m, ledger.Total(CN, KZ, Y2022)!.Value.Amount);
        Assert.Null(TradeLedger.Create([Flow(CN, UZ, FlowDirection.ReExport, 7m), Flow(CN, UZ, FlowDirection.ReImport, 3m)]).Total(CN, UZ, Y2022));
    }

    [Property(MaxTest = 100 / Runs.Divisor)]
    public Property Every_all_goods_export_and_import_between_countries_appears_in_exactly_one_pair() =>
        Prop.ForAll(DomainGen.TradeFlowCiting(Gen.Constant(Domain.Collections.EquatableArray<SourceId>.Empty)).ListOf().ToArbitrary(), generated =>
        {
            var flows = generated.Select(f => f.With(value: new Money(f.Value.Amount, CurrencyCode.Usd)).Value)
                .DistinctBy(f => (f.Reporter, f.Partner, f.Direction, f.Period, f.Commodity)).ToArray();
            var ledger = TradeLedger.Create(flows);
            var counted = flows.Where(f => f.Commodity is null && f.Partner.IsSingleCountry && f.Direction is FlowDirection.Export or FlowDirection.Import).ToArray();
            var sides = ledger.MirrorFlows().AsImmutableArray().SelectMany(p => new[] { p.Exports, p.Imports }).Where(f => f is not null).ToArray();
            Assert.Equal(counted.Length, sides.Length);
            Assert.All(counted, f => Assert.Contains(f, sides));
        });
}
