using System;
using System.Text.Json;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="Source"/>, in the canonical form <c>{"id", "publisher", "title", "url", "published"?}</c>.
/// Reading is strict and throws one <see cref="CentralAsiaJsonException"/> listing every error of the value.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class SourceConverter : DomainConverter<Source>
{
    private static readonly JsonPropertyTable Properties = new("id", "publisher", "title", "url", "published?");

    internal static Source? ReadValue(ref Utf8JsonReader reader, JsonReadState state)
    {
        if (!state.BeginObject(ref reader, "a source"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = state.Errors.Count;
        SourceId? id = null;
        string? publisher = null, title = null;
        Uri? url = null;
        PartialDate? published = null;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, Properties, ref seen, start)) >= 0)
        {
            switch (property)
            {
                case 0: id = ValueReaders.ReadId<SourceId>(ref reader, state); break;
                case 1: publisher = state.ReadString(ref reader, "the publisher"); break;
                case 2: title = state.ReadString(ref reader, "the title"); break;
                case 3: url = ValueReaders.ReadUrl(ref reader, state); break;
                default: published = ValueReaders.ReadPartialDate(ref reader, state); break;
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        Source.Validate(ref errors, id, publisher, title, url, published);
        return state.Complete(before, ref errors, start) ? new Source(id!, publisher!, title!, url!, published, validated: Validated.Yes) : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, Source value)
    {
        var n = Properties.Encoded;
        writer.WriteStartObject();
        writer.WriteString(n[0], value.Id.Value);
        writer.WriteString(n[1], value.Publisher);
        writer.WriteString(n[2], value.Title);
        writer.WriteString(n[3], value.Url.AbsoluteUri);
        if (value.Published is { } published)
        {
            JsonWrite.Formatted(writer, n[4], published);
        }

        writer.WriteEndObject();
    }

    internal override Source? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, Source value) => WriteValue(writer, value);
}
