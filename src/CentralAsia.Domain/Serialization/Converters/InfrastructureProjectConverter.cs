using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.Internal;
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

    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Id,
        Name,
        Aliases,
        Kind,
        Route,
        Capacity,
        Length,
        Cost,
        History,
        Operators,
        Financiers,
        Citations,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.Aliases, Property.Capacity, Property.Length, Property.Cost, Property.Operators, Property.Financiers, Property.Citations);

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
            switch ((Property)property)
            {
                case Property.Id: id = ValueReaders.ReadId<ProjectId>(ref reader, state); break;
                case Property.Name: name = state.ReadString(ref reader, "the name"); break;
                case Property.Aliases: aliases = ValueReaders.ReadNames(ref reader, state); break;
                case Property.Kind: kind = state.ReadEnum<ProjectKind>(ref reader) ?? default; break;
                case Property.Route: route = ValueReaders.ReadCountries(ref reader, state); break;
                case Property.Capacity: capacity = ValueReaders.ReadQuantity(ref reader, state); break;
                case Property.Length: length = ValueReaders.ReadQuantity(ref reader, state); break;
                case Property.Cost: cost = ValueReaders.ReadMoney(ref reader, state, nonNegative: true); break;
                case Property.History: history = state.ReadArray(ref reader, StatusChangeConverter.Item, "status changes"); break;
                case Property.Operators: operators = ValueReaders.ReadNames(ref reader, state); break;
                case Property.Financiers: financiers = ValueReaders.ReadNames(ref reader, state); break;
                case Property.Citations: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
                default: throw Properties.Unhandled(property);
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
        writer.WriteStartObject();
        writer.WriteString(Properties[Property.Id], value.Id.Value);
        writer.WriteString(Properties[Property.Name], value.Name);
        JsonWrite.Strings(writer, Properties[Property.Aliases], value.Aliases);
        writer.WriteString(Properties[Property.Kind], KebabCaseEnum<ProjectKind>.Utf8Name(value.Kind));
        JsonWrite.FormattedArray(writer, Properties[Property.Route], value.Route);
        JsonWrite.OptionalFormatted(writer, Properties[Property.Capacity], value.Capacity);
        JsonWrite.OptionalFormatted(writer, Properties[Property.Length], value.Length);
        JsonWrite.OptionalMoney(writer, Properties[Property.Cost], value.Cost);
        JsonWrite.Array(writer, Properties[Property.History], value.History, StatusChangeConverter.WriteValue);
        JsonWrite.Strings(writer, Properties[Property.Operators], value.Operators);
        JsonWrite.Strings(writer, Properties[Property.Financiers], value.Financiers);
        JsonWrite.FormattedArray(writer, Properties[Property.Citations], value.Citations);
        writer.WriteEndObject();
    }

    internal override InfrastructureProject? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, InfrastructureProject value) => WriteValue(writer, value);
}
