using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Diplomacy;
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

    private static readonly JsonPropertyTable Properties = new("id", "name", "edition", "host", "city", "start", "end", "participants", "citations?");

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
            switch (property)
            {
                case 0: id = ValueReaders.ReadId<SummitId>(ref reader, state); break;
                case 1: name = state.ReadString(ref reader, "the name"); break;
                case 2: edition = state.ReadInt32(ref reader) ?? 1; break;
                case 3: host = ValueReaders.ReadCountry(ref reader, state); break;
                case 4: city = state.ReadString(ref reader, "the host city"); break;
                case 5: start = ValueReaders.ReadLocalDate(ref reader, state); break;
                case 6: end = ValueReaders.ReadLocalDate(ref reader, state); break;
                case 7: participants = ValueReaders.ReadIds<LeaderId>(ref reader, state); break;
                default: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
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
        var n = Properties.Encoded;
        writer.WriteStartObject();
        writer.WriteString(n[0], value.Id.Value);
        writer.WriteString(n[1], value.Name);
        writer.WriteNumber(n[2], value.Edition);
        JsonWrite.Formatted(writer, n[3], value.Host);
        writer.WriteString(n[4], value.City);
        JsonWrite.Date(writer, n[5], value.Start);
        JsonWrite.Date(writer, n[6], value.End);
        JsonWrite.FormattedArray(writer, n[7], value.Participants);
        JsonWrite.FormattedArray(writer, n[8], value.Citations);
        writer.WriteEndObject();
    }

    internal override Summit? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, Summit value) => WriteValue(writer, value);
}
