using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
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

    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Reporter,
        Partner,
        Direction,
        Period,
        Value,
        Valuation,
        Commodity,
        Estimated,
        Note,
        Citations,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.Valuation, Property.Commodity, Property.Estimated, Property.Note, Property.Citations);

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
            switch ((Property)property)
            {
                case Property.Reporter: reporter = ValueReaders.ReadCountry(ref reader, state); break;
                case Property.Partner: partner = ValueReaders.ReadPartner(ref reader, state); break;
                case Property.Direction: direction = state.ReadEnum<FlowDirection>(ref reader) ?? default; break;
                case Property.Period: period = ValueReaders.ReadTradePeriod(ref reader, state); break;
                case Property.Value: value = ValueReaders.ReadMoney(ref reader, state, nonNegative: true) ?? default; break;
                case Property.Valuation: valuation = state.ReadEnum<Valuation>(ref reader) ?? Valuation.Unknown; break;
                case Property.Commodity: commodity = ValueReaders.ReadHsCode(ref reader, state); break;
                case Property.Estimated: estimated = state.ReadBoolean(ref reader) ?? false; break;
                case Property.Note: note = state.ReadString(ref reader, "a note"); break;
                case Property.Citations: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
                default: throw Properties.Unhandled(property);
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
        writer.WriteStartObject();
        JsonWrite.Formatted(writer, Properties[Property.Reporter], value.Reporter);
        JsonWrite.Formatted(writer, Properties[Property.Partner], value.Partner);
        writer.WriteString(Properties[Property.Direction], KebabCaseEnum<FlowDirection>.Utf8Name(value.Direction));
        JsonWrite.Formatted(writer, Properties[Property.Period], value.Period);
        JsonWrite.Money(writer, Properties[Property.Value], value.Value);
        if (value.Valuation != Valuation.Unknown)
        {
            writer.WriteString(Properties[Property.Valuation], KebabCaseEnum<Valuation>.Utf8Name(value.Valuation));
        }

        if (value.Commodity is { } commodity)
        {
            JsonWrite.Formatted(writer, Properties[Property.Commodity], commodity);
        }

        if (value.Estimated)
        {
            writer.WriteBoolean(Properties[Property.Estimated], true);
        }

        JsonWrite.OptionalString(writer, Properties[Property.Note], value.Note);
        JsonWrite.FormattedArray(writer, Properties[Property.Citations], value.Citations);
        writer.WriteEndObject();
    }

    internal override TradeFlow? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, TradeFlow value) => WriteValue(writer, value);
}
