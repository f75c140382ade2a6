using System;
using System.Collections.Generic;

namespace CentralAsia.Domain.Import.Comtrade;

/// <summary>
/// The column names of one UN Comtrade layout for each field the mapper reads: the current API and bulk files share
/// theirs (<c>primaryValue</c>, <c>reporterCode</c>, …); the legacy CSV has its own (<c>Trade Value (US$)</c>, …).
/// </summary>
internal sealed class ComtradeLayout
{
    private ComtradeLayout(string name, bool legacy, string?[] columns, Field[] required)
    {
        Name = name;
        Legacy = legacy;
        Columns = columns;
        Required = required;
    }

    internal enum Field
    {
        Type,
        Frequency,
        Year,
        Month,
        Period,
        ReporterCode,
        ReporterIso,
        Flow,
        PartnerCode,
        PartnerIso,
        SecondPartnerCode,
        Classification,
        Commodity,
        Customs,
        SupplyMode,
        TransportMode,
        QuantityUnit,
        Quantity,
        QuantityEstimated,
        NetWeight,
        NetWeightEstimated,
        CifValue,
        FobValue,
        Value,
        IsReported,
        LegacyFlag,
    }

    internal static ComtradeLayout Current { get; } = new(
        "UN Comtrade (current field names)",
        legacy: false,
        [
            "typeCode", "freqCode", "refYear", "refMonth", "period", "reporterCode", "reporterISO", "flowCode", "partnerCode", "partnerISO",
            "partner2Code", "classificationCode", "cmdCode", "customsCode", "mosCode", "motCode", "qtyUnitCode", "qty", "isQtyEstimated",
            "netWgt", "isNetWgtEstimated", "cifvalue", "fobvalue", "primaryValue", "isReported", null,
        ],
        [Field.Frequency, Field.Year, Field.ReporterCode, Field.Flow, Field.PartnerCode, Field.Classification, Field.Commodity, Field.Value]);

    internal static ComtradeLayout LegacyCsv { get; } = new(
        "UN Comtrade legacy CSV",
        legacy: true,
        [
            null, null, "Year", null, "Period", "Reporter Code", "Reporter ISO", "Trade Flow Code", "Partner Code", "Partner ISO",
            "2nd Partner Code", "Classification", "Commodity Code", "Customs Proc. Code", null, "Mode of Transport Code", "Qty Unit Code", "Qty", null,
            "Netweight (kg)", null, "CIF Trade Value (US$)", "FOB Trade Value (US$)", "Trade Value (US$)", null, "Flag",
        ],
        [Field.Period, Field.ReporterCode, Field.Flow, Field.PartnerCode, Field.Classification, Field.Commodity, Field.Value]);

    internal string Name { get; }

    internal bool Legacy { get; }

    /// <summary>The column name of each field (indexed by <see cref="Field"/>), or null where the layout has none.</summary>
    internal IReadOnlyList<string?> Columns { get; }

    internal IReadOnlyList<Field> Required { get; }

    internal string? Column(Field field) => Columns[(int)field];

    /// <summary>The layout whose value column the header has, or null.</summary>
    internal static ComtradeLayout? Detect(IReadOnlyList<string> header)
    {
        foreach (var name in header)
        {
            if (string.Equals(name, "primaryValue", StringComparison.Ordinal))
            {
                return Current;
            }

            if (string.Equals(name, "Trade Value (US$)", StringComparison.Ordinal))
            {
                return LegacyCsv;
            }
        }

        return null;
    }
}
