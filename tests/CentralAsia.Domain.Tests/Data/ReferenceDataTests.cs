using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using NodaTime;
using Xunit;

namespace CentralAsia.Domain.Tests.Data;

/// <summary>The embedded reference dataset: valid, lossless, sourced, and saying what FACTS.md says.</summary>
public class ReferenceDataTests
{
    private static readonly CentralAsiaDataset Data = ReferenceData.XianSummit2023;
    private static readonly LocalDate SummitDay = new(2023, 5, 19);

    [Fact]
    public void Loads_without_errors_and_round_trips_byte_identically() =>
        AssertLosslessEmbedding(ReferenceData.OpenXianSummit2023Json, Data);

    /// <summary>The embedded text has no error, and writing the loaded dataset gives it back byte for byte.</summary>
    internal static void AssertLosslessEmbedding(Func<Stream> open, CentralAsiaDataset loaded)
    {
        using var stream = open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var embedded = memory.ToArray();
        Assert.Empty(CentralAsiaJson.Validate(embedded));
        Assert.Equal(embedded, CentralAsiaJson.SerializeToUtf8Bytes(loaded));
    }

    [Fact]
    public void Loads_once_and_is_shared() => Assert.Same(ReferenceData.XianSummit2023, ReferenceData.XianSummit2023);

    [Fact]
    public async Task Many_threads_see_the_same_instance()
    {
        var seen = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => ReferenceData.XianSummit2023, TestContext.Current.CancellationToken)));
        Assert.All(seen, d => Assert.Same(seen[0], d));
    }

    [Fact]
    public void The_summit()
    {
        var summit = Assert.Single(Data.Summits);
        Assert.Equal("China–Central Asia Summit", summit.Name);
        Assert.Equal(1, summit.Edition);
        Assert.Equal(CountryCode.China, summit.Host);
        Assert.Equal("Xi'an", summit.City);
        Assert.Equal(new LocalDate(2023, 5, 18), summit.Start);
        Assert.Equal(new LocalDate(2023, 5, 19), summit.End);
        Assert.Equal(6, summit.Participants.Length);
    }

    [Theory]
    [InlineData("xi-jinping", "CN", "President of the People's Republic of China")]
    [InlineData("kassym-jomart-tokayev", "KZ", "President of the Republic of Kazakhstan")]
    [InlineData("sadyr-japarov", "KG", "President of the Kyrgyz Republic")]
    [InlineData("emomali-rahmon", "TJ", "President of the Republic of Tajikistan")]
    [InlineData("serdar-berdimuhamedow", "TM", "President of Turkmenistan")]
    [InlineData("shavkat-mirziyoyev", "UZ", "President of the Republic of Uzbekistan")]
    public void The_six_participants_and_their_offices_on_the_summit_day(string id, string country, string office)
    {
        Assert.Contains(LeaderId.Parse(id), Data.Summits[0].Participants);
        var leader = Data.Leaders.Single(l => l.Id.Value == id);
        Assert.Equal(CountryCode.Parse(country), leader.Country);
        var term = Assert.Single(leader.Terms, t => t.Covers(SummitDay));
        Assert.Equal(office, term.Office.Title);
        Assert.Equal(OfficeRole.HeadOfState, term.Office.Role);
    }

    [Fact]
    public void Leaders_in_office_since_the_dates_FACTS_gives()
    {
        LocalDate Since(string id) => Data.Leaders.Single(l => l.Id.Value == id).Terms.Single(t => t.Covers(SummitDay)).Start;
        Assert.Equal(new LocalDate(2013, 3, 14), Since("xi-jinping"));
        Assert.Equal(new LocalDate(2019, 6, 12), Since("kassym-jomart-tokayev"));
        Assert.Equal(new LocalDate(2021, 1, 28), Since("sadyr-japarov"));
        Assert.Equal(new LocalDate(1994, 11, 16), Since("emomali-rahmon"));
        Assert.Equal(new LocalDate(2022, 3, 19), Since("serdar-berdimuhamedow"));
        Assert.Equal(new LocalDate(2016, 12, 14), Since("shavkat-mirziyoyev"));
    }

    [Fact]
    public void The_declaration()
    {
        var declaration = Assert.Single(Data.Declarations);
        Assert.Equal("Xi'an Declaration of the China–Central Asia Summit", declaration.Title);
        Assert.Equal(SummitDay, declaration.Adopted);
        Assert.Equal(Data.Summits[0].Participants.Order(), declaration.Signatories.Order());
        var pledge = declaration.Commitments.Single(c => c.TargetAmount is not null);
        Assert.Equal(Money.Parse("26000000000 CNY"), pledge.TargetAmount);
        Assert.Equal(CommitmentStrength.Pledge, pledge.Strength);
        Assert.Equal([CountryCode.China], pledge.Actors);
        Assert.Equal(
            ["The world needs a stable, prosperous, harmonious and well-connected Central Asia.",
             "China stands ready to help Central Asian countries improve their law enforcement, security and defense capability building.",
             "China and Central Asian countries should deepen strategic mutual trust, and always offer clear and strong support for each other on issues of core interests."],
            declaration.Quotes.Select(q => q.Words));
        Assert.All(declaration.Quotes, q => Assert.Equal("xi-jinping", q.Speaker.Value));
    }

    [Fact]
    public void Every_claim_of_the_Reuters_report_and_every_point_of_Xis_plan_is_a_commitment()
    {
        var ids = Data.Declarations[0].Commitments.Select(c => c.Id.Value).ToHashSet();
        string[] expected =
        [
            "accelerate-line-d", "more-oil-and-gas-trade", "energy-industrial-chain", "new-energy-and-nuclear", "trans-caspian-corridor",
            "freight-train-hubs", "overseas-warehouses", "local-jobs", "cultural-tourism-train", "upgrade-investment-agreements", "trade-facilitation",
            "security-capacity-building", "oppose-external-interference", "zero-tolerance-terrorism", "institutional-mechanisms",
            "energy-development-partnership", "green-innovation", "science-poverty-reduction", "financial-support-26bn", "dialogue-of-civilisations",
        ];
        Assert.All(expected, id => Assert.Contains(id, ids));
        Assert.Contains(Data.Declarations[0].Commitments, c => c.Id.Value == "accelerate-line-d" && c.Projects.Contains(ProjectId.Parse("line-d")));
    }

    [Theory]
    [InlineData("KZ", "31200000000")]
    [InlineData("KG", "15500000000")]
    [InlineData("TM", "11181000000")]
    public void China_reported_2022_trade_as_FACTS_gives_it(string partner, string amount)
    {
        var flow = Data.TradeFlows.Single(f => f.Reporter == CountryCode.China && f.Partner == TradePartner.Parse(partner)
            && f.Direction == FlowDirection.Turnover && f.Period == TradePeriod.ForYear(2022) && f.Commodity is null);
        Assert.Equal(new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), CurrencyCode.Usd), flow.Value);
        Assert.False(flow.Estimated);
    }

    [Fact]
    public void The_2022_headline_total_and_the_Kazakh_mirror()
    {
        var headline = Data.TradeFlows.Single(f => f.Partner == TradePartner.CentralAsia && f.Period == TradePeriod.ForYear(2022));
        Assert.Equal(Money.Parse("70200000000 USD"), headline.Value);
        Assert.Equal(CountryCode.China, headline.Reporter);
        var mirror = Data.TradeFlows.Single(f => f.Reporter == CountryCode.Kazakhstan && f.Direction == FlowDirection.Turnover && f.Period == TradePeriod.ForYear(2022));
        Assert.Equal(Money.Parse("24100000000 USD"), mirror.Value);
    }

    /// <summary>
    /// China's 2022 country figures add up to the published headline within 0.5%: the published
    /// figures are rounded to 0.1bn and two of the five are derived from 2023 growth rates.
    /// </summary>
    [Fact]
    public void Chinas_2022_country_figures_add_up_to_the_headline_within_half_a_percent()
    {
        var parts = Data.TradeFlows.Where(f => f.Reporter == CountryCode.China && f.Partner.IsSingleCountry && CountryCode.CentralAsia.Contains(f.Partner.Countries[0])
            && f.Direction == FlowDirection.Turnover && f.Period == TradePeriod.ForYear(2022) && f.Commodity is null).ToArray();
        Assert.Equal(5, parts.Length);
        var sum = parts.Sum(f => f.Value.Amount);
        var headline = Data.TradeFlows.Single(f => f.Partner == TradePartner.CentralAsia && f.Period == TradePeriod.ForYear(2022)).Value.Amount;
        Assert.InRange(Math.Abs(sum - headline) / headline, 0m, 0.005m);
    }

    [Fact]
    public void Line_D_route_capacity_and_status_on_the_summit_day()
    {
        var lineD = Data.Projects.Single(p => p.Id.Value == "line-d");
        Assert.Equal(["TM", "UZ", "TJ", "KG", "CN"], lineD.Route.Select(c => c.Alpha2));
        Assert.Equal(Quantity.Parse("30 bcm/yr"), lineD.Capacity);
        Assert.Equal(ProjectStatus.UnderConstruction, StatusOn(lineD, SummitDay));
        var cku = Data.Projects.Single(p => p.Id.Value == "china-kyrgyzstan-uzbekistan-railway");
        Assert.Equal(ProjectStatus.Proposed, StatusOn(cku, SummitDay));
        Assert.Equal(ProjectStatus.Agreed, StatusOn(cku, new LocalDate(2024, 6, 6)));
        Assert.Equal(ProjectStatus.UnderConstruction, StatusOn(cku, new LocalDate(2025, 6, 1)));
    }

    [Fact]
    public void Every_fact_bearing_record_cites_a_source_and_every_estimate_says_how()
    {
        Assert.All(Data.Countries, c => Assert.NotEmpty(c.Citations));
        Assert.All(Data.Leaders, l => Assert.All(l.Terms, t => Assert.NotEmpty(t.Citations)));
        Assert.All(Data.TradeFlows, f => Assert.NotEmpty(f.Citations));
        Assert.All(Data.Projects, p => Assert.NotEmpty(p.Citations));
        Assert.All(Data.Projects.SelectMany(p => p.History), h => Assert.NotEmpty(h.Citations));
        Assert.All(Data.Summits, s => Assert.NotEmpty(s.Citations));
        Assert.All(Data.Declarations, d => Assert.NotEmpty(d.Citations));
        Assert.All(Data.Declarations.SelectMany(d => d.Commitments), c => Assert.NotEmpty(c.Citations));
        Assert.All(Data.TradeFlows.Where(f => f.Estimated), f => Assert.False(string.IsNullOrWhiteSpace(f.Note)));
        Assert.Contains(Data.TradeFlows, f => f.Estimated);
    }

    [Fact]
    public void Every_source_points_to_the_page_it_cites_not_to_a_sites_home_page()
    {
        // A home page (https://example.org/) says nothing a reader can check: the report itself must be linked.
        var homePages = Data.Sources.Where(s => s.Url.AbsolutePath is "" or "/" && string.IsNullOrEmpty(s.Url.Query)).Select(s => $"{s.Id}: {s.Url}").ToArray();
        Assert.True(homePages.Length == 0, "sources linked to a home page: " + string.Join(", ", homePages));
    }

    [Fact]
    public void Heads_of_state_since_1991_including_both_Berdimuhamedows()
    {
        Assert.Equal(25, Data.Leaders.Length);
        var father = Data.Leaders.Single(l => l.Id.Value == "gurbanguly-berdimuhamedow");
        var son = Data.Leaders.Single(l => l.Id.Value == "serdar-berdimuhamedow");
        Assert.Equal(new LocalDate(2022, 3, 19), father.Terms[^1].End);
        Assert.Equal(new LocalDate(2022, 3, 19), son.Terms[0].Start);
        foreach (var country in CountryCode.CentralAsia.Append(CountryCode.China))
        {
            var holders = Data.Leaders.Where(l => l.Country == country).SelectMany(l => l.Terms).Where(t => t.Office.Role == OfficeRole.HeadOfState && t.Covers(new LocalDate(1992, 1, 1)));
            Assert.NotEmpty(holders);
        }
    }

    private static ProjectStatus StatusOn(InfrastructureProject project, LocalDate date) =>
        project.History.Last(h => h.Date.Start <= date).Status;
}
