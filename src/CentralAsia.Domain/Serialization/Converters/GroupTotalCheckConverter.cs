using System.Text.Json;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Trade;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="GroupTotalCheck"/> (a query result), written as <c>{"published", "sumOfParts", "difference", "relativeDifference"?, "parts"?, "missing"?}</c>.
/// Query results are written, not read: reading one throws <see cref="CentralAsiaJsonException"/> with
/// the code <c>json.type.write-only</c> (read the records and query them again).
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so that a web API can return query results as they
/// are; it is public so that source-generated contexts in your own assembly can serialize types that contain them.</remarks>
public sealed class GroupTotalCheckConverter : DomainConverter<GroupTotalCheck>
{
    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Published,
        SumOfParts,
        Difference,
        RelativeDifference,
        Parts,
        Missing,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.RelativeDifference, Property.Parts, Property.Missing);

    internal override GroupTotalCheck? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => WriteOnly.Refuse<GroupTotalCheck>(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, GroupTotalCheck value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(Properties[Property.Published]);
        TradeTotalConverter.WriteValue(writer, value.Published);
        JsonWrite.Money(writer, Properties[Property.SumOfParts], value.SumOfParts);
        JsonWrite.Money(writer, Properties[Property.Difference], value.Difference);
        if (value.RelativeDifference is { } relative)
        {
            writer.WriteNumber(Properties[Property.RelativeDifference], relative);
        }

        JsonWrite.Array(writer, Properties[Property.Parts], value.Parts, TradeTotalConverter.WriteValue);
        JsonWrite.FormattedArray(writer, Properties[Property.Missing], value.Missing);
        writer.WriteEndObject();
    }
}
