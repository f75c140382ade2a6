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
    private static readonly JsonPropertyTable Properties = new("published", "sumOfParts", "difference", "relativeDifference?", "parts?", "missing?");

    internal override GroupTotalCheck? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => WriteOnly.Refuse<GroupTotalCheck>(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, GroupTotalCheck value)
    {
        var n = Properties.Encoded;
        writer.WriteStartObject();
        writer.WritePropertyName(n[0]);
        TradeTotalConverter.WriteValue(writer, value.Published);
        JsonWrite.Money(writer, n[1], value.SumOfParts);
        JsonWrite.Money(writer, n[2], value.Difference);
        if (value.RelativeDifference is { } relative)
        {
            writer.WriteNumber(n[3], relative);
        }

        JsonWrite.Array(writer, n[4], value.Parts, TradeTotalConverter.WriteValue);
        JsonWrite.FormattedArray(writer, n[5], value.Missing);
        writer.WriteEndObject();
    }
}
