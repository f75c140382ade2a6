using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Columnar.Internal;

// Reads a raw row into a trade flow with the model's own rules: each bad value is an error at its column, every
// error of the row at once, and nothing the model refuses is read as a default.
internal sealed class TradeFlowRowAssembler(string? file, PartitionValues? partition)
{
    private readonly List<ColumnarError> errors = [];
    private readonly ParseCache<CountryCode> countries = new(static c => c.ToString());
    private readonly ParseCache<TradePartner> partners = new(static p => p.ToString());
    private readonly ParseCache<CurrencyCode> currencies = new(static c => c.ToString());
    private readonly ParseCache<SourceId> sources = new(static s => s.Value);
    private readonly ParseCache<HsCode> hsCodes = new(static h => h.ToString());

    internal RowResult<TradeFlow> Build(RawRow raw, long row)
    {
        errors.Clear();
        var reporterValue = partition?.Reporter ?? default;
        if (raw.HasReporterColumn)
        {
            var code = Parsed(raw.Reporter, TradeFlowColumns.Reporter, countries);
            if (partition is not null && code != default && code != partition.Reporter)
            {
                Add(ColumnarErrorCodes.PartitionInvalid, $"The row says '{code}' but its folder says reporter={partition.Reporter}.", TradeFlowColumns.Reporter);
            }

            reporterValue = partition?.Reporter ?? code;
        }

        var partnerValue = Parsed(raw.Partner, TradeFlowColumns.Partner, partners);
        var directionValue = Enum<FlowDirection>(raw.Direction, TradeFlowColumns.Direction);
        var yearValue = partition?.Year;
        if (raw.HasYearColumn)
        {
            if (raw.YearProblem is not null)
            {
                Add(ErrorCodes.NumberOutOfRange, raw.YearProblem, TradeFlowColumns.Year);
            }
            else if (raw.Year is not { } y)
            {
                Add(ErrorCodes.ValueRequired, "A trade flow needs its year.", TradeFlowColumns.Year);
            }
            else
            {
                if (partition is not null && y != partition.Year)
                {
                    Add(ColumnarErrorCodes.PartitionInvalid, $"The row says {y} but its folder says year={partition.Year}.", TradeFlowColumns.Year);
                }

                yearValue = partition?.Year ?? (int)y;
            }
        }

        if (raw.MonthProblem is not null)
        {
            Add(ErrorCodes.NumberOutOfRange, raw.MonthProblem, TradeFlowColumns.Month);
        }

        TradePeriod period = default;
        if (yearValue is { } year)
        {
            if (raw.Month is { } m and (< 1 or > 12))
            {
                Add(ErrorCodes.DateInvalid, $"The month {m} is not 1 to 12.", TradeFlowColumns.Month);
            }
            else if (year is < 1 or > 9999)
            {
                Add(ErrorCodes.DateInvalid, $"The year {year} is not 1 to 9999.", TradeFlowColumns.Year);
            }
            else
            {
                period = raw.Month is { } month ? TradePeriod.ForMonth(year, (int)month) : TradePeriod.ForYear(year);
            }
        }

        if (raw.ValueProblem is not null)
        {
            Add(ErrorCodes.NumberOutOfRange, raw.ValueProblem, TradeFlowColumns.Value);
        }
        else if (raw.Value is null)
        {
            Add(ErrorCodes.ValueRequired, "A trade flow needs its value.", TradeFlowColumns.Value);
        }

        var currencyValue = Parsed(raw.Currency, TradeFlowColumns.Currency, currencies);
        var valuationValue = Enum<Valuation>(raw.Valuation, TradeFlowColumns.Valuation);
        var commodity = Commodity(raw.HsCode, raw.HsEdition);
        if (raw.Estimated is null)
        {
            Add(ErrorCodes.ValueRequired, "A trade flow says whether it is estimated.", TradeFlowColumns.Estimated);
        }

        var noteValue = raw.Note?.ToString();
        var cited = Citations(raw);

        // The model's own rules run even when a column could not be read, so a row's every error is listed at once;
        // a column already in error is not reported twice (its default stand-in would only say "required").
        var money = currencyValue == default ? default : new Money(raw.Value ?? 0m, currencyValue);
        var result = TradeFlow.TryCreate(reporterValue, partnerValue, directionValue, period, money, valuationValue, commodity, raw.Estimated ?? false, noteValue, cited);
        if (result.IsValid && errors.Count == 0)
        {
            return new RowResult<TradeFlow>(result.Value, null);
        }

        if (!result.IsValid)
        {
            var failed = errors.Select(e => e.Column).ToHashSet(StringComparer.Ordinal);
            if (failed.Contains(TradeFlowColumns.Currency))
            {
                failed.Add(TradeFlowColumns.Value);
            }

            if (failed.Contains(TradeFlowColumns.Month))
            {
                failed.Add(TradeFlowColumns.Year);
            }

            foreach (var error in result.Errors)
            {
                var column = ColumnOf(error.Path);
                if (!failed.Contains(column))
                {
                    Add(error.Code, error.Message, column);
                }
            }
        }

        return new RowResult<TradeFlow>(null, [.. errors.Select(e => new ColumnarError(e.Code, e.Message, file, row, e.Column))]);
    }

    private HsCode? Commodity(ReadOnlyMemory<char>? digits, ReadOnlyMemory<char>? editionText)
    {
        if (editionText is not null && digits is null)
        {
            Add(ErrorCodes.HsCodeInvalid, "An HS edition without an HS code.", TradeFlowColumns.HsEdition);
            return null;
        }

        if (digits is not { } text)
        {
            return null;
        }

        // "H6:" and the digits, built on the stack: the cache is keyed by the text, so a row costs no string.
        Span<char> combined = stackalloc char[16];
        var length = 0;
        if (editionText is { } e)
        {
            if (EnumText<HsEdition>.TryParse(e.Span, out var edition) && text.Length <= combined.Length - 3)
            {
                combined[0] = 'H';
                combined[1] = (char)('0' + (int)edition - 1);
                combined[2] = ':';
                text.Span.CopyTo(combined[3..]);
                length = 3 + text.Length;
            }
            else if (!EnumText<HsEdition>.TryParse(e.Span, out _))
            {
                Add(ErrorCodes.HsCodeEditionUnknown, $"{ParseCache<HsCode>.Quote(e.Span)} is not an HS edition; expected one of: {EnumText<HsEdition>.Expected}.", TradeFlowColumns.HsEdition);
            }
        }

        var parsed = hsCodes.Get(length > 0 ? combined[..length] : text.Span);
        if (parsed.Code is not null)
        {
            Add(parsed.Code, parsed.Message!, TradeFlowColumns.HsCode);
            return null;
        }

        return parsed.Value;
    }

    private EquatableArray<SourceId> Citations(RawRow raw)
    {
        if (raw.CitationsNull || raw.Citations.Count == 0)
        {
            return default;
        }

        var builder = ImmutableArray.CreateBuilder<SourceId>(raw.Citations.Count);
        foreach (var text in raw.Citations)
        {
            if (text is not { } t)
            {
                Add(ErrorCodes.ValueRequired, "A citation inside the list is null.", TradeFlowColumns.Citations);
                continue;
            }

            var parsed = sources.Get(t.Span);
            if (parsed.Code is not null)
            {
                Add(parsed.Code, parsed.Message!, TradeFlowColumns.Citations);
            }
            else
            {
                builder.Add(parsed.Value!);
            }
        }

        return builder.DrainToImmutable();
    }

    private void Add(string code, string message, string? column) => errors.Add(new ColumnarError(code, message, null, null, column));

    // The model's JSON Pointer names a property; the column that holds it.
    private static string? ColumnOf(string path)
    {
        var property = path.AsSpan().TrimStart('/');
        var slash = property.IndexOf('/');
        var head = slash < 0 ? property : property[..slash];
        return head switch
        {
            "reporter" => TradeFlowColumns.Reporter,
            "partner" => TradeFlowColumns.Partner,
            "direction" => TradeFlowColumns.Direction,
            "period" => TradeFlowColumns.Year,
            "value" => slash >= 0 && property[(slash + 1)..].SequenceEqual("currency") ? TradeFlowColumns.Currency : TradeFlowColumns.Value,
            "valuation" => TradeFlowColumns.Valuation,
            "commodity" => TradeFlowColumns.HsCode,
            "estimated" => TradeFlowColumns.Estimated,
            "note" => TradeFlowColumns.Note,
            "citations" => TradeFlowColumns.Citations,
            _ => null,
        };
    }

    private T? Parsed<T>(ReadOnlyMemory<char>? text, string column, ParseCache<T> cache)
        where T : ISpanParsable<T>
    {
        if (text is not { } t)
        {
            Add(ErrorCodes.ValueRequired, "The value is required.", column);
            return default;
        }

        var parsed = cache.Get(t.Span);
        if (parsed.Code is not null)
        {
            Add(parsed.Code, parsed.Message!, column);
        }

        return parsed.Value;
    }

    private TEnum Enum<TEnum>(ReadOnlyMemory<char>? text, string column)
        where TEnum : struct, Enum
    {
        if (text is not { } t)
        {
            Add(ErrorCodes.ValueRequired, "The value is required.", column);
            return default;
        }

        if (EnumText<TEnum>.TryParse(t.Span, out var value))
        {
            return value;
        }

        Add(ErrorCodes.EnumUndefined, $"{ParseCache<SourceId>.Quote(t.Span)} is not a {typeof(TEnum).Name}; expected one of: {EnumText<TEnum>.Expected}.", column);
        return default;
    }
}
