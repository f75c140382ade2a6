using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="FinanceCommitment"/>, in the canonical form
/// <c>{"recordId", "recipient", "title", "fundingAgencies", "flowType", "flowClass", "status", "sector"?, "committed"?,
/// "implementationStarted"?, "completed"?, "amount"?, "constantUsd2021"?, "adjustedConstantUsd2021"?,
/// "recommendedForAggregates"?, "umbrella"?, "project"?, "citations"?}</c>; the two flags are omitted when false.
/// Reading is strict and throws one <see cref="CentralAsiaJsonException"/> listing every error of the value.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class FinanceCommitmentConverter : DomainConverter<FinanceCommitment>
{
    internal static readonly ItemReader<FinanceCommitment> Item = static (ref Utf8JsonReader r, JsonReadState s) => ReadValue(ref r, s)!;

    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        RecordId,
        Recipient,
        Title,
        FundingAgencies,
        FlowType,
        FlowClass,
        Status,
        Sector,
        Committed,
        ImplementationStarted,
        Completed,
        Amount,
        ConstantUsd2021,
        AdjustedConstantUsd2021,
        RecommendedForAggregates,
        Umbrella,
        Project,
        Citations,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(
        Property.Sector, Property.Committed, Property.ImplementationStarted, Property.Completed, Property.Amount, Property.ConstantUsd2021,
        Property.AdjustedConstantUsd2021, Property.RecommendedForAggregates, Property.Umbrella, Property.Project, Property.Citations);

    internal static FinanceCommitment? ReadValue(ref Utf8JsonReader reader, JsonReadState state)
    {
        if (!state.BeginObject(ref reader, "a finance commitment"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = state.Errors.Count;
        var recordId = 0;
        CountryCode recipient = default;
        string? title = null;
        EquatableArray<string> fundingAgencies = default;
        string? flowType = null;
        FinanceFlowClass flowClass = default;
        FinanceStatus status = default;
        string? sector = null;
        PartialDate? committed = null;
        PartialDate? implementationStarted = null;
        PartialDate? completed = null;
        Money? amount = null;
        Money? constantUsd2021 = null;
        Money? adjustedConstantUsd2021 = null;
        var recommended = false;
        var umbrella = false;
        ProjectId? project = null;
        EquatableArray<SourceId> citations = default;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, Properties, ref seen, start)) >= 0)
        {
            switch ((Property)property)
            {
                case Property.RecordId: recordId = state.ReadInt32(ref reader) ?? 0; break;
                case Property.Recipient: recipient = ValueReaders.ReadCountry(ref reader, state); break;
                case Property.Title: title = state.ReadString(ref reader, "a title"); break;
                case Property.FundingAgencies: fundingAgencies = ValueReaders.ReadNames(ref reader, state); break;
                case Property.FlowType: flowType = state.ReadString(ref reader, "a flow type"); break;
                case Property.FlowClass: flowClass = state.ReadEnum<FinanceFlowClass>(ref reader) ?? default; break;
                case Property.Status: status = state.ReadEnum<FinanceStatus>(ref reader) ?? default; break;
                case Property.Sector: sector = state.ReadString(ref reader, "a sector name"); break;
                case Property.Committed: committed = ValueReaders.ReadPartialDate(ref reader, state); break;
                case Property.ImplementationStarted: implementationStarted = ValueReaders.ReadPartialDate(ref reader, state); break;
                case Property.Completed: completed = ValueReaders.ReadPartialDate(ref reader, state); break;
                case Property.Amount: amount = ValueReaders.ReadMoney(ref reader, state, nonNegative: true); break;
                case Property.ConstantUsd2021: constantUsd2021 = ValueReaders.ReadMoney(ref reader, state, nonNegative: true); break;
                case Property.AdjustedConstantUsd2021: adjustedConstantUsd2021 = ValueReaders.ReadMoney(ref reader, state, nonNegative: true); break;
                case Property.RecommendedForAggregates: recommended = state.ReadBoolean(ref reader) ?? false; break;
                case Property.Umbrella: umbrella = state.ReadBoolean(ref reader) ?? false; break;
                case Property.Project: project = ValueReaders.ReadId<ProjectId>(ref reader, state); break;
                case Property.Citations: citations = ValueReaders.ReadIds<SourceId>(ref reader, state); break;
                default: throw Properties.Unhandled(property);
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        FinanceCommitment.Validate(ref errors, recordId, recipient, title, fundingAgencies, flowType, flowClass, status, sector, committed, implementationStarted,
            completed, amount, constantUsd2021, adjustedConstantUsd2021, project, citations);
        return state.Complete(before, ref errors, start)
            ? new FinanceCommitment(recordId, recipient, title!, fundingAgencies, flowType!, flowClass, status, sector, committed, implementationStarted, completed,
                amount, constantUsd2021, adjustedConstantUsd2021, recommended, umbrella, project, citations, validated: Validated.Yes)
            : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, FinanceCommitment value)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Properties[Property.RecordId], value.RecordId);
        JsonWrite.Formatted(writer, Properties[Property.Recipient], value.Recipient);
        writer.WriteString(Properties[Property.Title], value.Title);
        JsonWrite.Strings(writer, Properties[Property.FundingAgencies], value.FundingAgencies);
        writer.WriteString(Properties[Property.FlowType], value.FlowType);
        writer.WriteString(Properties[Property.FlowClass], KebabCaseEnum<FinanceFlowClass>.Utf8Name(value.FlowClass));
        writer.WriteString(Properties[Property.Status], KebabCaseEnum<FinanceStatus>.Utf8Name(value.Status));
        JsonWrite.OptionalString(writer, Properties[Property.Sector], value.Sector);
        JsonWrite.OptionalFormatted(writer, Properties[Property.Committed], value.Committed);
        JsonWrite.OptionalFormatted(writer, Properties[Property.ImplementationStarted], value.ImplementationStarted);
        JsonWrite.OptionalFormatted(writer, Properties[Property.Completed], value.Completed);
        JsonWrite.OptionalMoney(writer, Properties[Property.Amount], value.Amount);
        JsonWrite.OptionalMoney(writer, Properties[Property.ConstantUsd2021], value.ConstantUsd2021);
        JsonWrite.OptionalMoney(writer, Properties[Property.AdjustedConstantUsd2021], value.AdjustedConstantUsd2021);
        if (value.RecommendedForAggregates)
        {
            writer.WriteBoolean(Properties[Property.RecommendedForAggregates], true);
        }

        if (value.Umbrella)
        {
            writer.WriteBoolean(Properties[Property.Umbrella], true);
        }

        if (value.Project is { } project)
        {
            writer.WriteString(Properties[Property.Project], project.Value);
        }

        JsonWrite.FormattedArray(writer, Properties[Property.Citations], value.Citations);
        writer.WriteEndObject();
    }

    internal override FinanceCommitment? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, FinanceCommitment value) => WriteValue(writer, value);
}
