using System;
using System.Collections.Generic;
using System.Globalization;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Import.Internal;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using Field = CentralAsia.Domain.Import.Comtrade.ComtradeLayout.Field;

namespace CentralAsia.Domain.Import.Comtrade;

/// <summary>
/// The mapping rules from a UN Comtrade row to a <see cref="TradeFlow"/>, one method per rule, in the order docs/import.md
/// lists them. Skip rules are checked before values are parsed, so a row skipped as a breakdown is never rejected for
/// a value the import would not have used.
/// </summary>
internal sealed class ComtradeRowMapper : RowMapper<ComtradeRecord>
{
    private const string EstimateNote = "UN Comtrade's estimate: the reporter did not report this figure (isReported = false).";

    private readonly EquatableArray<SourceId> citations;
    private readonly int[] index = new int[Enum.GetValues<Field>().Length];
    private ComtradeLayout layout = ComtradeLayout.Current;
    private RowSource source = null!;
    private List<ImportError> errors = null!;

    internal ComtradeRowMapper(SourceId source) => citations = [source];

    internal string LayoutName => layout.Name;

    internal override void Bind(RowSource rows)
    {
        source = rows;
        if (rows.HasNoRows)
        {
            return; // an empty result ("data": []) is zero rows, not a file of unknown layout
        }

        layout = ComtradeLayout.Detect(rows.Header) ?? throw new FileFailure(new ImportError(
            ImportErrorCodes.FileUnknownLayout,
            "The header has neither 'primaryValue' (the Comtrade API and bulk files) nor 'Trade Value (US$)' (the legacy CSV), so it is not a UN Comtrade file.",
            rows.File,
            rows.Line is null ? null : 1));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in rows.Header)
        {
            if (name.Length > 0 && !seen.Add(name))
            {
                throw new FileFailure(new ImportError(ImportErrorCodes.ColumnDuplicate, $"The header names '{name}' twice.", rows.File, rows.Line is null ? null : 1, column: name));
            }
        }

        for (var f = 0; f < index.Length; f++)
        {
            index[f] = layout.Columns[f] is { } column ? rows.IndexOf(column) : -1;
        }

        foreach (var field in layout.Required)
        {
            if (index[(int)field] < 0)
            {
                throw new FileFailure(new ImportError(
                    ImportErrorCodes.ColumnMissing,
                    $"The header lacks the column '{layout.Column(field)}', which the {layout.Name} layout needs.",
                    rows.File,
                    rows.Line is null ? null : 1,
                    column: layout.Column(field)));
            }
        }
    }

    internal override ComtradeRecord? Map(RowSource rows, List<ImportError> rowErrors, ImportSummary summary, out string? skipRule)
    {
        errors = rowErrors;
        skipRule = SkipRule();
        if (skipRule is not null)
        {
            return null;
        }

        var reporter = Area(Field.ReporterCode, Field.ReporterIso, ComtradeSkipRules.ReporterNotCountry, out var reporterSkip);
        var partner = Area(Field.PartnerCode, Field.PartnerIso, ComtradeSkipRules.PartnerNotCountry, out var partnerSkip);
        if (errors.Count == 0 && (reporterSkip ?? partnerSkip) is { } areaSkip)
        {
            skipRule = areaSkip;
            return null;
        }

        if (errors.Count == 0 && reporter is { } r && partner is { } p && r == p)
        {
            skipRule = ComtradeSkipRules.PartnerIsReporter;
            return null;
        }

        var direction = Direction(out var flowSkip);
        if (flowSkip is not null && errors.Count == 0)
        {
            skipRule = flowSkip;
            return null;
        }

        var period = Period();
        var commodity = Commodity();
        var value = Amount(Field.Value, required: true);
        var valuation = ValuationOf(direction, value);
        var estimated = Flag(Field.IsReported) == false;
        var quantity = QuantityOf(summary, out var quantityEstimated);
        var netWeight = Amount(Field.NetWeight, required: false) is { } kg ? new Quantity(kg, Unit.Kilograms) : (Quantity?)null;
        var netWeightEstimated = Flag(Field.NetWeightEstimated) == true;
        if (errors.Count > 0)
        {
            return null;
        }

        var flow = TradeFlow.TryCreate(
            reporter!.Value, TradePartner.Of(partner!.Value), direction, period, new Money(value!.Value, CurrencyCode.Usd), valuation, commodity,
            estimated, estimated ? EstimateNote : null, citations);
        if (!flow.IsValid)
        {
            foreach (var error in flow.Errors)
            {
                errors.Add(new ImportError(error.Code, error.Message, rows.File, rows.Line, Pointer(), ColumnOf(error.Path)));
            }

            return null;
        }

        return new ComtradeRecord(flow.Value, rows.Line, rows.Pointer, quantity, quantityEstimated, netWeight, netWeightEstimated);
    }

    // Rows the model does not import, by rules on their codes alone (checked before any value is parsed).
    private string? SkipRule()
    {
        if (Has(Field.Type) && !Text(Field.Type).Trim().Equals("C", StringComparison.Ordinal))
        {
            return ComtradeSkipRules.NotGoods;
        }

        var classification = Text(Field.Classification).Trim();
        if (!classification.Equals("HS", StringComparison.Ordinal) && !IsHsEdition(classification))
        {
            return ComtradeSkipRules.NotHs;
        }

        if (Has(Field.SecondPartnerCode) && !Text(Field.SecondPartnerCode).Trim().SequenceEqual("0"))
        {
            return ComtradeSkipRules.SecondPartnerDetail;
        }

        if (Has(Field.Customs) && !Text(Field.Customs).Trim().SequenceEqual("C00"))
        {
            return ComtradeSkipRules.CustomsDetail;
        }

        if (Has(Field.TransportMode) && !Text(Field.TransportMode).Trim().SequenceEqual("0"))
        {
            return ComtradeSkipRules.TransportDetail;
        }

        if (Has(Field.SupplyMode) && !Text(Field.SupplyMode).Trim().SequenceEqual("0"))
        {
            return ComtradeSkipRules.SupplyDetail;
        }

        return null;
    }

    private static bool IsHsEdition(ReadOnlySpan<char> code) => code.Length == 2 && code[0] == 'H' && code[1] is >= '0' and <= '6';

    // A reporter or partner: the numeric code decides; the ISO column, when given, must agree with it.
    private CountryCode? Area(Field codeField, Field isoField, string notCountryRule, out string? skip)
    {
        skip = null;
        var text = Text(codeField);
        if (CellText.IsEmpty(text))
        {
            Missing(codeField);
            return null;
        }

        if (!CellText.TryInt(text, out var code) || code < 0)
        {
            Invalid(codeField, $"{CellText.Quote(text)} is not a UN Comtrade area code (a whole number such as 156 or 398).");
            return null;
        }

        var country = ComtradeAreas.Country(code);
        var iso = Text(isoField).Trim();
        CountryCode? isoCountry = iso.Length == 3 && CountryCode.TryParse(iso, out var parsed) ? parsed : null;
        if (!iso.IsEmpty && country != isoCountry && !(country is null && isoCountry is null))
        {
            errors.Add(Error(
                ImportErrorCodes.ValuesDisagree,
                $"The area code {code} is {(country is { } c ? $"{c.Alpha3} ({c.EnglishName})" : "not a country")}, but {layout.Column(isoField)} is {CellText.Quote(iso)}{(isoCountry is { } i ? $" ({i.EnglishName})" : string.Empty)}.",
                codeField));
            return null;
        }

        if (country is null)
        {
            skip = code == ComtradeAreas.World && codeField == Field.PartnerCode ? ComtradeSkipRules.PartnerWorld : notCountryRule;
        }

        return country;
    }

    private FlowDirection Direction(out string? skip)
    {
        skip = null;
        var text = Text(Field.Flow).Trim();
        if (text.IsEmpty)
        {
            Missing(Field.Flow);
            return default;
        }

        if (layout.Legacy)
        {
            // The legacy reference table: 1 imports, 2 exports, 3 re-exports, 4 re-imports.
            switch (text)
            {
                case "1": return FlowDirection.Import;
                case "2": return FlowDirection.Export;
                case "3": return FlowDirection.ReExport;
                case "4": return FlowDirection.ReImport;
                default:
                    Invalid(Field.Flow, $"{CellText.Quote(text)} is not a legacy trade flow code (1 imports, 2 exports, 3 re-exports, 4 re-imports).");
                    return default;
            }
        }

        switch (text)
        {
            case "M": return FlowDirection.Import;
            case "X": return FlowDirection.Export;
            case "RM": return FlowDirection.ReImport;
            case "RX": return FlowDirection.ReExport;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                Invalid(Field.Flow, $"{CellText.Quote(text)} is not a flow code (M, X, RM, RX, or another code of capital letters).");
                return default;
            }
        }

        if (text.Length > 4)
        {
            Invalid(Field.Flow, $"{CellText.Quote(text)} is not a flow code (M, X, RM, RX, or another code of capital letters).");
            return default;
        }

        skip = ComtradeSkipRules.FlowNotMapped;
        return default;
    }

    private TradePeriod Period()
    {
        if (layout.Legacy)
        {
            var period = Text(Field.Period).Trim();
            if (period.IsEmpty)
            {
                Missing(Field.Period);
                return default;
            }

            var parsed = YearOrMonth(period, Field.Period);
            if (parsed != default && Has(Field.Year) && CellText.TryInt(Text(Field.Year), out var year) && year != parsed.Year)
            {
                errors.Add(Error(ImportErrorCodes.ValuesDisagree, $"Period {period} is not in Year {year}.", Field.Period));
                return default;
            }

            return parsed;
        }

        var frequency = Text(Field.Frequency).Trim();
        if (!CellText.TryInt(Text(Field.Year), out var refYear) || refYear is < 1 or > 9999)
        {
            if (CellText.IsEmpty(Text(Field.Year)))
            {
                Missing(Field.Year);
            }
            else
            {
                Invalid(Field.Year, $"{CellText.Quote(Text(Field.Year))} is not a year.");
            }

            return default;
        }

        TradePeriod result;
        if (frequency.SequenceEqual("A"))
        {
            result = TradePeriod.ForYear(refYear);
        }
        else if (frequency.SequenceEqual("M"))
        {
            if (!CellText.TryInt(Text(Field.Month), out var month) || month is < 1 or > 12)
            {
                if (CellText.IsEmpty(Text(Field.Month)))
                {
                    errors.Add(Error(ImportErrorCodes.ValueMissing, "A monthly row (freqCode M) needs its month in refMonth.", Field.Month));
                }
                else
                {
                    Invalid(Field.Month, $"{CellText.Quote(Text(Field.Month))} is not a month from 1 to 12.");
                }

                return default;
            }

            result = TradePeriod.ForMonth(refYear, month);
        }
        else if (frequency.IsEmpty)
        {
            Missing(Field.Frequency);
            return default;
        }
        else
        {
            Invalid(Field.Frequency, $"{CellText.Quote(frequency)} is not a frequency: A (annual) or M (monthly).");
            return default;
        }

        var given = Text(Field.Period).Trim();
        if (!given.IsEmpty)
        {
            var expected = result.Month is { } m ? (refYear * 100) + m : refYear;
            if (!CellText.TryInt(given, out var number) || number != expected)
            {
                errors.Add(Error(ImportErrorCodes.ValuesDisagree, $"period is {CellText.Quote(given)}, but freqCode, refYear and refMonth give {expected.ToString(CultureInfo.InvariantCulture)}.", Field.Period));
                return default;
            }
        }

        return result;
    }

    private TradePeriod YearOrMonth(ReadOnlySpan<char> text, Field field)
    {
        if (CellText.TryInt(text, out var number))
        {
            if (text.Length == 4 && number is >= 1 and <= 9999)
            {
                return TradePeriod.ForYear(number);
            }

            if (text.Length == 6 && number / 100 is >= 1 and <= 9999 && number % 100 is >= 1 and <= 12)
            {
                return TradePeriod.ForMonth(number / 100, number % 100);
            }
        }

        Invalid(field, $"{CellText.Quote(text)} is not a period: a year (2022) or a month (202203).");
        return default;
    }

    private HsCode? Commodity()
    {
        var code = Text(Field.Commodity).Trim();
        if (code.IsEmpty)
        {
            Missing(Field.Commodity);
            return null;
        }

        if (code.SequenceEqual("TOTAL"))
        {
            return null; // all goods
        }

        var classification = Text(Field.Classification).Trim();
        Span<char> text = stackalloc char[9];
        if (code.Length > 6)
        {
            Invalid(Field.Commodity, $"{CellText.Quote(code)} is not an HS code of 2, 4 or 6 digits, nor TOTAL.");
            return null;
        }

        var length = 0;
        if (IsHsEdition(classification))
        {
            classification.CopyTo(text);
            text[2] = ':';
            length = 3;
        }

        code.CopyTo(text[length..]);
        length += code.Length;
        if (!HsCode.TryParse(text[..length], out var hs))
        {
            Invalid(Field.Commodity, $"{CellText.Quote(code)} is not an HS code of 2, 4 or 6 digits, nor TOTAL.");
            return null;
        }

        return hs;
    }

    private decimal? Amount(Field field, bool required)
    {
        var text = Text(field);
        if (CellText.IsEmpty(text))
        {
            if (required)
            {
                Missing(field);
            }

            return null;
        }

        if (!CellText.TryDecimal(text, out var value))
        {
            Invalid(field, $"{CellText.Quote(text)} is not a number.");
            return null;
        }

        if (value < 0m)
        {
            Invalid(field, $"{CellText.Quote(text)} is negative; a trade value or weight is zero or more.");
            return null;
        }

        return value;
    }

    // CIF for an import whose CIF column holds the primary value, FOB for an export whose FOB column does; else unknown.
    // Both columns are checked as amounts whenever given, so a malformed one is an error, not an unknown valuation.
    private Valuation ValuationOf(FlowDirection direction, decimal? value)
    {
        var cif = Amount(Field.CifValue, required: false);
        var fob = Amount(Field.FobValue, required: false);
        if (value is not { } primary)
        {
            return Valuation.Unknown;
        }

        var isImport = direction is FlowDirection.Import or FlowDirection.ReImport;
        return isImport && cif == primary ? Valuation.Cif
            : !isImport && fob == primary ? Valuation.Fob
            : Valuation.Unknown;
    }

    private Quantity? QuantityOf(ImportSummary summary, out bool estimated)
    {
        estimated = Flag(Field.QuantityEstimated) == true || LegacyFlag();
        var amount = Amount(Field.Quantity, required: false);
        if (amount is not { } qty)
        {
            return null;
        }

        var unitText = Text(Field.QuantityUnit).Trim();
        if (unitText.IsEmpty)
        {
            summary.NotKept("quantity without a unit code");
            return null;
        }

        if (!CellText.TryInt(unitText, out var unitCode))
        {
            Invalid(Field.QuantityUnit, $"{CellText.Quote(unitText)} is not a quantity unit code (a whole number such as 8 for kg).");
            return null;
        }

        // The WCO units of UN Comtrade's reference table that the model holds; -1 and 1 are "no quantity", so a
        // quantity other than zero under them is counted as not kept, like one in a unit the model has no place for.
        Unit? unit = unitCode switch { 5 => Unit.Items, 7 => Unit.Litres, 8 => Unit.Kilograms, 12 => Unit.CubicMetres, _ => null };
        if (unit is { } u)
        {
            return new Quantity(qty, u);
        }

        if (unitCode is not (-1 or 1))
        {
            summary.NotKept("quantity in unit code " + unitCode.ToString(CultureInfo.InvariantCulture) + " (not kg, l, m3 or items)");
        }
        else if (qty != 0m)
        {
            summary.NotKept("quantity under unit code " + unitCode.ToString(CultureInfo.InvariantCulture) + " (no quantity)");
        }

        return null;
    }

    // The legacy CSV's estimation flag: 0 for none, another whole number for a quantity or weight estimated.
    private bool LegacyFlag()
    {
        if (!layout.Legacy || !Has(Field.LegacyFlag))
        {
            return false;
        }

        if (!CellText.TryInt(Text(Field.LegacyFlag), out var flag) || flag < 0)
        {
            Invalid(Field.LegacyFlag, $"{CellText.Quote(Text(Field.LegacyFlag))} is not an estimation flag (0 for none, or a positive whole number).");
            return false;
        }

        return flag != 0;
    }

    private bool? Flag(Field field)
    {
        if (!Has(field) || CellText.IsEmpty(Text(field)))
        {
            return null;
        }

        var flag = CellText.Boolean(Text(field));
        if (flag is null)
        {
            Invalid(field, $"{CellText.Quote(Text(field))} is not true or false.");
        }

        return flag;
    }

    private bool Has(Field field) => index[(int)field] >= 0 && !CellText.IsEmpty(source[index[(int)field]]);

    private ReadOnlySpan<char> Text(Field field) => source[index[(int)field]];

    private void Missing(Field field) => errors.Add(Error(ImportErrorCodes.ValueMissing, "The value is empty.", field));

    private void Invalid(Field field, string message) => errors.Add(Error(ImportErrorCodes.ValueInvalid, message, field));

    private ImportError Error(string code, string message, Field field) =>
        new(code, message, source.File, source.Line, source.Pointer is { } p && layout.Column(field) is { } c ? p + "/" + c : source.Pointer, layout.Column(field));

    private string? Pointer() => source.Pointer;

    // The file's column behind a path of the model's error (the model names its own properties).
    private string? ColumnOf(string path) => path switch
    {
        "/reporter" => layout.Column(Field.ReporterCode),
        "/partner" => layout.Column(Field.PartnerCode),
        "/value" or "/value/amount" => layout.Column(Field.Value),
        "/period" => layout.Column(Field.Period) ?? layout.Column(Field.Year),
        "/commodity" => layout.Column(Field.Commodity),
        _ => null,
    };
}
