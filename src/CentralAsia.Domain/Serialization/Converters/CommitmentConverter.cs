using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="Commitment"/>, in the canonical form
/// <c>{"id", "theme", "strength", "actors", "beneficiaries"?, "text", "targetAmount"?, "targetQuantity"?, "projects"?, "citations"?}</c>
/// Reading is strict and throws one <see cref="CentralAsiaJsonException"/> listing every error of the value.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class CommitmentConverter : DomainConverter<Commitment>
{
    internal static readonly ItemReader<Commitment> Item = static (ref Utf8JsonReader r, JsonReadState s) => ReadValue(ref r, s)!;

    private static readonly JsonPropertyTable Properties =
        new("id", "theme", "strength", "actors", "beneficiaries?", "text", "targetAmount?", "targetQuantity?", "projects?", "citations?");

    internal static Commitment? ReadValue(ref Utf8JsonReader reader, JsonReadState state)
    {
        if (!state.BeginObject(ref reader, "a commitment"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = state.Errors.Count;
        CommitmentId? id = null;
        CommitmentTheme theme = default;
        CommitmentStrength strength = default;
        EquatableArray<CountryCode> actors = default, beneficiaries = default;
        string? text = null;
        Money? targetAmount = null;
        Quantity? targetQuantity = null;
        EquatableArray<ProjectId> projects = default;
        EquatableArray<SourceId> citations = default;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, Properties, ref seen, start)) >= 0)
        {
            switch (property)
            {
                case 0: id = ValueReaders.ReadId<CommitmentId>(ref reader, state); break;
                case 1: theme = state.ReadEnum<CommitmentTheme>(ref reader) ?? default; break;
                case 2: strength = state.ReadEnum<CommitmentStrength>(ref reader) ?? default; break;
                case 3: actors = ValueReaders.ReadCountries(ref reader, state); break;
                case 4: beneficiaries = ValueReaders.ReadCountries(ref reader, state); break;
                case 5: text = state.ReadString(ref reader, "the text"); break;
                case 6: targetAmount = ValueReaders.ReadMoney(ref reader, state, nonNegative: true); break;
                case 7: targetQuantity = ValueReaders.ReadQuantity(ref reader, state); break;
                case 8: projects = ValueReaders.ReadIds<ProjectId>(ref reader, state); break;
                default: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        Commitment.Validate(ref errors, id, theme, strength, actors, beneficiaries, text, targetAmount, targetQuantity, projects, citations);
        return state.Complete(before, ref errors, start)
            ? new Commitment(id!, theme, strength, actors, beneficiaries, text!, targetAmount, targetQuantity, projects, citations, validated: Validated.Yes)
            : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, Commitment value)
    {
        var n = Properties.Encoded;
        writer.WriteStartObject();
        writer.WriteString(n[0], value.Id.Value);
        writer.WriteString(n[1], KebabCaseEnum<CommitmentTheme>.Utf8Name(value.Theme));
        writer.WriteString(n[2], KebabCaseEnum<CommitmentStrength>.Utf8Name(value.Strength));
        JsonWrite.FormattedArray(writer, n[3], value.Actors);
        JsonWrite.FormattedArray(writer, n[4], value.Beneficiaries);
        writer.WriteString(n[5], value.Text);
        JsonWrite.OptionalMoney(writer, n[6], value.TargetAmount);
        JsonWrite.OptionalFormatted(writer, n[7], value.TargetQuantity);
        JsonWrite.FormattedArray(writer, n[8], value.Projects);
        JsonWrite.FormattedArray(writer, n[9], value.Citations);
        writer.WriteEndObject();
    }

    internal override Commitment? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, Commitment value) => WriteValue(writer, value);
}
