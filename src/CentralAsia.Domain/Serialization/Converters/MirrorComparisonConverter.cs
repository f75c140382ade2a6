using System.Text.Json;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Trade;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="MirrorComparison"/> (a query result), written as <c>{"first"?, "second"?, "gap"?, "ratio"?}</c> (a side the data lacks is left out, and so are the gap and ratio then).
/// Query results are written, not read: reading one throws <see cref="CentralAsiaJsonException"/> with
/// the code <c>json.type.write-only</c> (read the records and query them again).
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so that a web API can return query results as they
/// are; it is public so that source-generated contexts in your own assembly can serialize types that contain them.</remarks>
public sealed class MirrorComparisonConverter : DomainConverter<MirrorComparison>
{
    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        First,
        Second,
        Gap,
        Ratio,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.First, Property.Second, Property.Gap, Property.Ratio);

    internal override MirrorComparison? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => WriteOnly.Refuse<MirrorComparison>(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, MirrorComparison value)
    {
        writer.WriteStartObject();
        if (value.First is { } first)
        {
            writer.WritePropertyName(Properties[Property.First]);
            TradeTotalConverter.WriteValue(writer, first);
        }

        if (value.Second is { } second)
        {
            writer.WritePropertyName(Properties[Property.Second]);
            TradeTotalConverter.WriteValue(writer, second);
        }

        if (value.Gap is { } gap)
        {
            JsonWrite.Money(writer, Properties[Property.Gap], gap);
        }

        if (value.Ratio is { } ratio)
        {
            writer.WriteNumber(Properties[Property.Ratio], ratio);
        }

        writer.WriteEndObject();
    }
}
