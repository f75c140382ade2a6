using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Data;

/// <summary>
/// A dataset: the sources, countries, leaders, trade flows, infrastructure projects, summits and
/// declarations that belong together — the unit that is read from and written to a JSON file.
/// </summary>
/// <remarks>
/// <para>Besides its records' own rules, a dataset checks what no single record can: ids are unique
/// in their collection; every citation, leader, project and summit reference resolves (and every
/// country code, when the dataset lists countries); every summit participant held office on a day
/// of the summit; signatories took part in the summit and the declaration was adopted during it; no
/// two leaders hold the same office in the same country at once; no trade figure appears twice for
/// the same reporter, partner, direction, period and commodity.</para>
/// <para>Every collection may be empty; none may hold null. Build with the constructor (throws
/// <see cref="DomainValidationException"/> listing every error) or <see cref="TryCreate"/>.
/// Immutable and thread-safe; equality includes every collection.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.CentralAsiaDatasetConverter))]
public sealed record CentralAsiaDataset
{
    /// <summary>The version of the JSON format this library writes: <c>"1.0"</c>. It reads every 1.x document.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Creates a dataset.</summary>
    /// <param name="sources">The sources that records cite.</param>
    /// <param name="countries">The countries.</param>
    /// <param name="leaders">The leaders with their terms.</param>
    /// <param name="tradeFlows">The trade flows.</param>
    /// <param name="projects">The infrastructure projects.</param>
    /// <param name="summits">The summits.</param>
    /// <param name="declarations">The summit declarations.</param>
    /// <param name="financeCommitments">The development-finance commitments.</param>
    /// <exception cref="DomainValidationException">A collection holds null; every error is listed.</exception>
    public CentralAsiaDataset(
        EquatableArray<Source> sources = default,
        EquatableArray<Country> countries = default,
        EquatableArray<Leader> leaders = default,
        EquatableArray<TradeFlow> tradeFlows = default,
        EquatableArray<InfrastructureProject> projects = default,
        EquatableArray<Summit> summits = default,
        EquatableArray<SummitDeclaration> declarations = default,
        EquatableArray<FinanceCommitment> financeCommitments = default)
        : this(sources, countries, leaders, tradeFlows, projects, summits, declarations, financeCommitments,
              ThrowIfInvalid(sources, countries, leaders, tradeFlows, projects, summits, declarations, financeCommitments))
    {
    }

    internal CentralAsiaDataset(
        EquatableArray<Source> sources, EquatableArray<Country> countries, EquatableArray<Leader> leaders, EquatableArray<TradeFlow> tradeFlows,
        EquatableArray<InfrastructureProject> projects, EquatableArray<Summit> summits, EquatableArray<SummitDeclaration> declarations,
        EquatableArray<FinanceCommitment> financeCommitments, Validated validated)
    {
        _ = validated;
        Sources = sources;
        Countries = countries;
        Leaders = leaders;
        TradeFlows = tradeFlows;
        Projects = projects;
        Summits = summits;
        Declarations = declarations;
        FinanceCommitments = financeCommitments;
    }

    /// <summary>An empty dataset.</summary>
    public static CentralAsiaDataset Empty { get; } = new();

    /// <summary>The sources that records cite.</summary>
    public EquatableArray<Source> Sources { get; }

    /// <summary>The countries.</summary>
    public EquatableArray<Country> Countries { get; }

    /// <summary>The leaders with their terms.</summary>
    public EquatableArray<Leader> Leaders { get; }

    /// <summary>The trade flows.</summary>
    public EquatableArray<TradeFlow> TradeFlows { get; }

    /// <summary>The infrastructure projects.</summary>
    public EquatableArray<InfrastructureProject> Projects { get; }

    /// <summary>The summits.</summary>
    public EquatableArray<Summit> Summits { get; }

    /// <summary>The summit declarations.</summary>
    public EquatableArray<SummitDeclaration> Declarations { get; }

    /// <summary>The development-finance commitments (AidData's record ids are unique; each project link resolves).</summary>
    public EquatableArray<FinanceCommitment> FinanceCommitments { get; }

    /// <summary>Builds a dataset, returning every error instead of throwing.</summary>
    /// <param name="sources">The sources.</param>
    /// <param name="countries">The countries.</param>
    /// <param name="leaders">The leaders.</param>
    /// <param name="tradeFlows">The trade flows.</param>
    /// <param name="projects">The projects.</param>
    /// <param name="summits">The summits.</param>
    /// <param name="declarations">The declarations.</param>
    /// <param name="financeCommitments">The finance commitments.</param>
    /// <returns>The dataset, or every error with its JSON Pointer.</returns>
    public static ValidationResult<CentralAsiaDataset> TryCreate(
        EquatableArray<Source> sources = default,
        EquatableArray<Country> countries = default,
        EquatableArray<Leader> leaders = default,
        EquatableArray<TradeFlow> tradeFlows = default,
        EquatableArray<InfrastructureProject> projects = default,
        EquatableArray<Summit> summits = default,
        EquatableArray<SummitDeclaration> declarations = default,
        EquatableArray<FinanceCommitment> financeCommitments = default)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, sources, countries, leaders, tradeFlows, projects, summits, declarations, financeCommitments);
        return errors.HasErrors
            ? errors.ToFailure<CentralAsiaDataset>()
            : new(new CentralAsiaDataset(sources, countries, leaders, tradeFlows, projects, summits, declarations, financeCommitments, validated: Validated.Yes));
    }

    internal static void Validate(
        ref ErrorCollector errors, EquatableArray<Source> sources, EquatableArray<Country> countries, EquatableArray<Leader> leaders,
        EquatableArray<TradeFlow> tradeFlows, EquatableArray<InfrastructureProject> projects, EquatableArray<Summit> summits,
        EquatableArray<SummitDeclaration> declarations, EquatableArray<FinanceCommitment> financeCommitments, UnbuiltRecords? unbuilt = null)
    {
        FieldRules.NoNulls(ref errors, sources, "/sources", nonEmpty: false);
        FieldRules.NoNulls(ref errors, countries, "/countries", nonEmpty: false);
        FieldRules.NoNulls(ref errors, leaders, "/leaders", nonEmpty: false);
        FieldRules.NoNulls(ref errors, tradeFlows, "/tradeFlows", nonEmpty: false);
        FieldRules.NoNulls(ref errors, projects, "/projects", nonEmpty: false);
        FieldRules.NoNulls(ref errors, summits, "/summits", nonEmpty: false);
        FieldRules.NoNulls(ref errors, declarations, "/declarations", nonEmpty: false);
        FieldRules.NoNulls(ref errors, financeCommitments, "/financeCommitments", nonEmpty: false);
        DatasetRules.Validate(ref errors, sources, countries, leaders, tradeFlows, projects, summits, declarations, financeCommitments, unbuilt ?? UnbuiltRecords.None);
    }

    private static Validated ThrowIfInvalid(
        EquatableArray<Source> sources, EquatableArray<Country> countries, EquatableArray<Leader> leaders, EquatableArray<TradeFlow> tradeFlows,
        EquatableArray<InfrastructureProject> projects, EquatableArray<Summit> summits, EquatableArray<SummitDeclaration> declarations,
        EquatableArray<FinanceCommitment> financeCommitments)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, sources, countries, leaders, tradeFlows, projects, summits, declarations, financeCommitments);
        errors.ThrowIfAny(nameof(CentralAsiaDataset));
        return Validated.Yes;
    }
}
