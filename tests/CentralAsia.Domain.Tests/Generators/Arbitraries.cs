using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;

namespace CentralAsia.Domain.Tests.Generators;

/// <summary>Registers <see cref="DomainGen"/> with FsCheck: test classes opt in with <c>[Properties(Arbitrary = [typeof(Arbitraries)])]</c>.</summary>
public static class Arbitraries
{
    public static Arbitrary<CountryCode> CountryCode() => Arb.From(DomainGen.Country);

    public static Arbitrary<CurrencyCode> CurrencyCode() => Arb.From(DomainGen.Currency);

    public static Arbitrary<Region> Region() => Arb.From(DomainGen.Region);

    public static Arbitrary<Money> Money() => Arb.From(DomainGen.Money);

    public static Arbitrary<PartialDate> PartialDate() => Arb.From(DomainGen.PartialDate);

    public static Arbitrary<TradePeriod> TradePeriod() => Arb.From(DomainGen.TradePeriod);

    public static Arbitrary<Quantity> Quantity() => Arb.From(DomainGen.Quantity);

    public static Arbitrary<HsCode> HsCode() => Arb.From(DomainGen.HsCode);

    public static Arbitrary<LeaderId> LeaderId() => Arb.From(DomainGen.LeaderId);

    public static Arbitrary<SourceId> SourceId() => Arb.From(DomainGen.SourceId);

    public static Arbitrary<ProjectId> ProjectId() => Arb.From(DomainGen.ProjectId);

    public static Arbitrary<TradePartner> TradePartner() => Arb.From(DomainGen.TradePartner);

    public static Arbitrary<Source> Source() => Arb.From(DomainGen.Source);

    public static Arbitrary<Country> Country() => Arb.From(DomainGen.CountryRecord);

    public static Arbitrary<Leader> Leader() => Arb.From(DomainGen.Leader);

    public static Arbitrary<TradeFlow> TradeFlow() => Arb.From(DomainGen.TradeFlow);

    public static Arbitrary<FinanceCommitment> FinanceCommitment() => Arb.From(DomainGen.FinanceCommitment);

    public static Arbitrary<InfrastructureProject> Project() => Arb.From(DomainGen.Project);

    public static Arbitrary<Summit> Summit() => Arb.From(DomainGen.Summit);

    public static Arbitrary<SummitDeclaration> Declaration() => Arb.From(DomainGen.Declaration);
}
