using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Import.Tests.Comtrade;

/// <summary>Writes made-up UN Comtrade files in each layout, from flows or from rows of named values.</summary>
internal static class ComtradeFiles
{
    /// <summary>The current layout's columns, in the order of the bulk download.</summary>
    internal static readonly string[] CurrentHeader =
    [
        "typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period", "reporterCode", "reporterISO", "reporterDesc", "flowCode", "flowDesc",
        "partnerCode", "partnerISO", "partnerDesc", "partner2Code", "partner2ISO", "classificationCode", "isOriginalClassification", "cmdCode", "cmdDesc",
        "aggrLevel", "isLeaf", "customsCode", "mosCode", "motCode", "qtyUnitCode", "qtyUnitAbbr", "qty", "isQtyEstimated", "altQtyUnitCode", "altQty",
        "netWgt", "isNetWgtEstimated", "grossWgt", "cifvalue", "fobvalue", "primaryValue", "legacyEstimationFlag", "isReported", "isAggregate",
    ];

    internal static readonly string[] LegacyHeader =
    [
        "Classification", "Year", "Period", "Period Desc.", "Aggregate Level", "Is Leaf Code", "Trade Flow Code", "Trade Flow", "Reporter Code", "Reporter",
        "Reporter ISO", "Partner Code", "Partner", "Partner ISO", "2nd Partner Code", "2nd Partner", "2nd Partner ISO", "Customs Proc. Code", "Customs",
        "Mode of Transport Code", "Mode of Transport", "Commodity Code", "Commodity", "Qty Unit Code", "Qty Unit", "Qty", "Alt Qty Unit Code", "Alt Qty Unit",
        "Alt Qty", "Netweight (kg)", "Gross weight (kg)", "Trade Value (US$)", "CIF Trade Value (US$)", "FOB Trade Value (US$)", "Flag",
    ];

    /// <summary>A row of the current layout for a valid bilateral figure; change fields with <paramref name="changes"/>.</summary>
    internal static Dictionary<string, string> Row(params (string Column, string Value)[] changes)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["typeCode"] = "C", ["freqCode"] = "A", ["refPeriodId"] = "20220101", ["refYear"] = "2022", ["refMonth"] = "52", ["period"] = "2022",
            ["reporterCode"] = "156", ["reporterISO"] = "CHN", ["reporterDesc"] = "China", ["flowCode"] = "X", ["flowDesc"] = "Export",
            ["partnerCode"] = "398", ["partnerISO"] = "KAZ", ["partnerDesc"] = "Kazakhstan", ["partner2Code"] = "0", ["partner2ISO"] = "W00",
            ["classificationCode"] = "H6", ["isOriginalClassification"] = "true", ["cmdCode"] = "TOTAL", ["cmdDesc"] = "All Commodities",
            ["aggrLevel"] = "0", ["isLeaf"] = "false", ["customsCode"] = "C00", ["mosCode"] = "0", ["motCode"] = "0", ["qtyUnitCode"] = "-1",
            ["qtyUnitAbbr"] = "N/A", ["qty"] = "", ["isQtyEstimated"] = "false", ["altQtyUnitCode"] = "-1", ["altQty"] = "", ["netWgt"] = "",
            ["isNetWgtEstimated"] = "false", ["grossWgt"] = "", ["cifvalue"] = "", ["fobvalue"] = "16300000000", ["primaryValue"] = "16300000000",
            ["legacyEstimationFlag"] = "0", ["isReported"] = "true", ["isAggregate"] = "true",
        };
        foreach (var (column, value) in changes)
        {
            row[column] = value;
        }

        return row;
    }

    /// <summary>The row of the current layout that a flow is read from (the inverse of the mapping).</summary>
    internal static Dictionary<string, string> RowOf(TradeFlow flow)
    {
        string Code(CountryCode c) => c.Numeric switch { 840 => "842", 250 => "251", 356 => "699", 756 => "757", 578 => "579", var n => n.ToString(CultureInfo.InvariantCulture) };
        var value = flow.Value.Amount.ToString(CultureInfo.InvariantCulture);
        var isImport = flow.Direction is FlowDirection.Import or FlowDirection.ReImport;
        var partner = flow.Partner.Countries[0];
        return Row(
            ("freqCode", flow.Period.Month is null ? "A" : "M"),
            ("refYear", flow.Period.Year.ToString(CultureInfo.InvariantCulture)),
            ("refMonth", flow.Period.Month is { } m ? m.ToString(CultureInfo.InvariantCulture) : "52"),
            ("period", flow.Period.Month is { } mm ? (flow.Period.Year * 100 + mm).ToString(CultureInfo.InvariantCulture) : flow.Period.Year.ToString(CultureInfo.InvariantCulture)),
            ("reporterCode", Code(flow.Reporter)), ("reporterISO", flow.Reporter.Alpha3),
            ("partnerCode", Code(partner)), ("partnerISO", partner.Alpha3),
            ("flowCode", flow.Direction switch { FlowDirection.Import => "M", FlowDirection.Export => "X", FlowDirection.ReImport => "RM", _ => "RX" }),
            ("classificationCode", flow.Commodity?.Edition is { } e ? "H" + ((int)e - 1).ToString(CultureInfo.InvariantCulture) : "HS"),
            ("cmdCode", flow.Commodity is { } hs ? hs.Digits : "TOTAL"),
            ("cifvalue", isImport && flow.Valuation == Valuation.Cif ? value : ""),
            ("fobvalue", !isImport && flow.Valuation == Valuation.Fob ? value : ""),
            ("primaryValue", value),
            ("isReported", flow.Estimated ? "false" : "true"));
    }

    /// <summary>The flow of <see cref="Row"/>'s defaults: China's 2022 exports to Kazakhstan, FOB.</summary>
    internal static TradeFlow RowOfFlow() =>
        new(CountryCode.China, TradePartner.Of(CountryCode.Kazakhstan), FlowDirection.Export, TradePeriod.ForYear(2022), Money.Parse("16300000000 USD"), Valuation.Fob);

    /// <summary>The row of the legacy CSV that a flow is read from (the legacy layout has no estimate flag).</summary>
    internal static Dictionary<string, string> LegacyRowOf(TradeFlow flow)
    {
        var current = RowOf(flow);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Classification"] = current["classificationCode"], ["Year"] = current["refYear"],
            ["Period"] = flow.Period.Month is { } month
                ? ((flow.Period.Year * 100) + month).ToString("D6", CultureInfo.InvariantCulture)
                : flow.Period.Year.ToString("D4", CultureInfo.InvariantCulture), // yyyymm or yyyy, zero-padded
            ["Trade Flow Code"] = flow.Direction switch { FlowDirection.Import => "1", FlowDirection.Export => "2", FlowDirection.ReExport => "3", _ => "4" },
            ["Reporter Code"] = current["reporterCode"], ["Reporter ISO"] = current["reporterISO"], ["Partner Code"] = current["partnerCode"],
            ["Partner ISO"] = current["partnerISO"], ["2nd Partner Code"] = "", ["Commodity Code"] = current["cmdCode"], ["Qty Unit Code"] = "1",
            ["Trade Value (US$)"] = current["primaryValue"], ["CIF Trade Value (US$)"] = current["cifvalue"], ["FOB Trade Value (US$)"] = current["fobvalue"],
            ["Flag"] = "0",
        };
    }

    /// <summary>A CSV (or, with a tab, TSV) text of rows, every value quoted when <paramref name="quoteAll"/>.</summary>
    internal static string Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyDictionary<string, string>> rows, char separator = ',', bool quoteAll = false, string newLine = "\n")
    {
        var text = new StringBuilder();
        text.Append(string.Join(separator, header.Select(h => Quote(h, separator, quoteAll)))).Append(newLine);
        foreach (var row in rows)
        {
            text.Append(string.Join(separator, header.Select(h => Quote(row.TryGetValue(h, out var v) ? v : "", separator, quoteAll)))).Append(newLine);
        }

        return text.ToString();
    }

    /// <summary>The API's JSON response for rows: numbers as numbers, booleans as booleans, empty as null.</summary>
    internal static string Json(IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        var records = rows.Select(row => "{" + string.Join(",", row.Select(p => $"\"{p.Key}\":{JsonValue(p.Key, p.Value)}")) + "}");
        return "{\"elapsedTime\":\"0.1 secs\",\"count\":" + rows.Count().ToString(CultureInfo.InvariantCulture) + ",\"data\":[" + string.Join(",", records) + "],\"error\":\"\"}";
    }

    private static readonly HashSet<string> TextColumns = new(StringComparer.Ordinal)
    {
        "typeCode", "freqCode", "reporterISO", "reporterDesc", "flowCode", "flowDesc", "partnerISO", "partnerDesc", "partner2ISO", "classificationCode",
        "cmdCode", "cmdDesc", "customsCode", "qtyUnitAbbr",
    };

    private static string JsonValue(string column, string value) =>
        value.Length == 0 ? "null"
        : TextColumns.Contains(column) ? System.Text.Json.JsonSerializer.Serialize(value)
        : value is "true" or "false" ? value
        : decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? value
        : System.Text.Json.JsonSerializer.Serialize(value);

    private static string Quote(string value, char separator, bool all) =>
        all || value.Contains(separator) || value.Contains('"') || value.Contains('\n') || value.Contains('\r')
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;

    internal static MemoryStream Utf8(string text, bool bom = false) =>
        new([.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)]);
}
