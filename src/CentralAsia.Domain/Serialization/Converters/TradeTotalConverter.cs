using System.Text.Json;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Trade;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="TradeTotal"/> (a query result), written as <c>{"reporter", "partner", "period", "value", "basis", "estimated", "flows"}</c>.
/// Query results are written, not read: reading one throws <see cref="CentralAsiaJsonException"/> with
/// the code <c>json.type.write-only</c> (read the records and query them again).
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so that a web API can return query results as they
/// are; it is public so that source-generated contexts in your own assembly can serialize types that contain them.</remarks>
public sealed class TradeTotalConverter : DomainConverter<TradeTotal>
{
    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Reporter,
        Partner,
        Period,
        Value,
        Basis,
        Estimated,
        Flows,
    }

    private static readonly JsonPropertyTable<Property> Properties = new();

    internal override TradeTotal? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => WriteOnly.Refuse<TradeTotal>(ref reader, state);

    internal static void WriteValue(Utf8JsonWriter writer, TradeTotal value)
    {
        writer.WriteStartObject();
        JsonWrite.Formatted(writer, Properties[Property.Reporter], value.Reporter);
        JsonWrite.Formatted(writer, Properties[Property.Partner], value.Partner);
        JsonWrite.Formatted(writer, Properties[Property.Period], value.Period);
        JsonWrite.Money(writer, Properties[Property.Value], value.Value);
        writer.WriteString(Properties[Property.Basis], KebabCaseEnum<TotalBasis>.Utf8Name(value.Basis));
        writer.WriteBoolean(Properties[Property.Estimated], value.Estimated);
        JsonWrite.Array(writer, Properties[Property.Flows], value.Flows, TradeFlowConverter.WriteValue);
        writer.WriteEndObject();
    }

    internal override void WriteCore(Utf8JsonWriter writer, TradeTotal value) => WriteValue(writer, value);
}
