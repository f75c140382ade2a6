using System;
using System.Globalization;
using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="CentralAsiaDataset"/>, in the canonical form <c>{"schemaVersion": "1.0", "sources"?, "countries"?, "leaders"?, "tradeFlows"?, "projects"?, "summits"?, "declarations"?, "financeCommitments"?}</c>.
/// Reading is strict and throws one <see cref="CentralAsiaJsonException"/> listing every error of the value.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class CentralAsiaDatasetConverter : DomainConverter<CentralAsiaDataset>
{
    internal const int SupportedMajorVersion = 1;

    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        SchemaVersion,
        Sources,
        Countries,
        Leaders,
        TradeFlows,
        Projects,
        Summits,
        Declarations,
        FinanceCommitments,
    }

    private static readonly JsonPropertyTable<Property> Properties = new(Property.Sources, Property.Countries, Property.Leaders, Property.TradeFlows, Property.Projects, Property.Summits, Property.Declarations, Property.FinanceCommitments);

    private static readonly ItemReader<Source> SourceItem = static (ref Utf8JsonReader r, JsonReadState s) => SourceConverter.ReadValue(ref r, s)!;
    private static readonly ItemReader<Country> CountryItem = static (ref Utf8JsonReader r, JsonReadState s) => CountryConverter.ReadValue(ref r, s)!;

    internal static CentralAsiaDataset? ReadValue(ref Utf8JsonReader reader, JsonReadState state)
    {
        if (!state.BeginObject(ref reader, "a dataset"))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        var before = state.Errors.Count;
        EquatableArray<Source> sources = default;
        EquatableArray<Country> countries = default;
        EquatableArray<Leader> leaders = default;
        EquatableArray<TradeFlow> tradeFlows = default;
        EquatableArray<InfrastructureProject> projects = default;
        EquatableArray<Summit> summits = default;
        EquatableArray<SummitDeclaration> declarations = default;
        EquatableArray<FinanceCommitment> financeCommitments = default;
        ulong seen = 0;
        int property;
        while ((property = state.NextProperty(ref reader, Properties, ref seen, start)) >= 0)
        {
            switch ((Property)property)
            {
                case Property.SchemaVersion:
                    if (!ReadSchemaVersion(ref reader, state))
                    {
                        // A newer major version may have another shape: its other "errors" would be noise.
                        state.KeepOnlyLastSince(before);
                        state.Pop();
                        SkipRest(ref reader);
                        return null;
                    }

                    break;
                case Property.Sources: sources = state.ReadArray(ref reader, SourceItem, "sources"); break;
                case Property.Countries: countries = state.ReadArray(ref reader, CountryItem, "countries"); break;
                case Property.Leaders: leaders = state.ReadArray(ref reader, LeaderConverter.Item, "leaders"); break;
                case Property.TradeFlows: tradeFlows = state.ReadArray(ref reader, TradeFlowConverter.Item, "trade flows"); break;
                case Property.Projects: projects = state.ReadArray(ref reader, InfrastructureProjectConverter.Item, "projects"); break;
                case Property.Summits: summits = state.ReadArray(ref reader, SummitConverter.Item, "summits"); break;
                case Property.Declarations: declarations = state.ReadArray(ref reader, SummitDeclarationConverter.Item, "declarations"); break;
                case Property.FinanceCommitments: financeCommitments = state.ReadArray(ref reader, FinanceCommitmentConverter.Item, "finance commitments"); break;
                default: throw Properties.Unhandled(property);
            }

            state.Pop();
        }

        var errors = default(ErrorCollector);
        CentralAsiaDataset.Validate(ref errors, sources, countries, leaders, tradeFlows, projects, summits, declarations, financeCommitments, state.Unbuilt);
        return state.Complete(before, ref errors, start)
            ? new CentralAsiaDataset(sources, countries, leaders, tradeFlows, projects, summits, declarations, financeCommitments, validated: Validated.Yes)
            : null;
    }

    internal static void WriteValue(Utf8JsonWriter writer, CentralAsiaDataset value)
    {
        writer.WriteStartObject();
        writer.WriteString(Properties[Property.SchemaVersion], CentralAsiaDataset.CurrentSchemaVersion);
        JsonWrite.Array(writer, Properties[Property.Sources], value.Sources, SourceConverter.WriteValue);
        JsonWrite.Array(writer, Properties[Property.Countries], value.Countries, CountryConverter.WriteValue);
        JsonWrite.Array(writer, Properties[Property.Leaders], value.Leaders, LeaderConverter.WriteValue);
        JsonWrite.Array(writer, Properties[Property.TradeFlows], value.TradeFlows, TradeFlowConverter.WriteValue);
        JsonWrite.Array(writer, Properties[Property.Projects], value.Projects, InfrastructureProjectConverter.WriteValue);
        JsonWrite.Array(writer, Properties[Property.Summits], value.Summits, SummitConverter.WriteValue);
        JsonWrite.Array(writer, Properties[Property.Declarations], value.Declarations, SummitDeclarationConverter.WriteValue);
        JsonWrite.Array(writer, Properties[Property.FinanceCommitments], value.FinanceCommitments, FinanceCommitmentConverter.WriteValue);
        writer.WriteEndObject();
    }

    /// <summary>Reads "major.minor"; returns false only for a newer major version (reading must stop).</summary>
    private static bool ReadSchemaVersion(ref Utf8JsonReader reader, JsonReadState state)
    {
        var text = state.ReadString(ref reader, "a version such as \"1.0\"");
        if (text is null)
        {
            return true;
        }

        // Two runs of digits around one dot (int.TryParse refuses an empty run, a sign and spaces).
        var parts = text.Split('.');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            state.Error(ErrorCodes.SchemaVersionInvalid, $"'{(text.Length > 20 ? text[..20] + "…" : text)}' is not a version of the form major.minor, such as \"1.0\".", reader.TokenStartIndex);
            return true;
        }

        var newer = major > SupportedMajorVersion;
        if (newer || major < 1)
        {
            state.Error(
                ErrorCodes.SchemaVersionUnsupported,
                $"This document is in format version {text}; this library reads version {SupportedMajorVersion}.x. Upgrade CentralAsia.Domain to read it.",
                reader.TokenStartIndex);
        }

        // A newer major version may have another shape; "0.x" is only a wrong number.
        return !newer;
    }

    // Leaves the reader on the dataset's closing brace, as a reader must be left: inside a caller's document the
    // caller's serializer takes its position for the exception. Skip on a property name skips its value.
    private static void SkipRest(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            reader.Skip();
        }
    }

    internal override CentralAsiaDataset? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ReadValue(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, CentralAsiaDataset value) => WriteValue(writer, value);
}
