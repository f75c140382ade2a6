using System.Collections.Generic;
using System.Text.Json.Serialization;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Tests.Serialization.UserTypes;

/// <summary>A user's own DTO holding a value of the library as a property, a list item and a dictionary value.</summary>
public sealed class Holder<T>
{
    public T Value { get; set; } = default!;

    public List<T> Items { get; set; } = [];

    public Dictionary<string, T> ByName { get; set; } = [];
}

/// <summary>A user's own DTO keyed by a value of the library.</summary>
public sealed class KeyHolder<TKey>
    where TKey : notnull
{
    public Dictionary<TKey, int> Counts { get; set; } = [];
}

/// <summary>A user's DTO with optional values (nullable value types).</summary>
public sealed class PriceQuote
{
    public Money? Price { get; set; }

    public CountryCode? Country { get; set; }
}

/// <summary>A user's own source-generated context that knows nothing of the library but its DTOs.</summary>
[JsonSerializable(typeof(Holder<CountryCode>))]
[JsonSerializable(typeof(Holder<CurrencyCode>))]
[JsonSerializable(typeof(Holder<Money>))]
[JsonSerializable(typeof(Holder<PartialDate>))]
[JsonSerializable(typeof(Holder<TradePeriod>))]
[JsonSerializable(typeof(Holder<Quantity>))]
[JsonSerializable(typeof(Holder<HsCode>))]
[JsonSerializable(typeof(Holder<Region>))]
[JsonSerializable(typeof(Holder<TradePartner>))]
[JsonSerializable(typeof(Holder<SourceId>))]
[JsonSerializable(typeof(Holder<LeaderId>))]
[JsonSerializable(typeof(Holder<ProjectId>))]
[JsonSerializable(typeof(Holder<SummitId>))]
[JsonSerializable(typeof(Holder<DeclarationId>))]
[JsonSerializable(typeof(Holder<CommitmentId>))]
[JsonSerializable(typeof(Holder<EquatableArray<CountryCode>>))]
[JsonSerializable(typeof(Holder<CommitmentStrength>))]
[JsonSerializable(typeof(Holder<CommitmentTheme>))]
[JsonSerializable(typeof(Holder<FlowDirection>))]
[JsonSerializable(typeof(Holder<HsEdition>))]
[JsonSerializable(typeof(Holder<NameAliasKind>))]
[JsonSerializable(typeof(Holder<OfficeRole>))]
[JsonSerializable(typeof(Holder<PartialDatePrecision>))]
[JsonSerializable(typeof(Holder<ProjectKind>))]
[JsonSerializable(typeof(Holder<ProjectStatus>))]
[JsonSerializable(typeof(Holder<TermKind>))]
[JsonSerializable(typeof(Holder<TotalBasis>))]
[JsonSerializable(typeof(Holder<TradePeriodKind>))]
[JsonSerializable(typeof(Holder<Unit>))]
[JsonSerializable(typeof(Holder<Valuation>))]
[JsonSerializable(typeof(Holder<FinanceFlowClass>))]
[JsonSerializable(typeof(Holder<FinanceStatus>))]
[JsonSerializable(typeof(Holder<FinanceCommitment>))]
[JsonSerializable(typeof(Holder<CentralAsiaDataset>))]
[JsonSerializable(typeof(Holder<Source>))]
[JsonSerializable(typeof(Holder<Country>))]
[JsonSerializable(typeof(Holder<Leader>))]
[JsonSerializable(typeof(Holder<PersonName>))]
[JsonSerializable(typeof(Holder<NameAlias>))]
[JsonSerializable(typeof(Holder<Term>))]
[JsonSerializable(typeof(Holder<Office>))]
[JsonSerializable(typeof(Holder<TradeFlow>))]
[JsonSerializable(typeof(Holder<InfrastructureProject>))]
[JsonSerializable(typeof(Holder<StatusChange>))]
[JsonSerializable(typeof(Holder<Summit>))]
[JsonSerializable(typeof(Holder<SummitDeclaration>))]
[JsonSerializable(typeof(Holder<Commitment>))]
[JsonSerializable(typeof(Holder<Quote>))]
[JsonSerializable(typeof(Holder<ValidationError>))]
[JsonSerializable(typeof(Holder<TradeTotal>))]
[JsonSerializable(typeof(Holder<PartnerShare>))]
[JsonSerializable(typeof(Holder<MirrorComparison>))]
[JsonSerializable(typeof(Holder<GroupTotalCheck>))]
[JsonSerializable(typeof(Holder<TradeBreakdown>))]
[JsonSerializable(typeof(Holder<Incumbency>))]
[JsonSerializable(typeof(Holder<ProjectStatusOnDate>))]
[JsonSerializable(typeof(Holder<FinanceTotal>))]
[JsonSerializable(typeof(Holder<MirrorFlow>))]
[JsonSerializable(typeof(KeyHolder<CountryCode>))]
[JsonSerializable(typeof(KeyHolder<CurrencyCode>))]
[JsonSerializable(typeof(KeyHolder<PartialDate>))]
[JsonSerializable(typeof(KeyHolder<TradePeriod>))]
[JsonSerializable(typeof(KeyHolder<Quantity>))]
[JsonSerializable(typeof(KeyHolder<HsCode>))]
[JsonSerializable(typeof(KeyHolder<Region>))]
[JsonSerializable(typeof(KeyHolder<TradePartner>))]
[JsonSerializable(typeof(KeyHolder<SourceId>))]
[JsonSerializable(typeof(KeyHolder<LeaderId>))]
[JsonSerializable(typeof(KeyHolder<ProjectId>))]
[JsonSerializable(typeof(KeyHolder<SummitId>))]
[JsonSerializable(typeof(KeyHolder<DeclarationId>))]
[JsonSerializable(typeof(KeyHolder<CommitmentId>))]
[JsonSerializable(typeof(KeyHolder<CommitmentStrength>))]
[JsonSerializable(typeof(KeyHolder<CommitmentTheme>))]
[JsonSerializable(typeof(KeyHolder<FlowDirection>))]
[JsonSerializable(typeof(KeyHolder<HsEdition>))]
[JsonSerializable(typeof(KeyHolder<NameAliasKind>))]
[JsonSerializable(typeof(KeyHolder<OfficeRole>))]
[JsonSerializable(typeof(KeyHolder<PartialDatePrecision>))]
[JsonSerializable(typeof(KeyHolder<ProjectKind>))]
[JsonSerializable(typeof(KeyHolder<ProjectStatus>))]
[JsonSerializable(typeof(KeyHolder<TermKind>))]
[JsonSerializable(typeof(KeyHolder<TotalBasis>))]
[JsonSerializable(typeof(KeyHolder<TradePeriodKind>))]
[JsonSerializable(typeof(KeyHolder<Unit>))]
[JsonSerializable(typeof(KeyHolder<Valuation>))]
[JsonSerializable(typeof(KeyHolder<FinanceFlowClass>))]
[JsonSerializable(typeof(KeyHolder<FinanceStatus>))]
[JsonSerializable(typeof(PriceQuote))]
internal sealed partial class UserJsonContext : JsonSerializerContext
{
}

/// <summary>A user's context that lists only its own DTO: the library's types at the root come from the chained resolver.</summary>
[JsonSerializable(typeof(PriceQuote))]
internal sealed partial class NarrowUserJsonContext : JsonSerializerContext
{
}
