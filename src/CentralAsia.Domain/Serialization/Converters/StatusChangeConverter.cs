using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Infrastructure;
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

    private static readonly JsonPropertyTable Properties = new("status", "date", "note?", "citations?");

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
            switch (property)
            {
                case 0: status = state.ReadEnum<ProjectStatus>(ref reader) ?? default; break;
                case 1: date = ValueReaders.ReadPartialDate(ref reader, state); break;
                case 2: note = state.ReadString(ref reader, "a note"); break;
                default: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        StatusChange.Validate(ref errors, status, date, note, citations);
        return state.Complete(before, ref errors, start) ? new StatusChange(status, date, note, citations, validated: Validated.Yes) : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, StatusChange value)
    {
        var n = Properties.Encoded;
        writer.WriteStartObject();
        writer.WriteString(n[0], KebabCaseEnum<ProjectStatus>.Utf8Name(value.Status));
        JsonWrite.Formatted(writer, n[1], value.Date);
        JsonWrite.OptionalString(writer, n[2], value.Note);
        JsonWrite.FormattedArray(writer, n[3], value.Citations);
        writer.WriteEndObject();
    }

    internal override StatusChange? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, StatusChange value) => WriteValue(writer, value);
}
