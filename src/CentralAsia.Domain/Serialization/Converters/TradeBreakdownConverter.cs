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
    private static readonly JsonPropertyTable Properties = new("reporter", "period", "total?", "partners?", "unknown?");

    internal override TradeBreakdown? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => WriteOnly.Refuse<TradeBreakdown>(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, TradeBreakdown value)
    {
        var n = Properties.Encoded;
        writer.WriteStartObject();
        JsonWrite.Formatted(writer, n[0], value.Reporter);
        JsonWrite.Formatted(writer, n[1], value.Period);
        JsonWrite.OptionalMoney(writer, n[2], value.Total);
        JsonWrite.Array(writer, n[3], value.Partners, PartnerShareConverter.WriteValue);
        JsonWrite.FormattedArray(writer, n[4], value.Unknown);
        writer.WriteEndObject();
    }
}
