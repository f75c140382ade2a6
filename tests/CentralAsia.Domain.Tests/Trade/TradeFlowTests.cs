using System.Linq;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static CentralAsia.Domain.Tests.Generators.InvalidFields;

namespace CentralAsia.Domain.Tests.Trade;

[Properties(Arbitrary = [typeof(Arbitraries)])]
public class TradeFlowTests
{
    // A small pool of countries, so that "the partner includes the reporter" happens often.
    private static readonly Gen<CountryCode> CPlusC5 = Gen.Elements(CountryCode.CentralAsia.Append(CountryCode.China).ToArray());

    private static readonly Gen<(Field<bool> Estimated, Field<string?> Note)> EstimatedAndNote = Gen.OneOf(
        Gen.Constant((new Field<bool>(false, []), new Field<string?>(null, []))),
        Gen.Constant((new Field<bool>(true, []), new Field<string?>("Derived: 2023 value over 2023 growth.", []))),
        Gen.Constant((new Field<bool>(true, []), new Field<string?>(null, [(ErrorCodes.NoteRequired, "/note")]))),
        Gen.Constant((new Field<bool>(true, []), new Field<string?>("  ", [(ErrorCodes.NoteRequired, "/note")]))),
        OptionalProse("/note").Select(note => (new Field<bool>(false, []), note)));

    [Property(MaxTest = 300 / Runs.Divisor)]
    public Property Errors_are_exactly_those_of_the_invalid_fields()
    {
        var cases =
            from reporter in RequiredStruct(CPlusC5, "/reporter")
            from partner in RequiredReference(Gen.OneOf(CPlusC5.Select(TradePartner.Of), Gen.Constant(TradePartner.CentralAsia)), "/partner")
            from direction in Enum<FlowDirection>("/direction")
            from period in RequiredStruct(DomainGen.TradePeriod, "/period")
            from value in Field.Either(
                Field.Valid(DomainGen.NonNegativeMoney),
                Field.Invalid(default(Money), ErrorCodes.ValueRequired, "/value"),
                Field.Invalid(Money.Parse("-1 USD"), ErrorCodes.MoneyNegative, "/value/amount"))
            from valuation in Enum<Valuation>("/valuation")
            from commodity in Field.Either(
                Field.Valid(DomainGen.HsCode.Select(h => (HsCode?)h).OrNullable()),
                Field.Invalid<HsCode?>(default(HsCode), ErrorCodes.ValueRequired, "/commodity"))
            from estimatedAndNote in EstimatedAndNote
            from citations in Citations()
            select (reporter, partner, direction, period, value, valuation, commodity, estimatedAndNote.Estimated, estimatedAndNote.Note, citations);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var includesReporter = c.reporter.Value != default && c.partner.Value is { } p && p.Includes(c.reporter.Value);
            var expected = Field.All(
                c.reporter.Expected, c.partner.Expected, c.direction.Expected, c.period.Expected, c.value.Expected, c.valuation.Expected,
                c.commodity.Expected, c.Estimated.Expected, c.Note.Expected, c.citations.Expected,
                includesReporter ? [(ErrorCodes.TradePartnerIncludesReporter, "/partner")] : []);
            Field.AssertExactErrors(
                TradeFlow.TryCreate(c.reporter.Value, c.partner.Value, c.direction.Value, c.period.Value, c.value.Value, c.valuation.Value, c.commodity.Value, c.Estimated.Value, c.Note.Value, c.citations.Value),
                () => new TradeFlow(c.reporter.Value, c.partner.Value!, c.direction.Value, c.period.Value, c.value.Value, c.valuation.Value, c.commodity.Value, c.Estimated.Value, c.Note.Value, c.citations.Value),
                expected);
        });
    }

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Records_with_equal_fields_and_collections_are_equal_and_hash_alike(TradeFlow flow)
    {
        var copy = new TradeFlow(flow.Reporter, TradePartner.Parse(flow.Partner.ToString()), flow.Direction, flow.Period, flow.Value, flow.Valuation, flow.Commodity, flow.Estimated, flow.Note, [.. flow.Citations.Select(c => SourceId.Parse(c.Value))]);
        Assert.Equal(flow, copy);
        Assert.Equal(flow.GetHashCode(), copy.GetHashCode());
        Assert.Equal(flow, flow with { });
    }

    [Fact]
    public void A_headline_total_is_a_turnover_flow_with_a_group_partner()
    {
        var total = new TradeFlow(CountryCode.China, TradePartner.CentralAsia, FlowDirection.Turnover, TradePeriod.ForYear(2022), Money.Parse("70200000000 USD"), citations: [SourceId.Parse("s18")]);
        Assert.False(total.Partner.IsSingleCountry);
        Assert.True(total.Partner.Includes(CountryCode.Kazakhstan));
        var mirrorless = TradeFlow.TryCreate(CountryCode.Kazakhstan, TradePartner.CentralAsia, FlowDirection.Turnover, TradePeriod.ForYear(2022), Money.Parse("1 USD"));
        Assert.Equal([(ErrorCodes.TradePartnerIncludesReporter, "/partner")], mirrorless.Errors.Select(e => (e.Code, e.Path)));
    }
}
