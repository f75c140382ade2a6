using System.Text.Json;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="NameAlias"/>, in the canonical form <c>{"text", "kind", "language"?, "validFrom"?, "validUntil"?}</c>.
/// Reading is strict and throws one <see cref="CentralAsiaJsonException"/> listing every error of the value.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class NameAliasConverter : DomainConverter<NameAlias>
{
    internal static readonly ItemReader<NameAlias> Item = static (ref Utf8JsonReader r, JsonReadState s) => ReadValue(ref r, s)!;

    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Text,
        Kind,
        Language,
        ValidFrom,
        ValidUntil,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.Language, Property.ValidFrom, Property.ValidUntil);

    internal static NameAlias? ReadValue(ref Utf8JsonReader reader, JsonReadState state)
    {
        if (!state.BeginObject(ref reader, "a name alias"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = state.Errors.Count;
        string? text = null, language = null;
        NameAliasKind kind = default;
        PartialDate? from = null, until = null;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, Properties, ref seen, start)) >= 0)
        {
            switch ((Property)property)
            {
                case Property.Text: text = state.ReadString(ref reader, "the alias"); break;
                case Property.Kind: kind = state.ReadEnum<NameAliasKind>(ref reader) ?? default; break;
                case Property.Language: language = state.ReadString(ref reader, "a language tag"); break;
                case Property.ValidFrom: from = ValueReaders.ReadPartialDate(ref reader, state); break;
                case Property.ValidUntil: until = ValueReaders.ReadPartialDate(ref reader, state); break;
                default: throw Properties.Unhandled(property);
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        NameAlias.Validate(ref errors, text, kind, language, from, until);
        return state.Complete(before, ref errors, start) ? new NameAlias(text!, kind, language, from, until, validated: Validated.Yes) : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, NameAlias value)
    {
        writer.WriteStartObject();
        writer.WriteString(Properties[Property.Text], value.Text);
        writer.WriteString(Properties[Property.Kind], KebabCaseEnum<NameAliasKind>.Utf8Name(value.Kind));
        JsonWrite.OptionalString(writer, Properties[Property.Language], value.Language);
        if (value.ValidFrom is { } from)
        {
            JsonWrite.Formatted(writer, Properties[Property.ValidFrom], from);
        }

        if (value.ValidUntil is { } until)
        {
            JsonWrite.Formatted(writer, Properties[Property.ValidUntil], until);
        }

        writer.WriteEndObject();
    }

    internal override NameAlias? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, NameAlias value) => WriteValue(writer, value);
}
