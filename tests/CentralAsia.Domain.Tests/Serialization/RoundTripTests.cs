using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Finance;
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
    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Sources(Source value) => JsonAssert.RoundTrip(value);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Countries(Country value) => JsonAssert.RoundTrip(value);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Leaders(Leader value) => JsonAssert.RoundTrip(value);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Trade_flows(TradeFlow value) => JsonAssert.RoundTrip(value);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Finance_commitments(FinanceCommitment value) => JsonAssert.RoundTrip(value);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Projects(InfrastructureProject value) => JsonAssert.RoundTrip(value);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Summits(Summit value) => JsonAssert.RoundTrip(value);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Declarations(SummitDeclaration value) => JsonAssert.RoundTrip(value);

    [Property(MaxTest = 60 / Runs.Divisor)]
    public Property Datasets() => Prop.ForAll(DomainGen.Dataset.ToArbitrary(), dataset => JsonAssert.RoundTrip(dataset));
}
