using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using NodaTime;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="Term"/>, in the canonical form <c>{"office": {"title", "role"}, "start", "end"?, "kind", "citations"?}</c> (the office is written inline). Reading is
/// strict and throws one <see cref="CentralAsiaJsonException"/> listing every error of the value.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class TermConverter : DomainConverter<Term>
{
    internal static readonly ItemReader<Term> Item = static (ref Utf8JsonReader r, JsonReadState s) => ReadValue(ref r, s)!;

    private static readonly JsonPropertyTable Properties = new("office", "start", "end?", "kind", "citations?");

    internal static Term? ReadValue(ref Utf8JsonReader reader, JsonReadState state)
    {
        if (!state.BeginObject(ref reader, "a term of office"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = state.Errors.Count;
        Office? office = null;
        LocalDate termStart = default;
        LocalDate? end = null;
        TermKind kind = default;
        EquatableArray<SourceId> citations = default;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, Properties, ref seen, start)) >= 0)
        {
            switch (property)
            {
                case 0: office = OfficeConverter.ReadValue(ref reader, state); break;
                case 1: termStart = ValueReaders.ReadLocalDate(ref reader, state); break;
                case 2: end = ValueReaders.ReadLocalDate(ref reader, state); break;
                case 3: kind = state.ReadEnum<TermKind>(ref reader) ?? default; break;
                default: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        Term.Validate(ref errors, office, termStart, end, kind, citations);
        return state.Complete(before, ref errors, start) ? new Term(office!, termStart, end, kind, citations, validated: Validated.Yes) : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, Term value)
    {
        var n = Properties.Encoded;
        writer.WriteStartObject();
        writer.WritePropertyName(n[0]);
        OfficeConverter.WriteValue(writer, value.Office);
        JsonWrite.Date(writer, n[1], value.Start);
        if (value.End is { } end)
        {
            JsonWrite.Date(writer, n[2], end);
        }

        writer.WriteString(n[3], KebabCaseEnum<TermKind>.Utf8Name(value.Kind));
        JsonWrite.FormattedArray(writer, n[4], value.Citations);
        writer.WriteEndObject();
    }

    internal override Term? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, Term value) => WriteValue(writer, value);
}
