using System.Text.Json;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="Office"/>, in the canonical form <c>{"title", "role"}</c>
/// (as a term writes its office). Reading is strict and throws one <see cref="CentralAsiaJsonException"/>
/// listing every error of the value.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class OfficeConverter : DomainConverter<Office>
{
    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Title,
        Role,
    }

    private static readonly JsonPropertyTable<Property> Properties = new();

    internal static Office? ReadValue(ref Utf8JsonReader reader, JsonReadState state)
    {
        if (!state.BeginObject(ref reader, "an office"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = state.Errors.Count;
        string? title = null;
        OfficeRole role = default;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, Properties, ref seen, start)) >= 0)
        {
            switch ((Property)property)
            {
                case Property.Title:
                    title = state.ReadString(ref reader, "the title");
                    break;
                case Property.Role:
                    role = state.ReadEnum<OfficeRole>(ref reader) ?? default;
                    break;
                default: throw Properties.Unhandled(property);
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        Office.Validate(ref errors, title, role);
        return state.Complete(before, ref errors, start) ? new Office(title!, role, validated: Validated.Yes) : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, Office value)
    {
        writer.WriteStartObject();
        writer.WriteString(Properties.Encoded[0], value.Title);
        writer.WriteString(Properties.Encoded[1], KebabCaseEnum<OfficeRole>.Utf8Name(value.Role));
        writer.WriteEndObject();
    }

    internal override Office? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, Office value) => WriteValue(writer, value);
}
