using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Diplomacy;
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

    private static readonly JsonPropertyTable Properties = new("id", "summit", "title", "adopted", "signatories", "commitments?", "quotes?", "citations?");

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
            switch (property)
            {
                case 0: id = ValueReaders.ReadId<DeclarationId>(ref reader, state); break;
                case 1: summit = ValueReaders.ReadId<SummitId>(ref reader, state); break;
                case 2: title = state.ReadString(ref reader, "the title"); break;
                case 3: adopted = ValueReaders.ReadLocalDate(ref reader, state); break;
                case 4: signatories = ValueReaders.ReadIds<LeaderId>(ref reader, state); break;
                case 5: commitments = state.ReadArray(ref reader, CommitmentConverter.Item, "commitments"); break;
                case 6: quotes = state.ReadArray(ref reader, QuoteConverter.Item, "quotes"); break;
                default: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
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
        var n = Properties.Encoded;
        writer.WriteStartObject();
        writer.WriteString(n[0], value.Id.Value);
        writer.WriteString(n[1], value.Summit.Value);
        writer.WriteString(n[2], value.Title);
        JsonWrite.Date(writer, n[3], value.Adopted);
        JsonWrite.FormattedArray(writer, n[4], value.Signatories);
        JsonWrite.Array(writer, n[5], value.Commitments, CommitmentConverter.WriteValue);
        JsonWrite.Array(writer, n[6], value.Quotes, QuoteConverter.WriteValue);
        JsonWrite.FormattedArray(writer, n[7], value.Citations);
        writer.WriteEndObject();
    }

    internal override SummitDeclaration? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, SummitDeclaration value) => WriteValue(writer, value);
}
