using System.Text.Json;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.People;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="Incumbency"/> (a query result), written as <c>{"leader", "term"}</c>.
/// Query results are written, not read: reading one throws <see cref="CentralAsiaJsonException"/> with
/// the code <c>json.type.write-only</c> (read the records and query them again).
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so that a web API can return query results as they
/// are; it is public so that source-generated contexts in your own assembly can serialize types that contain them.</remarks>
public sealed class IncumbencyConverter : DomainConverter<Incumbency>
{
    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Leader,
        Term,
    }

    private static readonly JsonPropertyTable<Property> Properties = new();

    internal override Incumbency? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => WriteOnly.Refuse<Incumbency>(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, Incumbency value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(Properties[Property.Leader]);
        LeaderConverter.WriteValue(writer, value.Leader);
        writer.WritePropertyName(Properties[Property.Term]);
        TermConverter.WriteValue(writer, value.Term);
        writer.WriteEndObject();
    }
}
