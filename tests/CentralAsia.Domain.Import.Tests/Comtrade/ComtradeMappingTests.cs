using System.Linq;
using CentralAsia.Domain.Import.Comtrade;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using Xunit;
using static CentralAsia.Domain.Import.Tests.Comtrade.ComtradeFiles;

namespace CentralAsia.Domain.Import.Tests.Comtrade;

/// <summary>Each mapping rule of docs/import.md, one row at a time.</summary>
public class ComtradeMappingTests
{
    private static TradeFlow One(params (string, string)[] changes)
    {
        var (records, summary) = Import.Read(Import.CurrentCsv(Row(changes)));
        Assert.Equal(1, summary.Imported);
        return Assert.Single(records).Flow;
    }

    private static string SkipRule(params (string, string)[] changes)
    {
        var (records, summary) = Import.Read(Import.CurrentCsv(Row(changes)));
        Assert.Empty(records);
        Import.AddsUp(summary);
        return Assert.Single(summary.Skipped).Key;
    }

    private static ImportError Error(params (string, string)[] changes) =>
        Assert.Single(Import.Fails(Import.CurrentCsv(Row(changes))).Errors);

    [Fact]
    public void A_total_export_becomes_a_fob_export_of_all_goods_citing_the_file()
    {
        var flow = One();
        Assert.Equal(CountryCode.China, flow.Reporter);
        Assert.Equal(TradePartner.Of(CountryCode.Kazakhstan), flow.Partner);
        Assert.Equal(FlowDirection.Export, flow.Direction);
        Assert.Equal(TradePeriod.ForYear(2022), flow.Period);
        Assert.Equal(Money.Parse("16300000000 USD"), flow.Value);
        Assert.Equal(Valuation.Fob, flow.Valuation);
        Assert.Null(flow.Commodity);
        Assert.False(flow.Estimated);
        Assert.Equal([Import.Source.Id], flow.Citations.AsImmutableArray());
    }

    [Theory]
    [InlineData("M", FlowDirection.Import)]
    [InlineData("X", FlowDirection.Export)]
    [InlineData("RM", FlowDirection.ReImport)]
    [InlineData("RX", FlowDirection.ReExport)]
    public void Flow_codes_keep_re_exports_and_re_imports_apart(string code, FlowDirection expected) =>
        Assert.Equal(expected, One(("flowCode", code)).Direction);

    [Fact]
    public void An_import_whose_cif_value_is_the_primary_value_is_cif_and_one_without_is_unknown()
    {
        Assert.Equal(Valuation.Cif, One(("flowCode", "M"), ("cifvalue", "16300000000"), ("fobvalue", "")).Valuation);
        Assert.Equal(Valuation.Unknown, One(("flowCode", "M"), ("cifvalue", ""), ("fobvalue", "")).Valuation);
        Assert.Equal(Valuation.Unknown, One(("flowCode", "X"), ("fobvalue", "1")).Valuation);
    }

    [Fact]
    public void A_monthly_row_is_a_month_and_its_period_must_agree()
    {
        Assert.Equal(TradePeriod.ForMonth(2023, 5), One(("freqCode", "M"), ("refYear", "2023"), ("refMonth", "5"), ("period", "202305")).Period);
        var e = Error(("freqCode", "M"), ("refYear", "2023"), ("refMonth", "5"), ("period", "202306"));
        Assert.Equal(ImportErrorCodes.ValuesDisagree, e.Code);
        Assert.Equal("period", e.Column);
        Assert.Equal(2, e.Line);
        Assert.Equal(ImportErrorCodes.ValueInvalid, Error(("freqCode", "M"), ("refMonth", "13"), ("period", "")).Code);
        Assert.Equal(ImportErrorCodes.ValueInvalid, Error(("freqCode", "Q")).Code);
    }

    [Fact]
    public void A_commodity_keeps_its_edition_and_level_and_TOTAL_is_all_goods()
    {
        var gas = One(("cmdCode", "271121"), ("classificationCode", "H5"));
        Assert.Equal(HsCode.Parse("H5:271121"), gas.Commodity);
        Assert.Equal(6, gas.Commodity!.Value.Level);
        Assert.Equal(HsEdition.Hs2017, gas.Commodity.Value.Edition);
        Assert.Null(One(("classificationCode", "HS"), ("cmdCode", "27")).Commodity!.Value.Edition);
        Assert.Equal(ImportErrorCodes.ValueInvalid, Error(("cmdCode", "27112100")).Code);
        Assert.Equal(ImportErrorCodes.ValueInvalid, Error(("cmdCode", "2X")).Code);
    }

    [Fact]
    public void Not_reported_is_an_estimate_with_a_note()
    {
        var flow = One(("isReported", "false"));
        Assert.True(flow.Estimated);
        Assert.Contains("isReported = false", flow.Note, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Comtrades_own_codes_for_five_countries_map_to_them()
    {
        Assert.Equal(CountryCode.Parse("US"), One(("partnerCode", "842"), ("partnerISO", "USA")).Partner.Countries[0]);
        Assert.Equal(CountryCode.Parse("FR"), One(("partnerCode", "251"), ("partnerISO", "FRA")).Partner.Countries[0]);
        Assert.Equal(CountryCode.Parse("IN"), One(("partnerCode", "699"), ("partnerISO", "IND")).Partner.Countries[0]);
        Assert.Equal(CountryCode.Parse("CH"), One(("partnerCode", "757"), ("partnerISO", "")).Partner.Countries[0]);
        Assert.Equal(CountryCode.Parse("NO"), One(("partnerCode", "579"), ("partnerISO", "NOR")).Partner.Countries[0]);
    }

    [Theory]
    [InlineData("partnerCode", "0", "partnerISO", "W00", ComtradeSkipRules.PartnerWorld)]
    [InlineData("partnerCode", "899", "partnerISO", "_X ", ComtradeSkipRules.PartnerNotCountry)]
    [InlineData("partnerCode", "837", "partnerISO", "", ComtradeSkipRules.PartnerNotCountry)]
    [InlineData("partnerCode", "490", "partnerISO", "S19", ComtradeSkipRules.PartnerNotCountry)]
    [InlineData("reporterCode", "97", "reporterISO", "EUR", ComtradeSkipRules.ReporterNotCountry)]
    [InlineData("partnerCode", "156", "partnerISO", "CHN", ComtradeSkipRules.PartnerIsReporter)]
    [InlineData("typeCode", "S", "typeCode", "S", ComtradeSkipRules.NotGoods)]
    [InlineData("classificationCode", "S4", "classificationCode", "S4", ComtradeSkipRules.NotHs)]
    [InlineData("flowCode", "DX", "flowCode", "DX", ComtradeSkipRules.FlowNotMapped)]
    [InlineData("partner2Code", "643", "partner2ISO", "RUS", ComtradeSkipRules.SecondPartnerDetail)]
    [InlineData("customsCode", "C01", "customsCode", "C01", ComtradeSkipRules.CustomsDetail)]
    [InlineData("motCode", "2100", "motCode", "2100", ComtradeSkipRules.TransportDetail)]
    [InlineData("mosCode", "3", "mosCode", "3", ComtradeSkipRules.SupplyDetail)]
    public void Rows_that_are_not_bilateral_goods_figures_are_skipped_by_a_named_rule(string column, string value, string column2, string value2, string rule) =>
        Assert.Equal(rule, SkipRule((column, value), (column2, value2)));

    [Fact]
    public void A_code_and_an_iso_code_that_disagree_are_an_error_never_a_guess()
    {
        var e = Error(("partnerCode", "398"), ("partnerISO", "UZB"));
        Assert.Equal(ImportErrorCodes.ValuesDisagree, e.Code);
        Assert.Equal("partnerCode", e.Column);
        Assert.Contains("KAZ", e.Message, System.StringComparison.Ordinal);
        Assert.Equal(ImportErrorCodes.ValuesDisagree, Error(("partnerCode", "0"), ("partnerISO", "KAZ")).Code);
        Assert.Equal(ImportErrorCodes.ValueInvalid, Error(("reporterCode", "CN")).Code);
    }

    [Fact]
    public void Values_that_are_empty_negative_or_not_numbers_are_errors_naming_the_column()
    {
        var empty = Error(("primaryValue", ""));
        Assert.Equal((ImportErrorCodes.ValueMissing, "primaryValue", 2L), (empty.Code, empty.Column, empty.Line!.Value));
        Assert.Equal(ImportErrorCodes.ValueInvalid, Error(("primaryValue", "-5")).Code);
        Assert.Equal(ImportErrorCodes.ValueInvalid, Error(("primaryValue", "12,5")).Code);
        Assert.Equal(ImportErrorCodes.ValueInvalid, Error(("primaryValue", new string('9', 100))).Code);
        Assert.Equal(ImportErrorCodes.ValueInvalid, Error(("isReported", "maybe")).Code);
        Assert.Equal(ImportErrorCodes.ValueInvalid, Error(("flowCode", "x1")).Code);
        Assert.Equal(Money.Parse("31200000000 USD"), One(("primaryValue", "3.12E+10"), ("fobvalue", "")).Value);
    }

    [Fact]
    public void Quantities_in_units_the_model_holds_are_kept_and_others_counted()
    {
        var (records, summary) = Import.Read(Import.CurrentCsv(
            Row(("qtyUnitCode", "8"), ("qty", "1500.5"), ("isQtyEstimated", "true"), ("netWgt", "1500.5"), ("isNetWgtEstimated", "false")),
            Row(("partnerCode", "417"), ("partnerISO", "KGZ"), ("qtyUnitCode", "5"), ("qty", "12")),
            Row(("partnerCode", "762"), ("partnerISO", "TJK"), ("qtyUnitCode", "13"), ("qty", "7"))));
        Assert.Equal(new Quantity(1500.5m, Unit.Kilograms), records[0].Quantity);
        Assert.True(records[0].QuantityEstimated);
        Assert.Equal(new Quantity(1500.5m, Unit.Kilograms), records[0].NetWeight);
        Assert.Equal(new Quantity(12m, Unit.Items), records[1].Quantity);
        Assert.Null(records[2].Quantity);
        Assert.Equal(1, summary.ValuesNotKept.Single().Value);
        Assert.Contains("13", summary.ValuesNotKept.Single().Key, System.StringComparison.Ordinal);
    }
}
