using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="Leader"/>, in the canonical form <c>{"id", "name", "country", "birthDate"?, "terms", "citations"?}</c>.
/// Reading is strict and throws one <see cref="CentralAsiaJsonException"/> listing every error of the value.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class LeaderConverter : DomainConverter<Leader>
{
    internal static readonly ItemReader<Leader> Item = static (ref Utf8JsonReader r, JsonReadState s) => ReadValue(ref r, s)!;

    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Id,
        Name,
        Country,
        BirthDate,
        Terms,
        Citations,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.BirthDate, Property.Citations);

    internal static Leader? ReadValue(ref Utf8JsonReader reader, JsonReadState state)
    {
        if (!state.BeginObject(ref reader, "a leader"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = state.Errors.Count;
        LeaderId? id = null;
        PersonName? name = null;
        CountryCode country = default;
        PartialDate? birthDate = null;
        EquatableArray<Term> terms = default;
        EquatableArray<SourceId> citations = default;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, Properties, ref seen, start)) >= 0)
        {
            switch ((Property)property)
            {
                case Property.Id: id = ValueReaders.ReadId<LeaderId>(ref reader, state); break;
                case Property.Name: name = PersonNameConverter.ReadValue(ref reader, state); break;
                case Property.Country: country = ValueReaders.ReadCountry(ref reader, state); break;
                case Property.BirthDate: birthDate = ValueReaders.ReadPartialDate(ref reader, state); break;
                case Property.Terms: terms = state.ReadArray(ref reader, TermConverter.Item, "terms of office"); break;
                case Property.Citations: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
                default: throw Properties.Unhandled(property);
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        Leader.Validate(ref errors, id, name, country, birthDate, terms, citations);
        return state.Complete(before, ref errors, start) ? new Leader(id!, name!, country, birthDate, terms, citations, validated: Validated.Yes) : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, Leader value)
    {
        writer.WriteStartObject();
        writer.WriteString(Properties[Property.Id], value.Id.Value);
        writer.WritePropertyName(Properties[Property.Name]);
        PersonNameConverter.WriteValue(writer, value.Name);
        JsonWrite.Formatted(writer, Properties[Property.Country], value.Country);
        if (value.BirthDate is { } birthDate)
        {
            JsonWrite.Formatted(writer, Properties[Property.BirthDate], birthDate);
        }

        JsonWrite.Array(writer, Properties[Property.Terms], value.Terms, TermConverter.WriteValue);
        JsonWrite.FormattedArray(writer, Properties[Property.Citations], value.Citations);
        writer.WriteEndObject();
    }

    internal override Leader? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, Leader value) => WriteValue(writer, value);
}
