using System.Text.Json;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Trade;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="PartnerShare"/> (a query result), written as <c>{"total", "share", "rank"}</c> (the share a fraction of 1).
/// Query results are written, not read: reading one throws <see cref="CentralAsiaJsonException"/> with
/// the code <c>json.type.write-only</c> (read the records and query them again).
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so that a web API can return query results as they
/// are; it is public so that source-generated contexts in your own assembly can serialize types that contain them.</remarks>
public sealed class PartnerShareConverter : DomainConverter<PartnerShare>
{
    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Total,
        Share,
        Rank,
    }

    private static readonly JsonPropertyTable<Property> Properties = new();

    internal override PartnerShare? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => WriteOnly.Refuse<PartnerShare>(ref reader, state);

    internal static void WriteValue(Utf8JsonWriter writer, PartnerShare value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(Properties[Property.Total]);
        TradeTotalConverter.WriteValue(writer, value.Total);
        writer.WriteNumber(Properties[Property.Share], value.Share);
        writer.WriteNumber(Properties[Property.Rank], value.Rank);
        writer.WriteEndObject();
    }

    internal override void WriteCore(Utf8JsonWriter writer, PartnerShare value) => WriteValue(writer, value);
}
