using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="StatusChange"/>, in the canonical form <c>{"status", "date", "note"?, "citations"?}</c>.
/// Reading is strict and throws one <see cref="CentralAsiaJsonException"/> listing every error of the value.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class StatusChangeConverter : DomainConverter<StatusChange>
{
    internal static readonly ItemReader<StatusChange> Item = static (ref Utf8JsonReader r, JsonReadState s) => ReadValue(ref r, s)!;

    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Status,
        Date,
        Note,
        Citations,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.Note, Property.Citations);

    internal static StatusChange? ReadValue(ref Utf8JsonReader reader, JsonReadState state)
    {
        if (!state.BeginObject(ref reader, "a status change"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = state.Errors.Count;
        ProjectStatus status = default;
        PartialDate date = default;
        string? note = null;
        EquatableArray<SourceId> citations = default;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, Properties, ref seen, start)) >= 0)
        {
            switch ((Property)property)
            {
                case Property.Status: status = state.ReadEnum<ProjectStatus>(ref reader) ?? default; break;
                case Property.Date: date = ValueReaders.ReadPartialDate(ref reader, state); break;
                case Property.Note: note = state.ReadString(ref reader, "a note"); break;
                case Property.Citations: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
                default: throw Properties.Unhandled(property);
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        StatusChange.Validate(ref errors, status, date, note, citations);
        return state.Complete(before, ref errors, start) ? new StatusChange(status, date, note, citations, validated: Validated.Yes) : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, StatusChange value)
    {
        writer.WriteStartObject();
        writer.WriteString(Properties[Property.Status], KebabCaseEnum<ProjectStatus>.Utf8Name(value.Status));
        JsonWrite.Formatted(writer, Properties[Property.Date], value.Date);
        JsonWrite.OptionalString(writer, Properties[Property.Note], value.Note);
        JsonWrite.FormattedArray(writer, Properties[Property.Citations], value.Citations);
        writer.WriteEndObject();
    }

    internal override StatusChange? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, StatusChange value) => WriteValue(writer, value);
}
