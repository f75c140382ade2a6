using System.Text.Json;
using CentralAsia.Domain.Collections;
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

    private static readonly JsonPropertyTable Properties = new("id", "name", "country", "birthDate?", "terms", "citations?");

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
            switch (property)
            {
                case 0: id = ValueReaders.ReadId<LeaderId>(ref reader, state); break;
                case 1: name = PersonNameConverter.ReadValue(ref reader, state); break;
                case 2: country = ValueReaders.ReadCountry(ref reader, state); break;
                case 3: birthDate = ValueReaders.ReadPartialDate(ref reader, state); break;
                case 4: terms = state.ReadArray(ref reader, TermConverter.Item, "terms of office"); break;
                default: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        Leader.Validate(ref errors, id, name, country, birthDate, terms, citations);
        return state.Complete(before, ref errors, start) ? new Leader(id!, name!, country, birthDate, terms, citations, validated: Validated.Yes) : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, Leader value)
    {
        var n = Properties.Encoded;
        writer.WriteStartObject();
        writer.WriteString(n[0], value.Id.Value);
        writer.WritePropertyName(n[1]);
        PersonNameConverter.WriteValue(writer, value.Name);
        JsonWrite.Formatted(writer, n[2], value.Country);
        if (value.BirthDate is { } birthDate)
        {
            JsonWrite.Formatted(writer, n[3], birthDate);
        }

        JsonWrite.Array(writer, n[4], value.Terms, TermConverter.WriteValue);
        JsonWrite.FormattedArray(writer, n[5], value.Citations);
        writer.WriteEndObject();
    }

    internal override Leader? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, Leader value) => WriteValue(writer, value);
}
