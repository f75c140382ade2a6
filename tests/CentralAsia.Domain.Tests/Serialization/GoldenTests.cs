using System;
using System.Linq;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using NodaTime;
using Xunit;

namespace CentralAsia.Domain.Tests.Serialization;

/// <summary>The exact canonical text of every record type, checked against files in Golden/.</summary>
public class GoldenTests
{
    internal static readonly Source Reuters = new(SourceId.Parse("s15"), "Reuters", "China's Xi unveils grand development plan for Central Asia", new Uri("https://pdf.defence.pk/threads/chinas-xi-unveils-grand-development-plan-for-central-asia.html"), PartialDate.Parse("2023-05-19"));

    internal static readonly Country Kazakhstan = new(CountryCode.Kazakhstan, "Kazakhstan", "Republic of Kazakhstan", "Astana", Region.Asia, Region.CentralAsia, CurrencyCode.Kzt, ["Qazaqstan"], [SourceId.Parse("d2")]);

    internal static readonly Leader Tokayev = new(
        LeaderId.Parse("kassym-jomart-tokayev"),
        new PersonName("Kassym-Jomart Tokayev", [new NameAlias("Tokaev", NameAliasKind.Transliteration), new NameAlias("Тоқаев", NameAliasKind.NativeScript, "kk-Cyrl")]),
        CountryCode.Kazakhstan,
        PartialDate.Parse("1953-05-17"),
        [
            new Term(new Office("President of the Republic of Kazakhstan", OfficeRole.HeadOfState), new LocalDate(2019, 3, 20), new LocalDate(2019, 6, 12), TermKind.Acting, [SourceId.Parse("h8")]),
            new Term(new Office("President of the Republic of Kazakhstan", OfficeRole.HeadOfState), new LocalDate(2019, 6, 12), null, TermKind.Elected, [SourceId.Parse("h9")]),
        ],
        [SourceId.Parse("l2")]);

    internal static readonly TradeFlow ChinaKazakhstan2022 = new(CountryCode.China, TradePartner.Of(CountryCode.Kazakhstan), FlowDirection.Turnover, TradePeriod.ForYear(2022), Money.Parse("31200000000 USD"), citations: [SourceId.Parse("s20")]);

    internal static readonly TradeFlow KyrgyzstanDerived = new(CountryCode.China, TradePartner.Of(CountryCode.Kyrgyzstan), FlowDirection.Turnover, TradePeriod.ForYear(2021), Money.Parse("7540000000 USD"), Valuation.Unknown, HsCode.Parse("H6:27"), estimated: true, note: "2022 value (15.5bn) divided by its growth (+105.6%).", citations: [SourceId.Parse("t6")]);

    internal static readonly InfrastructureProject LineD = new(
        ProjectId.Parse("line-d"),
        "Central Asia–China gas pipeline, Line D",
        ProjectKind.GasPipeline,
        [CountryCode.Turkmenistan, CountryCode.Uzbekistan, CountryCode.Tajikistan, CountryCode.Kyrgyzstan, CountryCode.China],
        [
            new StatusChange(ProjectStatus.UnderConstruction, PartialDate.Parse("2014-09-13"), "Tajik section ground-breaking.", [SourceId.Parse("s30")]),
            new StatusChange(ProjectStatus.Suspended, PartialDate.Parse("2017"), "Uzbek section postponed.", [SourceId.Parse("s30")]),
        ],
        aliases: ["Line D"],
        capacity: Quantity.Parse("30 bcm/yr"),
        length: Quantity.Parse("1000 km"),
        cost: null,
        operators: ["CNPC"],
        citations: [SourceId.Parse("s7")]);

    internal static readonly Summit Xian = new(SummitId.Parse("xian-2023"), "China–Central Asia Summit", 1, CountryCode.China, "Xi'an", new LocalDate(2023, 5, 18), new LocalDate(2023, 5, 19), [LeaderId.Parse("xi-jinping"), LeaderId.Parse("kassym-jomart-tokayev")], [SourceId.Parse("s1")]);

    internal static readonly SummitDeclaration XianDeclaration = new(
        DeclarationId.Parse("xian-declaration"),
        SummitId.Parse("xian-2023"),
        "Xi'an Declaration of the China–Central Asia Summit",
        new LocalDate(2023, 5, 19),
        [LeaderId.Parse("xi-jinping"), LeaderId.Parse("kassym-jomart-tokayev")],
        [new Commitment(CommitmentId.Parse("financing-26bn"), CommitmentTheme.Finance, CommitmentStrength.Pledge, [CountryCode.China], CountryCode.CentralAsia, "RMB 26 billion of financial support and grant assistance.", Money.Parse("26000000000 CNY"), null, [], [SourceId.Parse("s8")])],
        [new Quote(LeaderId.Parse("xi-jinping"), "The world needs a stable, prosperous, harmonious and well-connected Central Asia.", [SourceId.Parse("s15")], "en")],
        [SourceId.Parse("s9")]);

    /// <summary>A made-up commitment in GCDF's layout, linked to Line D: every optional property set.</summary>
    internal static readonly FinanceCommitment LineDLoan = new(
        recordId: 90001,
        recipient: CountryCode.Kyrgyzstan,
        title: "China Eximbank provides loan for a gas pipeline section",
        fundingAgencies: ["Export-Import Bank of China (China Eximbank)"],
        flowType: "Loan",
        flowClass: FinanceFlowClass.OofLike,
        status: FinanceStatus.Implementation,
        sector: "ENERGY",
        committed: PartialDate.Parse("2014-09-13"),
        implementationStarted: PartialDate.Parse("2014-09"),
        completed: null,
        amount: Money.Parse("1200000000 CNY"),
        constantUsd2021: Money.Parse("215000000 USD"),
        adjustedConstantUsd2021: Money.Parse("214500000.50 USD"),
        recommendedForAggregates: true,
        umbrella: false,
        project: ProjectId.Parse("line-d"),
        citations: [SourceId.Parse("t6")]);

    internal static readonly Leader Xi = new(
        LeaderId.Parse("xi-jinping"),
        new PersonName("Xi Jinping", [new NameAlias("习近平", NameAliasKind.NativeScript, "zh-Hans")]),
        CountryCode.China,
        PartialDate.Parse("1953-06"),
        [new Term(new Office("President of the People's Republic of China", OfficeRole.HeadOfState), new LocalDate(2013, 3, 14), null, TermKind.ElectedByLegislature, [SourceId.Parse("h2")])],
        [SourceId.Parse("l1")]);

    /// <summary>A source for every id the golden records cite, so that the golden dataset is consistent.</summary>
    internal static Source[] CitedSources() =>
        [Reuters, .. new[] { "d2", "h2", "h8", "h9", "l1", "l2", "s1", "s20", "s30", "s7", "s8", "s9", "t6" }
            .Select(id => new Source(SourceId.Parse(id), "Publisher " + id, "Title " + id, new Uri("https://example.org/" + id)))];

    [Fact]
    public void Source() => JsonAssert.Golden(Reuters, "source.json");

    [Fact]
    public void Country() => JsonAssert.Golden(Kazakhstan, "country.json");

    [Fact]
    public void Leader() => JsonAssert.Golden(Tokayev, "leader.json");

    [Fact]
    public void Trade_flow() => JsonAssert.Golden(ChinaKazakhstan2022, "trade-flow.json");

    [Fact]
    public void Estimated_trade_flow_with_commodity() => JsonAssert.Golden(KyrgyzstanDerived, "trade-flow-estimated.json");

    [Fact]
    public void Infrastructure_project() => JsonAssert.Golden(LineD, "project.json");

    [Fact]
    public void Finance_commitment() => JsonAssert.Golden(LineDLoan, "finance-commitment.json");

    [Fact]
    public void Summit() => JsonAssert.Golden(Xian, "summit.json");

    [Fact]
    public void Summit_declaration() => JsonAssert.Golden(XianDeclaration, "declaration.json");

    [Fact]
    public void Dataset() => JsonAssert.Golden(
        new CentralAsiaDataset([.. CitedSources()], default, [Xi, Tokayev], [ChinaKazakhstan2022, KyrgyzstanDerived], [LineD], [Xian], [XianDeclaration], [LineDLoan]),
        "dataset.json");

    [Fact]
    public void Name_alias() => JsonAssert.Golden(Tokayev.Name.Aliases[1], "name-alias.json");

    [Fact]
    public void Person_name() => JsonAssert.Golden(Tokayev.Name, "person-name.json");

    [Fact]
    public void Term() => JsonAssert.Golden(Tokayev.Terms[0], "term.json");

    [Fact]
    public void Status_change() => JsonAssert.Golden(LineD.History[0], "status-change.json");

    [Fact]
    public void Commitment() => JsonAssert.Golden(XianDeclaration.Commitments[0], "commitment.json");

    [Fact]
    public void Quote() => JsonAssert.Golden(XianDeclaration.Quotes[0], "quote.json");

    [Fact]
    public void Empty_dataset() => JsonAssert.Golden(CentralAsiaDataset.Empty, "dataset-empty.json");
}
