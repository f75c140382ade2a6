using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="Quote"/>, in the canonical form <c>{"speaker", "words", "language"?, "citations"}</c>.
/// Reading is strict and throws one <see cref="CentralAsiaJsonException"/> listing every error of the value.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class QuoteConverter : DomainConverter<Quote>
{
    internal static readonly ItemReader<Quote> Item = static (ref Utf8JsonReader r, JsonReadState s) => ReadValue(ref r, s)!;

    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Speaker,
        Words,
        Language,
        Citations,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.Language);

    internal static Quote? ReadValue(ref Utf8JsonReader reader, JsonReadState state)
    {
        if (!state.BeginObject(ref reader, "a quote"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = state.Errors.Count;
        LeaderId? speaker = null;
        string? words = null, language = null;
        EquatableArray<SourceId> citations = default;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, Properties, ref seen, start)) >= 0)
        {
            switch ((Property)property)
            {
                case Property.Speaker: speaker = ValueReaders.ReadId<LeaderId>(ref reader, state); break;
                case Property.Words: words = state.ReadString(ref reader, "the words"); break;
                case Property.Language: language = state.ReadString(ref reader, "a language tag"); break;
                case Property.Citations: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
                default: throw Properties.Unhandled(property);
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        Quote.Validate(ref errors, speaker, words, citations, language);
        return state.Complete(before, ref errors, start) ? new Quote(speaker!, words!, citations, language, validated: Validated.Yes) : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, Quote value)
    {
        writer.WriteStartObject();
        writer.WriteString(Properties[Property.Speaker], value.Speaker.Value);
        writer.WriteString(Properties[Property.Words], value.Words);
        JsonWrite.OptionalString(writer, Properties[Property.Language], value.Language);
        JsonWrite.FormattedArray(writer, Properties[Property.Citations], value.Citations);
        writer.WriteEndObject();
    }

    internal override Quote? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, Quote value) => WriteValue(writer, value);
}
