namespace CentralAsia.Domain.Import.Comtrade;

/// <summary>
/// The rules by which a UN Comtrade row is skipped rather than imported: rows that are not a country's goods trade
/// with one country, or that break a figure down further than the model does. Each is a key of
/// <see cref="ImportSummary.Skipped"/>; docs/import.md gives the columns and values of each.
/// </summary>
public static class ComtradeSkipRules
{
    /// <summary>A services row (<c>typeCode</c> other than <c>C</c>): the model holds goods trade.</summary>
    public const string NotGoods = "not-goods";

    /// <summary>A classification other than HS (SITC <c>S1</c>–<c>S4</c>, BEC, EBOPS).</summary>
    public const string NotHs = "classification-not-hs";

    /// <summary>The reporter is not an ISO 3166-1 country: a group such as the EU (<c>97</c>), or a former state.</summary>
    public const string ReporterNotCountry = "reporter-not-a-country";

    /// <summary>The partner is the World (code <c>0</c>, <c>W00</c>): a total over partners, not a bilateral figure.</summary>
    public const string PartnerWorld = "partner-world";

    /// <summary>The partner is not an ISO 3166-1 country: "Areas, nes", bunkers, free zones, "Other Asia, nes" and other special areas, groups and former states.</summary>
    public const string PartnerNotCountry = "partner-not-a-country";

    /// <summary>The partner is the reporter itself (re-imports of its own goods): the model has no trade of a country with itself.</summary>
    public const string PartnerIsReporter = "partner-is-reporter";

    /// <summary>A flow code other than <c>M</c>, <c>X</c>, <c>RM</c>, <c>RX</c> (such as <c>DX</c>, <c>FM</c>, processing trade): a breakdown or another system.</summary>
    public const string FlowNotMapped = "flow-not-mapped";

    /// <summary>A row for one second partner (<c>partner2Code</c> not 0): a breakdown of the bilateral figure.</summary>
    public const string SecondPartnerDetail = "breakdown-second-partner";

    /// <summary>A row for one customs procedure (<c>customsCode</c> not <c>C00</c>): a breakdown.</summary>
    public const string CustomsDetail = "breakdown-customs-procedure";

    /// <summary>A row for one mode of transport (<c>motCode</c> not 0): a breakdown.</summary>
    public const string TransportDetail = "breakdown-mode-of-transport";

    /// <summary>A row for one mode of supply (<c>mosCode</c> not 0): a breakdown.</summary>
    public const string SupplyDetail = "breakdown-mode-of-supply";
}
