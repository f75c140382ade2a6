using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Internal;
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

    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Id,
        Theme,
        Strength,
        Actors,
        Beneficiaries,
        Text,
        TargetAmount,
        TargetQuantity,
        Projects,
        Citations,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.Beneficiaries, Property.TargetAmount, Property.TargetQuantity, Property.Projects, Property.Citations);

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
            switch ((Property)property)
            {
                case Property.Id: id = ValueReaders.ReadId<CommitmentId>(ref reader, state); break;
                case Property.Theme: theme = state.ReadEnum<CommitmentTheme>(ref reader) ?? default; break;
                case Property.Strength: strength = state.ReadEnum<CommitmentStrength>(ref reader) ?? default; break;
                case Property.Actors: actors = ValueReaders.ReadCountries(ref reader, state); break;
                case Property.Beneficiaries: beneficiaries = ValueReaders.ReadCountries(ref reader, state); break;
                case Property.Text: text = state.ReadString(ref reader, "the text"); break;
                case Property.TargetAmount: targetAmount = ValueReaders.ReadMoney(ref reader, state, nonNegative: true); break;
                case Property.TargetQuantity: targetQuantity = ValueReaders.ReadQuantity(ref reader, state); break;
                case Property.Projects: projects = ValueReaders.ReadIds<ProjectId>(ref reader, state); break;
                case Property.Citations: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
                default: throw Properties.Unhandled(property);
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
        writer.WriteStartObject();
        writer.WriteString(Properties[Property.Id], value.Id.Value);
        writer.WriteString(Properties[Property.Theme], KebabCaseEnum<CommitmentTheme>.Utf8Name(value.Theme));
        writer.WriteString(Properties[Property.Strength], KebabCaseEnum<CommitmentStrength>.Utf8Name(value.Strength));
        JsonWrite.FormattedArray(writer, Properties[Property.Actors], value.Actors);
        JsonWrite.FormattedArray(writer, Properties[Property.Beneficiaries], value.Beneficiaries);
        writer.WriteString(Properties[Property.Text], value.Text);
        JsonWrite.OptionalMoney(writer, Properties[Property.TargetAmount], value.TargetAmount);
        JsonWrite.OptionalFormatted(writer, Properties[Property.TargetQuantity], value.TargetQuantity);
        JsonWrite.FormattedArray(writer, Properties[Property.Projects], value.Projects);
        JsonWrite.FormattedArray(writer, Properties[Property.Citations], value.Citations);
        writer.WriteEndObject();
    }

    internal override Commitment? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, Commitment value) => WriteValue(writer, value);
}
