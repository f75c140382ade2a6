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
/// The System.Text.Json converter of <see cref="SummitDeclaration"/>, in the canonical form <c>{"id", "summit", "title", "adopted", "signatories", "commitments"?, "quotes"?, "citations"?}</c>.
/// Reading is strict and throws one <see cref="CentralAsiaJsonException"/> listing every error of the value.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class SummitDeclarationConverter : DomainConverter<SummitDeclaration>
{
    internal static readonly ItemReader<SummitDeclaration> Item = static (ref Utf8JsonReader r, JsonReadState s) => ReadValue(ref r, s)!;

    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Id,
        Summit,
        Title,
        Adopted,
        Signatories,
        Commitments,
        Quotes,
        Citations,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.Commitments, Property.Quotes, Property.Citations);

    internal static SummitDeclaration? ReadValue(ref Utf8JsonReader reader, JsonReadState state)
    {
        if (!state.BeginObject(ref reader, "a summit declaration"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = state.Errors.Count;
        DeclarationId? id = null;
        SummitId? summit = null;
        string? title = null;
        LocalDate adopted = default;
        EquatableArray<LeaderId> signatories = default;
        EquatableArray<Commitment> commitments = default;
        EquatableArray<Quote> quotes = default;
        EquatableArray<SourceId> citations = default;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, Properties, ref seen, start)) >= 0)
        {
            switch ((Property)property)
            {
                case Property.Id: id = ValueReaders.ReadId<DeclarationId>(ref reader, state); break;
                case Property.Summit: summit = ValueReaders.ReadId<SummitId>(ref reader, state); break;
                case Property.Title: title = state.ReadString(ref reader, "the title"); break;
                case Property.Adopted: adopted = ValueReaders.ReadLocalDate(ref reader, state); break;
                case Property.Signatories: signatories = ValueReaders.ReadIds<LeaderId>(ref reader, state); break;
                case Property.Commitments: commitments = state.ReadArray(ref reader, CommitmentConverter.Item, "commitments"); break;
                case Property.Quotes: quotes = state.ReadArray(ref reader, QuoteConverter.Item, "quotes"); break;
                case Property.Citations: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
                default: throw Properties.Unhandled(property);
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        SummitDeclaration.Validate(ref errors, id, summit, title, adopted, signatories, commitments, quotes, citations);
        return state.Complete(before, ref errors, start)
            ? new SummitDeclaration(id!, summit!, title!, adopted, signatories, commitments, quotes, citations, validated: Validated.Yes)
            : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, SummitDeclaration value)
    {
        writer.WriteStartObject();
        writer.WriteString(Properties[Property.Id], value.Id.Value);
        writer.WriteString(Properties[Property.Summit], value.Summit.Value);
        writer.WriteString(Properties[Property.Title], value.Title);
        JsonWrite.Date(writer, Properties[Property.Adopted], value.Adopted);
        JsonWrite.FormattedArray(writer, Properties[Property.Signatories], value.Signatories);
        JsonWrite.Array(writer, Properties[Property.Commitments], value.Commitments, CommitmentConverter.WriteValue);
        JsonWrite.Array(writer, Properties[Property.Quotes], value.Quotes, QuoteConverter.WriteValue);
        JsonWrite.FormattedArray(writer, Properties[Property.Citations], value.Citations);
        writer.WriteEndObject();
    }

    internal override SummitDeclaration? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, SummitDeclaration value) => WriteValue(writer, value);
}
