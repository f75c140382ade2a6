using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
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

    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Office,
        Start,
        End,
        Kind,
        Citations,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.End, Property.Citations);

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
            switch ((Property)property)
            {
                case Property.Office: office = OfficeConverter.ReadValue(ref reader, state); break;
                case Property.Start: termStart = ValueReaders.ReadLocalDate(ref reader, state); break;
                case Property.End: end = ValueReaders.ReadLocalDate(ref reader, state); break;
                case Property.Kind: kind = state.ReadEnum<TermKind>(ref reader) ?? default; break;
                case Property.Citations: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
                default: throw Properties.Unhandled(property);
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        Term.Validate(ref errors, office, termStart, end, kind, citations);
        return state.Complete(before, ref errors, start) ? new Term(office!, termStart, end, kind, citations, validated: Validated.Yes) : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, Term value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(Properties[Property.Office]);
        OfficeConverter.WriteValue(writer, value.Office);
        JsonWrite.Date(writer, Properties[Property.Start], value.Start);
        if (value.End is { } end)
        {
            JsonWrite.Date(writer, Properties[Property.End], end);
        }

        writer.WriteString(Properties[Property.Kind], KebabCaseEnum<TermKind>.Utf8Name(value.Kind));
        JsonWrite.FormattedArray(writer, Properties[Property.Citations], value.Citations);
        writer.WriteEndObject();
    }

    internal override Term? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, Term value) => WriteValue(writer, value);
}
