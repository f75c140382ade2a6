using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="TradeFlow"/>, in the canonical form
/// <c>{"reporter", "partner", "direction", "period", "value", "valuation"?, "commodity"?, "estimated"?, "note"?, "citations"?}</c>;
/// <c>valuation</c> is omitted when unknown and <c>estimated</c> when false.
/// Reading is strict and throws one <see cref="CentralAsiaJsonException"/> listing every error of the value.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class TradeFlowConverter : DomainConverter<TradeFlow>
{
    internal static readonly ItemReader<TradeFlow> Item = static (ref Utf8JsonReader r, JsonReadState s) => ReadValue(ref r, s)!;

    private static readonly JsonPropertyTable Properties =
        new("reporter", "partner", "direction", "period", "value", "valuation?", "commodity?", "estimated?", "note?", "citations?");

    internal static TradeFlow? ReadValue(ref Utf8JsonReader reader, JsonReadState state)
    {
        if (!state.BeginObject(ref reader, "a trade flow"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = state.Errors.Count;
        CountryCode reporter = default;
        TradePartner? partner = null;
        FlowDirection direction = default;
        TradePeriod period = default;
        Money value = default;
        var valuation = Valuation.Unknown;
        HsCode? commodity = null;
        var estimated = false;
        string? note = null;
        EquatableArray<SourceId> citations = default;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, Properties, ref seen, start)) >= 0)
        {
            switch (property)
            {
                case 0: reporter = ValueReaders.ReadCountry(ref reader, state); break;
                case 1: partner = ValueReaders.ReadPartner(ref reader, state); break;
                case 2: direction = state.ReadEnum<FlowDirection>(ref reader) ?? default; break;
                case 3: period = ValueReaders.ReadTradePeriod(ref reader, state); break;
                case 4: value = ValueReaders.ReadMoney(ref reader, state, nonNegative: true) ?? default; break;
                case 5: valuation = state.ReadEnum<Valuation>(ref reader) ?? Valuation.Unknown; break;
                case 6: commodity = ValueReaders.ReadHsCode(ref reader, state); break;
                case 7: estimated = state.ReadBoolean(ref reader) ?? false; break;
                case 8: note = state.ReadString(ref reader, "a note"); break;
                default: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        TradeFlow.Validate(ref errors, reporter, partner, direction, period, value, valuation, commodity, estimated, note, citations);
        return state.Complete(before, ref errors, start)
            ? new TradeFlow(reporter, partner!, direction, period, value, valuation, commodity, estimated, note, citations, validated: Validated.Yes)
            : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, TradeFlow value)
    {
        var n = Properties.Encoded;
        writer.WriteStartObject();
        JsonWrite.Formatted(writer, n[0], value.Reporter);
        JsonWrite.Formatted(writer, n[1], value.Partner);
        writer.WriteString(n[2], KebabCaseEnum<FlowDirection>.Utf8Name(value.Direction));
        JsonWrite.Formatted(writer, n[3], value.Period);
        JsonWrite.Money(writer, n[4], value.Value);
        if (value.Valuation != Valuation.Unknown)
        {
            writer.WriteString(n[5], KebabCaseEnum<Valuation>.Utf8Name(value.Valuation));
        }

        if (value.Commodity is { } commodity)
        {
            JsonWrite.Formatted(writer, n[6], commodity);
        }

        if (value.Estimated)
        {
            writer.WriteBoolean(n[7], true);
        }

        JsonWrite.OptionalString(writer, n[8], value.Note);
        JsonWrite.FormattedArray(writer, n[9], value.Citations);
        writer.WriteEndObject();
    }

    internal override TradeFlow? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, TradeFlow value) => WriteValue(writer, value);
}
