using System;
using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;
using static CentralAsia.Domain.Validation.ErrorCodes;

namespace CentralAsia.Domain.Tests.Data;

/// <summary>Each dataset rule, broken on purpose: exactly that error at the right pointer; several at once: all of them.</summary>
public class DatasetRuleTests
{
    private static readonly Office President = new("President", OfficeRole.HeadOfState);
    private static readonly Source S1 = new(SourceId.Parse("s1"), "Xinhua", "Report", new Uri("https://example.org/1"));
    private static readonly Leader Xi = Leader("xi-jinping", CountryCode.China, new LocalDate(2013, 3, 14), null);
    private static readonly Leader Tokayev = Leader("kassym-jomart-tokayev", CountryCode.Kazakhstan, new LocalDate(2019, 3, 20), null);
    private static readonly Summit Xian = new(SummitId.Parse("xian-2023"), "Summit", 1, CountryCode.China, "Xi'an", new LocalDate(2023, 5, 18), new LocalDate(2023, 5, 19), [Xi.Id, Tokayev.Id]);
    private static readonly TradeFlow Flow = new(CountryCode.China, TradePartner.Of(CountryCode.Kazakhstan), FlowDirection.Turnover, TradePeriod.ForYear(2022), Money.Parse("31200000000 USD"), citations: [S1.Id]);

    private static Leader Leader(string id, CountryCode country, LocalDate start, LocalDate? end, string office = "President") =>
        new(LeaderId.Parse(id), new PersonName(id), country, null, [new Term(new Office(office, OfficeRole.HeadOfState), start, end, TermKind.Elected)]);

    private static SummitDeclaration Declaration(LocalDate adopted, params LeaderId[] signatories) =>
        new(DeclarationId.Parse("xian-declaration"), Xian.Id, "Xi'an Declaration", adopted, [.. signatories]);

    private static ValidationResultAssert Check(
        EquatableArray<Source> sources = default, EquatableArray<Country> countries = default, EquatableArray<Leader> leaders = default,
        EquatableArray<TradeFlow> flows = default, EquatableArray<Summit> summits = default, EquatableArray<SummitDeclaration> declarations = default) =>
        new(CentralAsiaDataset.TryCreate(sources, countries, leaders, flows, default, summits, declarations));

    [Fact]
    public void A_consistent_dataset_has_no_errors() =>
        Check([S1], leaders: [Xi, Tokayev], flows: [Flow], summits: [Xian], declarations: [Declaration(new LocalDate(2023, 5, 19), Xi.Id, Tokayev.Id)]).Is();

    [Fact]
    public void Duplicate_ids() =>
        Check([S1, S1], leaders: [Xi, Xi]).Is((DatasetIdDuplicate, "/sources/1/id"), (DatasetIdDuplicate, "/leaders/1/id"));

    [Fact]
    public void Dangling_citation() =>
        Check(flows: [Flow]).Is((DatasetReferenceUnresolved, "/tradeFlows/0/citations/0"));

    [Fact]
    public void Nested_dangling_citation() =>
        Check([S1], leaders: [new Leader(Xi.Id, Xi.Name, Xi.Country, null, [new Term(President, new LocalDate(2013, 3, 14), null, TermKind.Elected, [SourceId.Parse("h2")])])])
            .Is((DatasetReferenceUnresolved, "/leaders/0/terms/0/citations/0"));

    [Fact]
    public void Unknown_participant_signatory_and_summit() =>
        Check(
            leaders: [Xi],
            summits: [Xian],
            declarations: [new SummitDeclaration(DeclarationId.Parse("d"), SummitId.Parse("astana-2025"), "Astana Declaration", new LocalDate(2025, 6, 17), [Xi.Id, LeaderId.Parse("nobody")])])
            .Is((DatasetReferenceUnresolved, "/summits/0/participants/1"), (DatasetReferenceUnresolved, "/declarations/0/summit"), (DatasetReferenceUnresolved, "/declarations/0/signatories/1"));

    [Fact]
    public void Participant_not_in_office_on_the_summit_dates() =>
        Check(leaders: [Xi, Leader("kassym-jomart-tokayev", CountryCode.Kazakhstan, new LocalDate(2019, 3, 20), new LocalDate(2019, 6, 12))], summits: [Xian])
            .Is((DatasetParticipantNotInOffice, "/summits/0/participants/1"));

    [Fact]
    public void In_office_on_either_day_of_the_summit_is_enough()
    {
        // Sworn in on the last day; handed over on the last day (a term ends the day before its end date).
        Check(leaders: [Xi, Leader("kassym-jomart-tokayev", CountryCode.Kazakhstan, new LocalDate(2023, 5, 19), null)], summits: [Xian]).Is();
        Check(leaders: [Xi, Leader("kassym-jomart-tokayev", CountryCode.Kazakhstan, new LocalDate(2019, 3, 20), new LocalDate(2023, 5, 19))], summits: [Xian]).Is();
    }

    [Fact]
    public void Signatory_who_did_not_attend_and_adoption_outside_the_summit()
    {
        var mirziyoyev = Leader("shavkat-mirziyoyev", CountryCode.Uzbekistan, new LocalDate(2016, 12, 14), null);
        Check(leaders: [Xi, Tokayev, mirziyoyev], summits: [Xian], declarations: [Declaration(new LocalDate(2023, 5, 20), Xi.Id, mirziyoyev.Id)])
            .Is((DatasetSignatoryNotParticipant, "/declarations/0/signatories/1"), (DatasetDeclarationOutsideSummit, "/declarations/0/adopted"));
    }

    [Fact]
    public void Two_leaders_in_one_office_at_once()
    {
        var father = Leader("gurbanguly-berdimuhamedow", CountryCode.Turkmenistan, new LocalDate(2007, 2, 14), new LocalDate(2022, 3, 20));
        var son = Leader("serdar-berdimuhamedow", CountryCode.Turkmenistan, new LocalDate(2022, 3, 19), null);
        Check(leaders: [father, son]).Is((DatasetTermsOverlap, "/leaders/1/terms/0/start"));

        // The message names the first day both held the office, whichever of the two is listed first.
        foreach (var leaders in new EquatableArray<Leader>[] { [father, son], [son, father] })
        {
            var error = Assert.Single(CentralAsiaDataset.TryCreate(leaders: leaders).Errors);
            Assert.Contains("on 2022-03-19", error.Message, StringComparison.Ordinal);
        }

        // Handing over on the day is not an overlap; another office or another country is not either.
        Check(leaders: [father, Leader("serdar-berdimuhamedow", CountryCode.Turkmenistan, new LocalDate(2022, 3, 20), null)]).Is();
        Check(leaders: [father, Leader("x", CountryCode.Turkmenistan, new LocalDate(2010, 1, 1), null, "Chairman of the Halk Maslahaty")]).Is();
    }

    [Fact]
    public void Duplicate_trade_figure()
    {
        var other = new TradeFlow(Flow.Reporter, Flow.Partner, Flow.Direction, Flow.Period, Money.Parse("31100000000 USD"), citations: [S1.Id]);
        Check([S1], flows: [Flow, other]).Is((DatasetTradeFlowDuplicate, "/tradeFlows/1"));

        // The mirror (the partner's own figure) is another reporter: not a duplicate.
        var mirror = new TradeFlow(CountryCode.Kazakhstan, TradePartner.Of(CountryCode.China), FlowDirection.Turnover, Flow.Period, Money.Parse("24100000000 USD"), citations: [S1.Id]);
        Check([S1], flows: [Flow, mirror]).Is();

        // The same trade in another currency (China's customs publish yuan and dollars) is its own figure;
        // a second figure in the same currency is still a duplicate, and the message names the currency.
        var yuan = new TradeFlow(Flow.Reporter, Flow.Partner, Flow.Direction, Flow.Period, Money.Parse("210000000000 CNY"), citations: [S1.Id]);
        Check([S1], flows: [Flow, yuan]).Is();
        var yuanAgain = new TradeFlow(Flow.Reporter, Flow.Partner, Flow.Direction, Flow.Period, Money.Parse("211000000000 CNY"), citations: [S1.Id]);
        Check([S1], flows: [Flow, yuan, yuanAgain]).Is((DatasetTradeFlowDuplicate, "/tradeFlows/2"));
        var duplicate = Assert.Single(CentralAsiaDataset.TryCreate(sources: [S1], tradeFlows: [yuan, yuanAgain]).Errors);
        Assert.Contains("/tradeFlows/0 already gives CN's Turnover figure with KZ for 2022 in CNY", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Countries_are_checked_when_the_dataset_lists_them()
    {
        var china = new Country(CountryCode.China, "China", "People's Republic of China", "Beijing", Region.Asia, Region.EasternAsia, CurrencyCode.Cny);
        Check([S1], [china], flows: [Flow]).Is((DatasetReferenceUnresolved, "/tradeFlows/0/partner"));
        Check([S1], [china, china], leaders: [Tokayev]).Is((DatasetIdDuplicate, "/countries/1/code"), (DatasetReferenceUnresolved, "/leaders/0/country"));
    }

    [Fact]
    public void Several_broken_rules_are_all_reported() =>
        Check([S1, S1], leaders: [Xi], flows: [Flow, Flow], summits: [Xian])
            .Is((DatasetIdDuplicate, "/sources/1/id"), (DatasetTradeFlowDuplicate, "/tradeFlows/1"), (DatasetReferenceUnresolved, "/summits/0/participants/1"));

    [Property(MaxTest = 100 / Runs.Divisor)]
    public Property Generated_consistent_datasets_are_valid() =>
        Prop.ForAll(DomainGen.Dataset.ToArbitrary(), dataset => Assert.True(CentralAsiaDataset.TryCreate(dataset.Sources, dataset.Countries, dataset.Leaders, dataset.TradeFlows, dataset.Projects, dataset.Summits, dataset.Declarations).IsValid));

    /// <summary>Asserts the exact set of (code, pointer) errors.</summary>
    private sealed class ValidationResultAssert(CentralAsia.Domain.Validation.ValidationResult<CentralAsiaDataset> result)
    {
        public void Is(params (string Code, string Path)[] expected) =>
            Assert.Equal(expected.Order().ToArray(), result.Errors.Select(e => (e.Code, e.Path)).Order().ToArray());
    }
}

public class DatasetRuleLineTests
{
    [Fact]
    public void Dataset_rule_errors_read_from_a_file_carry_the_line_of_the_reference()
    {
        var json = """
            {
              "schemaVersion": "1.0",
              "tradeFlows": [
                {"reporter": "CN", "partner": "KZ", "direction": "export", "period": "2022", "value": {"amount": 1, "currency": "USD"}},
                {"reporter": "CN", "partner": "KG", "direction": "export", "period": "2022", "value": {"amount": 1, "currency": "USD"},
                 "citations": ["nowhere"]}
              ]
            }
            """;
        var error = Assert.Single(CentralAsia.Domain.Serialization.CentralAsiaJson.Validate(System.Text.Encoding.UTF8.GetBytes(json)));
        // The line of "nowhere" (6), not of the flow that holds it (5).
        Assert.Equal((DatasetReferenceUnresolved, "/tradeFlows/1/citations/0", 6), (error.Code, error.Path, error.Line!.Value));
    }
}
