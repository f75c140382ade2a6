using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="InfrastructureProject"/>, in the canonical form
/// <c>{"id", "name", "aliases"?, "kind", "route", "capacity"?, "length"?, "cost"?, "history", "operators"?, "financiers"?, "citations"?}</c>
/// Reading is strict and throws one <see cref="CentralAsiaJsonException"/> listing every error of the value.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class InfrastructureProjectConverter : DomainConverter<InfrastructureProject>
{
    internal static readonly ItemReader<InfrastructureProject> Item = static (ref Utf8JsonReader r, JsonReadState s) => ReadValue(ref r, s)!;

    private static readonly JsonPropertyTable Properties =
        new("id", "name", "aliases?", "kind", "route", "capacity?", "length?", "cost?", "history", "operators?", "financiers?", "citations?");

    internal static InfrastructureProject? ReadValue(ref Utf8JsonReader reader, JsonReadState state)
    {
        if (!state.BeginObject(ref reader, "an infrastructure project"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = state.Errors.Count;
        ProjectId? id = null;
        string? name = null;
        EquatableArray<string> aliases = default, operators = default, financiers = default;
        ProjectKind kind = default;
        EquatableArray<CountryCode> route = default;
        Quantity? capacity = null, length = null;
        Money? cost = null;
        EquatableArray<StatusChange> history = default;
        EquatableArray<SourceId> citations = default;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, Properties, ref seen, start)) >= 0)
        {
            switch (property)
            {
                case 0: id = ValueReaders.ReadId<ProjectId>(ref reader, state); break;
                case 1: name = state.ReadString(ref reader, "the name"); break;
                case 2: aliases = ValueReaders.ReadNames(ref reader, state); break;
                case 3: kind = state.ReadEnum<ProjectKind>(ref reader) ?? default; break;
                case 4: route = ValueReaders.ReadCountries(ref reader, state); break;
                case 5: capacity = ValueReaders.ReadQuantity(ref reader, state); break;
                case 6: length = ValueReaders.ReadQuantity(ref reader, state); break;
                case 7: cost = ValueReaders.ReadMoney(ref reader, state, nonNegative: true); break;
                case 8: history = state.ReadArray(ref reader, StatusChangeConverter.Item, "status changes"); break;
                case 9: operators = ValueReaders.ReadNames(ref reader, state); break;
                case 10: financiers = ValueReaders.ReadNames(ref reader, state); break;
                default: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        InfrastructureProject.Validate(ref errors, id, name, kind, route, history, aliases, capacity, length, cost, operators, financiers, citations);
        return state.Complete(before, ref errors, start)
            ? new InfrastructureProject(id!, name!, kind, route, history, aliases, capacity, length, cost, operators, financiers, citations, validated: Validated.Yes)
            : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, InfrastructureProject value)
    {
        var n = Properties.Encoded;
        writer.WriteStartObject();
        writer.WriteString(n[0], value.Id.Value);
        writer.WriteString(n[1], value.Name);
        JsonWrite.Strings(writer, n[2], value.Aliases);
        writer.WriteString(n[3], KebabCaseEnum<ProjectKind>.Utf8Name(value.Kind));
        JsonWrite.FormattedArray(writer, n[4], value.Route);
        JsonWrite.OptionalFormatted(writer, n[5], value.Capacity);
        JsonWrite.OptionalFormatted(writer, n[6], value.Length);
        JsonWrite.OptionalMoney(writer, n[7], value.Cost);
        JsonWrite.Array(writer, n[8], value.History, StatusChangeConverter.WriteValue);
        JsonWrite.Strings(writer, n[9], value.Operators);
        JsonWrite.Strings(writer, n[10], value.Financiers);
        JsonWrite.FormattedArray(writer, n[11], value.Citations);
        writer.WriteEndObject();
    }

    internal override InfrastructureProject? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, InfrastructureProject value) => WriteValue(writer, value);
}
