using System.Text.Json;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Infrastructure;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="ProjectStatusOnDate"/> (a query result), written as <c>{"status", "since", "possiblyChangedTo"?, "isCertain"}</c>.
/// Query results are written, not read: reading one throws <see cref="CentralAsiaJsonException"/> with
/// the code <c>json.type.write-only</c> (read the records and query them again).
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so that a web API can return query results as they
/// are; it is public so that source-generated contexts in your own assembly can serialize types that contain them.</remarks>
public sealed class ProjectStatusOnDateConverter : DomainConverter<ProjectStatusOnDate>
{
    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Status,
        Since,
        PossiblyChangedTo,
        IsCertain,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.PossiblyChangedTo);

    internal override ProjectStatusOnDate? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => WriteOnly.Refuse<ProjectStatusOnDate>(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, ProjectStatusOnDate value)
    {
        writer.WriteStartObject();
        writer.WriteString(Properties[Property.Status], KebabCaseEnum<ProjectStatus>.Utf8Name(value.Status));
        writer.WritePropertyName(Properties[Property.Since]);
        StatusChangeConverter.WriteValue(writer, value.Since);
        if (value.PossiblyChangedTo is { } next)
        {
            writer.WritePropertyName(Properties[Property.PossiblyChangedTo]);
            StatusChangeConverter.WriteValue(writer, next);
        }

        writer.WriteBoolean(Properties[Property.IsCertain], value.IsCertain);
        writer.WriteEndObject();
    }
}
