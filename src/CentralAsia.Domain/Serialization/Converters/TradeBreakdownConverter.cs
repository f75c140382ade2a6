using System.Text.Json;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Trade;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="TradeBreakdown"/> (a query result), written as <c>{"reporter", "period", "total"?, "partners"?, "unknown"?}</c>.
/// Query results are written, not read: reading one throws <see cref="CentralAsiaJsonException"/> with
/// the code <c>json.type.write-only</c> (read the records and query them again).
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so that a web API can return query results as they
/// are; it is public so that source-generated contexts in your own assembly can serialize types that contain them.</remarks>
public sealed class TradeBreakdownConverter : DomainConverter<TradeBreakdown>
{
    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Reporter,
        Period,
        Total,
        Partners,
        Unknown,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.Total, Property.Partners, Property.Unknown);

    internal override TradeBreakdown? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => WriteOnly.Refuse<TradeBreakdown>(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, TradeBreakdown value)
    {
        writer.WriteStartObject();
        JsonWrite.Formatted(writer, Properties[Property.Reporter], value.Reporter);
        JsonWrite.Formatted(writer, Properties[Property.Period], value.Period);
        JsonWrite.OptionalMoney(writer, Properties[Property.Total], value.Total);
        JsonWrite.Array(writer, Properties[Property.Partners], value.Partners, PartnerShareConverter.WriteValue);
        JsonWrite.FormattedArray(writer, Properties[Property.Unknown], value.Unknown);
        writer.WriteEndObject();
    }
}
