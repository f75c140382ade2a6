using System;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Serialization.Converters;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Serialization;

/// <summary>
/// The one list of the types the library serializes, each with its converter. The facade's reader and
/// writer table (<see cref="JsonFormat{T}"/>), <c>ConfigureForCentralAsia</c> and the converters of
/// <c>EquatableArray&lt;T&gt;</c> are built from it; the <c>[JsonConverter]</c> attributes on the
/// types and the <c>[JsonSerializable]</c> attributes of <see cref="CentralAsiaJsonContext"/> cannot be
/// (attributes are constants), so a test checks that they name exactly these converters and types,
/// and that every public record, struct, enumeration and identifier of the library is here.
/// </summary>
internal static class JsonTypes
{
    /// <summary>Every converter, one per type (and the factory of equatable arrays).</summary>
    internal static readonly ImmutableArray<JsonConverter> Converters =
    [
        // Values
        new CountryCodeConverter(),
        new CurrencyCodeConverter(),
        new MoneyConverter(),
        new PartialDateConverter(),
        new TradePeriodConverter(),
        new QuantityConverter(),
        new HsCodeConverter(),
        new RegionConverter(),
        new TradePartnerConverter(),
        new IdentifierConverter<SourceId>(),
        new IdentifierConverter<LeaderId>(),
        new IdentifierConverter<ProjectId>(),
        new IdentifierConverter<SummitId>(),
        new IdentifierConverter<DeclarationId>(),
        new IdentifierConverter<CommitmentId>(),

        // Enumerations
        new KebabCaseEnumConverter<CommitmentStrength>(),
        new KebabCaseEnumConverter<CommitmentTheme>(),
        new KebabCaseEnumConverter<FlowDirection>(),
        new KebabCaseEnumConverter<HsEdition>(),
        new KebabCaseEnumConverter<NameAliasKind>(),
        new KebabCaseEnumConverter<OfficeRole>(),
        new KebabCaseEnumConverter<PartialDatePrecision>(),
        new KebabCaseEnumConverter<ProjectKind>(),
        new KebabCaseEnumConverter<ProjectStatus>(),
        new KebabCaseEnumConverter<TermKind>(),
        new KebabCaseEnumConverter<TotalBasis>(),
        new KebabCaseEnumConverter<TradePeriodKind>(),
        new KebabCaseEnumConverter<Unit>(),
        new KebabCaseEnumConverter<Valuation>(),
        new KebabCaseEnumConverter<FinanceFlowClass>(),
        new KebabCaseEnumConverter<FinanceStatus>(),

        // Records
        new CentralAsiaDatasetConverter(),
        new SourceConverter(),
        new CountryConverter(),
        new LeaderConverter(),
        new PersonNameConverter(),
        new NameAliasConverter(),
        new TermConverter(),
        new OfficeConverter(),
        new TradeFlowConverter(),
        new InfrastructureProjectConverter(),
        new StatusChangeConverter(),
        new SummitConverter(),
        new SummitDeclarationConverter(),
        new CommitmentConverter(),
        new QuoteConverter(),
        new FinanceCommitmentConverter(),
        new ValidationErrorConverter(),

        // Query results (written, not read)
        new TradeTotalConverter(),
        new PartnerShareConverter(),
        new MirrorComparisonConverter(),
        new GroupTotalCheckConverter(),
        new TradeBreakdownConverter(),
        new IncumbencyConverter(),
        new ProjectStatusOnDateConverter(),
        new FinanceTotalConverter(),
        new MirrorFlowConverter(),

        // Collections
        new EquatableArrayConverterFactory(),
    ];

    private static readonly FrozenDictionary<Type, JsonConverter> ByType =
        Converters.Where(c => c.Type is not null).ToFrozenDictionary(c => c.Type!);

    /// <summary>The converter of exactly <paramref name="type"/> (not a factory), or null.</summary>
    internal static JsonConverter? Find(Type type) => ByType.TryGetValue(type, out var converter) ? converter : null;
}
