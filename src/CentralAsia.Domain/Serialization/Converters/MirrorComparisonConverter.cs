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
    private static readonly JsonPropertyTable Properties = new("first?", "second?", "gap?", "ratio?");

    internal override MirrorComparison? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => WriteOnly.Refuse<MirrorComparison>(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, MirrorComparison value)
    {
        var n = Properties.Encoded;
        writer.WriteStartObject();
        if (value.First is { } first)
        {
            writer.WritePropertyName(n[0]);
            TradeTotalConverter.WriteValue(writer, first);
        }

        if (value.Second is { } second)
        {
            writer.WritePropertyName(n[1]);
            TradeTotalConverter.WriteValue(writer, second);
        }

        if (value.Gap is { } gap)
        {
            JsonWrite.Money(writer, n[2], gap);
        }

        if (value.Ratio is { } ratio)
        {
            writer.WriteNumber(n[3], ratio);
        }

        writer.WriteEndObject();
    }
}
