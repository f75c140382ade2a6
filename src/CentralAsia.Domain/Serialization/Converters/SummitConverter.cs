using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using NodaTime;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="Summit"/>, in the canonical form <c>{"id", "name", "edition", "host", "city", "start", "end", "participants", "citations"?}</c>.
/// Reading is strict and throws one <see cref="CentralAsiaJsonException"/> listing every error of the value.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class SummitConverter : DomainConverter<Summit>
{
    internal static readonly ItemReader<Summit> Item = static (ref Utf8JsonReader r, JsonReadState s) => ReadValue(ref r, s)!;

    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Id,
        Name,
        Edition,
        Host,
        City,
        Start,
        End,
        Participants,
        Citations,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.Citations);

    internal static Summit? ReadValue(ref Utf8JsonReader reader, JsonReadState state)
    {
        if (!state.BeginObject(ref reader, "a summit"))
        {
            return null;
        }

        var objectStart = reader.TokenStartIndex;
        var before = state.Errors.Count;
        SummitId? id = null;
        string? name = null, city = null;
        var edition = 1;
        CountryCode host = default;
        LocalDate start = default, end = default;
        EquatableArray<LeaderId> participants = default;
        EquatableArray<SourceId> citations = default;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, Properties, ref seen, objectStart)) >= 0)
        {
            switch ((Property)property)
            {
                case Property.Id: id = ValueReaders.ReadId<SummitId>(ref reader, state); break;
                case Property.Name: name = state.ReadString(ref reader, "the name"); break;
                case Property.Edition: edition = state.ReadInt32(ref reader) ?? 1; break;
                case Property.Host: host = ValueReaders.ReadCountry(ref reader, state); break;
                case Property.City: city = state.ReadString(ref reader, "the host city"); break;
                case Property.Start: start = ValueReaders.ReadLocalDate(ref reader, state); break;
                case Property.End: end = ValueReaders.ReadLocalDate(ref reader, state); break;
                case Property.Participants: participants = ValueReaders.ReadIds<LeaderId>(ref reader, state); break;
                case Property.Citations: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
                default: throw Properties.Unhandled(property);
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        Summit.Validate(ref errors, id, name, edition, host, city, start, end, participants, citations);
        return state.Complete(before, ref errors, objectStart)
            ? new Summit(id!, name!, edition, host, city!, start, end, participants, citations, validated: Validated.Yes)
            : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, Summit value)
    {
        writer.WriteStartObject();
        writer.WriteString(Properties[Property.Id], value.Id.Value);
        writer.WriteString(Properties[Property.Name], value.Name);
        writer.WriteNumber(Properties[Property.Edition], value.Edition);
        JsonWrite.Formatted(writer, Properties[Property.Host], value.Host);
        writer.WriteString(Properties[Property.City], value.City);
        JsonWrite.Date(writer, Properties[Property.Start], value.Start);
        JsonWrite.Date(writer, Properties[Property.End], value.End);
        JsonWrite.FormattedArray(writer, Properties[Property.Participants], value.Participants);
        JsonWrite.FormattedArray(writer, Properties[Property.Citations], value.Citations);
        writer.WriteEndObject();
    }

    internal override Summit? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, Summit value) => WriteValue(writer, value);
}
