using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="PersonName"/>, in the canonical form <c>{"preferred", "aliases"?}</c>.
/// Reading is strict and throws one <see cref="CentralAsiaJsonException"/> listing every error of the value.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class PersonNameConverter : DomainConverter<PersonName>
{
    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Preferred,
        Aliases,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.Aliases);

    internal static PersonName? ReadValue(ref Utf8JsonReader reader, JsonReadState state)
    {
        if (!state.BeginObject(ref reader, "a name"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = state.Errors.Count;
        string? preferred = null;
        EquatableArray<NameAlias> aliases = default;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, Properties, ref seen, start)) >= 0)
        {
            switch ((Property)property)
            {
                case Property.Preferred:
                    preferred = state.ReadString(ref reader, "the preferred name");
                    break;
                case Property.Aliases:
                    aliases = state.ReadArray(ref reader, NameAliasConverter.Item, "name aliases");
                    break;
                default: throw Properties.Unhandled(property);
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        PersonName.Validate(ref errors, preferred, aliases);
        return state.Complete(before, ref errors, start) ? new PersonName(preferred!, aliases, validated: Validated.Yes) : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, PersonName value)
    {
        writer.WriteStartObject();
        writer.WriteString(Properties[Property.Preferred], value.Preferred);
        JsonWrite.Array(writer, Properties[Property.Aliases], value.Aliases, NameAliasConverter.WriteValue);
        writer.WriteEndObject();
    }

    internal override PersonName? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, PersonName value) => WriteValue(writer, value);
}
