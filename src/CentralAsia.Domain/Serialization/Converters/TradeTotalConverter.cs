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
    private static readonly JsonPropertyTable Properties = new("reporter", "partner", "period", "value", "basis", "estimated", "flows");

    internal override TradeTotal? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => WriteOnly.Refuse<TradeTotal>(ref reader, state);

    internal static void WriteValue(Utf8JsonWriter writer, TradeTotal value)
    {
        var n = Properties.Encoded;
        writer.WriteStartObject();
        JsonWrite.Formatted(writer, n[0], value.Reporter);
        JsonWrite.Formatted(writer, n[1], value.Partner);
        JsonWrite.Formatted(writer, n[2], value.Period);
        JsonWrite.Money(writer, n[3], value.Value);
        writer.WriteString(n[4], KebabCaseEnum<TotalBasis>.Utf8Name(value.Basis));
        writer.WriteBoolean(n[5], value.Estimated);
        JsonWrite.Array(writer, n[6], value.Flows, TradeFlowConverter.WriteValue);
        writer.WriteEndObject();
    }

    internal override void WriteCore(Utf8JsonWriter writer, TradeTotal value) => WriteValue(writer, value);
}
