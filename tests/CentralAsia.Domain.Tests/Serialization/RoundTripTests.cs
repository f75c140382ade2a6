using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Trade;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CentralAsia.Domain.Tests.Serialization;

[Properties(Arbitrary = [typeof(Arbitraries)])]
public class RoundTripTests
{
    [Property]
    public void Sources(Source value) => JsonAssert.RoundTrip(value);

    [Property]
    public void Countries(Country value) => JsonAssert.RoundTrip(value);

    [Property]
    public void Leaders(Leader value) => JsonAssert.RoundTrip(value);

    [Property]
    public void Trade_flows(TradeFlow value) => JsonAssert.RoundTrip(value);

    [Property]
    public void Projects(InfrastructureProject value) => JsonAssert.RoundTrip(value);

    [Property]
    public void Summits(Summit value) => JsonAssert.RoundTrip(value);

    [Property]
    public void Declarations(SummitDeclaration value) => JsonAssert.RoundTrip(value);

    [Property(MaxTest = 50)]
    public Property Datasets() => Prop.ForAll(
        (from sources in DomainGen.Source.ListOf()
         from countries in DomainGen.CountryRecord.ListOf()
         from leaders in DomainGen.Leader.ListOf()
         from flows in DomainGen.TradeFlow.ListOf()
         from projects in DomainGen.Project.ListOf()
         from summits in DomainGen.Summit.ListOf()
         from declarations in DomainGen.Declaration.ListOf()
         select new CentralAsiaDataset([.. sources], [.. countries], [.. leaders], [.. flows], [.. projects], [.. summits], [.. declarations])).ToArbitrary(),
        dataset => JsonAssert.RoundTrip(dataset));
}
