using System;
using System.Text.Json;
using CentralAsia.Domain.Internal;
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
    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Id,
        Publisher,
        Title,
        Url,
        Published,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.Published);

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
            switch ((Property)property)
            {
                case Property.Id: id = ValueReaders.ReadId<SourceId>(ref reader, state); break;
                case Property.Publisher: publisher = state.ReadString(ref reader, "the publisher"); break;
                case Property.Title: title = state.ReadString(ref reader, "the title"); break;
                case Property.Url: url = ValueReaders.ReadUrl(ref reader, state); break;
                case Property.Published: published = ValueReaders.ReadPartialDate(ref reader, state); break;
                default: throw Properties.Unhandled(property);
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        Source.Validate(ref errors, id, publisher, title, url, published);
        return state.Complete(before, ref errors, start) ? new Source(id!, publisher!, title!, url!, published, validated: Validated.Yes) : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, Source value)
    {
        writer.WriteStartObject();
        writer.WriteString(Properties[Property.Id], value.Id.Value);
        writer.WriteString(Properties[Property.Publisher], value.Publisher);
        writer.WriteString(Properties[Property.Title], value.Title);
        writer.WriteString(Properties[Property.Url], value.Url.AbsoluteUri);
        if (value.Published is { } published)
        {
            JsonWrite.Formatted(writer, Properties[Property.Published], published);
        }

        writer.WriteEndObject();
    }

    internal override Source? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, Source value) => WriteValue(writer, value);
}
