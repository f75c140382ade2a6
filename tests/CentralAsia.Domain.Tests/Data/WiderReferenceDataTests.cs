using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Tests.Conventions;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using NodaTime;
using Xunit;

namespace CentralAsia.Domain.Tests.Data;

/// <summary>
/// The wider reference dataset (China–Central Asia 2020–2025): valid and lossless like the Xi'an one, a superset of
/// it, every source cited, the Astana summit held by the leaders in office that day, and trade as a series.
/// </summary>
public class WiderReferenceDataTests
{
    private static readonly CentralAsiaDataset Data = ReferenceData.ChinaCentralAsia2020To2025;
    private static readonly CentralAsiaDataset Xian = ReferenceData.XianSummit2023;
    private static readonly LocalDate AstanaDay = new(2025, 6, 17);
    private static readonly CountryCode[] FiveCodes = [CountryCode.Kazakhstan, CountryCode.Kyrgyzstan, CountryCode.Tajikistan, CountryCode.Turkmenistan, CountryCode.Uzbekistan];

    [Fact]
    public void Loads_without_errors_and_round_trips_byte_identically()
    {
        ReferenceDataTests.AssertLosslessEmbedding(ReferenceData.OpenChinaCentralAsia2020To2025Json, Data);
        Assert.Same(Data, ReferenceData.ChinaCentralAsia2020To2025);
    }

    [Fact]
    public void The_counts_the_closing_note_quotes()
    {
        Assert.Equal(
            (123, 9, 25, 51, 8, 3, 4, 45, 6),
            (Data.Sources.Length, Data.Countries.Length, Data.Leaders.Length, Data.TradeFlows.Length, Data.Projects.Length,
             Data.Summits.Length, Data.Declarations.Length, Data.Declarations.Sum(d => d.Commitments.Length), Data.Declarations.Sum(d => d.Quotes.Length)));
    }

    /// <summary>Users of XianSummit2023 lose nothing: each of its records is in the wider dataset, equal and in the same place.</summary>
    [Fact]
    public void Holds_every_Xian_record_unchanged_and_in_order()
    {
        static void StartsWith<T>(IReadOnlyList<T> prefix, IReadOnlyList<T> whole) => Assert.Equal(prefix, whole.Take(prefix.Count));
        StartsWith(Xian.Sources, Data.Sources);
        StartsWith(Xian.Countries, Data.Countries);
        StartsWith(Xian.Leaders, Data.Leaders);
        StartsWith(Xian.TradeFlows, Data.TradeFlows);
        StartsWith(Xian.Projects, Data.Projects);
        StartsWith(Xian.Summits, Data.Summits);
        StartsWith(Xian.Declarations, Data.Declarations);
        StartsWith(Xian.FinanceCommitments, Data.FinanceCommitments);
    }

    /// <summary>The embedded file is what tools/build-reference-data.py makes of its two inputs (no hand edits that the next build would lose).</summary>
    [Fact]
    public void Is_the_Xian_dataset_plus_the_additions_file()
    {
        var folder = Path.Combine(PublicApiConventionTests.RepositoryRoot(), "src", "CentralAsia.Domain", "Reference");
        var additions = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "china-central-asia-2020-2025.additions.json")))!.AsObject();
        var wider = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "china-central-asia-2020-2025.json")))!.AsObject();
        var xian = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "xian-summit-2023.json")))!.AsObject();
        foreach (var (collection, records) in additions)
        {
            var expected = xian[collection]!.AsArray().Select(n => n!.ToJsonString())
                .Concat(records!.AsArray().Select(n => WithoutEvidence(n!).ToJsonString()));
            Assert.Equal(expected, wider[collection]!.AsArray().Select(n => n!.ToJsonString()));
        }
    }

    /// <summary>Every figure the additions bring carries the sentence of its source that gives it (docs/data-sources.md prints them).</summary>
    [Fact]
    public void Every_added_figure_carries_its_sources_sentence()
    {
        var file = Path.Combine(PublicApiConventionTests.RepositoryRoot(), "src", "CentralAsia.Domain", "Reference", "china-central-asia-2020-2025.additions.json");
        var additions = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        var figures = additions["tradeFlows"]!.AsArray()
            .Concat(additions["declarations"]!.AsArray().SelectMany(d => d!["commitments"]!.AsArray()).Where(c => c!["targetAmount"] is not null))
            .ToArray();
        Assert.NotEmpty(figures);
        Assert.All(figures, figure =>
        {
            var evidence = figure!["evidence"];
            Assert.True(evidence is not null, $"no evidence on {figure.ToJsonString()}");
            var source = evidence["source"]!.GetValue<string>();
            Assert.Contains(source, figure["citations"]!.AsArray().Select(c => c!.GetValue<string>()));
            Assert.False(string.IsNullOrWhiteSpace(evidence["text"]!.GetValue<string>()));
        });
    }

    [Fact]
    public void Every_source_is_cited_in_both_datasets()
    {
        foreach (var dataset in new[] { Xian, Data })
        {
            var cited = CitedSources(dataset);
            var uncited = dataset.Sources.Select(s => s.Id.Value).Where(id => !cited.Contains(id)).ToArray();
            Assert.True(uncited.Length == 0, "cited by nothing: " + string.Join(", ", uncited));
        }
    }

    [Fact]
    public void The_Astana_summit_was_held_by_the_heads_of_state_in_office_that_day()
    {
        var astana = Data.Summits.Single(s => s.Id.Value == "astana-2025");
        Assert.Equal((2, "Astana", AstanaDay, AstanaDay), (astana.Edition, astana.City, astana.Start, astana.End));
        Assert.Equal(CountryCode.Kazakhstan, astana.Host);
        var leaders = Data.ToLeaderDirectory();
        var inOffice = new[] { CountryCode.China }.Concat(FiveCodes).Select(c => leaders.HeadOfState(c, AstanaDay)!.Leader.Id).ToArray();
        Assert.Equal(inOffice.Order(), astana.Participants.Order());

        var documents = Data.Declarations.Where(d => d.Summit == astana.Id).ToArray();
        Assert.Equal(["Astana Declaration", "Treaty on Eternal Good-Neighbourliness, Friendship and Cooperation"], documents.Select(d => d.Title));
        Assert.All(documents, d =>
        {
            Assert.Equal(AstanaDay, d.Adopted);
            Assert.Equal(astana.Participants.Order(), d.Signatories.Order());
        });
        var grant = documents[0].Commitments.Single(c => c.Id.Value == "grant-1-5bn-yuan");
        Assert.Equal((Money.Parse("1500000000 CNY"), CommitmentTheme.Finance, CommitmentStrength.Pledge), (grant.TargetAmount, grant.Theme, grant.Strength));
        Assert.Contains(documents[0].Commitments, c => c.Id.Value == "three-cooperation-centres");
    }

    /// <summary>The January 2022 virtual summit was held while the father was still president: the dataset's own rule picks him.</summary>
    [Fact]
    public void The_2022_virtual_summit_is_the_fathers_and_Xian_the_sons()
    {
        var virtualSummit = Data.Summits.Single(s => s.Id.Value == "virtual-2022");
        Assert.Contains(LeaderId.Parse("gurbanguly-berdimuhamedow"), virtualSummit.Participants);
        Assert.DoesNotContain(LeaderId.Parse("serdar-berdimuhamedow"), virtualSummit.Participants);
        Assert.Contains(LeaderId.Parse("serdar-berdimuhamedow"), Data.Summits.Single(s => s.Id.Value == "xian-2023").Participants);
        var statement = Data.Declarations.Single(d => d.Summit == virtualSummit.Id);
        Assert.Equal(Money.Parse("500000000 USD"), statement.Commitments.Single(c => c.Id.Value == "grant-500m").TargetAmount);
        Assert.Equal(Money.Parse("70000000000 USD"), statement.Commitments.Single(c => c.Id.Value == "trade-70bn-by-2030").TargetAmount);
    }

    [Fact]
    public void Chinas_trade_with_each_of_the_five_as_a_series_in_dollars()
    {
        Assert.Throws<DomainValidationException>(() => Data.ToTradeLedger());
        var ledger = Data.ToTradeLedger(CurrencyCode.Usd);
        foreach (var partner in FiveCodes)
        {
            foreach (var year in new[] { 2022, 2023, 2024 })
            {
                Assert.True(ledger.Total(CountryCode.China, partner, TradePeriod.ForYear(year)) is not null, $"China–{partner} {year}");
            }
        }

        foreach (var year in new[] { 2021, 2022, 2023, 2024 })
        {
            var check = ledger.CheckGroupTotal(CountryCode.China, TradePartner.CentralAsia, TradePeriod.ForYear(year));
            Assert.NotNull(check);
            if (year >= 2022)
            {
                Assert.True(check.IsConsistent(0.005m), $"{year}: {check.SumOfParts} vs {check.Published.Value}");
            }
        }

        Assert.Equal(0.069m, decimal.Round(ledger.Growth(CountryCode.China, CountryCode.Kazakhstan, TradePeriod.ForYear(2024))!.Value, 3));
    }

    [Fact]
    public void The_yuan_figure_is_its_own_ledger_and_never_mixed_with_dollars()
    {
        var yuan = Data.ToTradeLedger(CurrencyCode.Cny);
        Assert.Equal(CurrencyCode.Cny, yuan.Currency);
        Assert.Equal(Money.Parse("674150000000 CNY"), yuan.Total(CountryCode.China, TradePartner.CentralAsia, TradePeriod.ForYear(2024))!.Value);
        Assert.Null(yuan.Total(CountryCode.China, TradePartner.CentralAsia, TradePeriod.ForYear(2023)));
        Assert.Empty(Data.ToTradeLedger(CurrencyCode.Eur).Flows);
        Assert.Equal("currency", Assert.Throws<ArgumentException>(() => Data.ToTradeLedger(default(CurrencyCode))).ParamName);
        Assert.Equal("dataset", Assert.Throws<ArgumentNullException>(() => DatasetQueries.ToTradeLedger(null!, CurrencyCode.Usd)).ParamName);
    }

    [Theory]
    [InlineData("UZ", 2022)]
    [InlineData("UZ", 2023)]
    [InlineData("TJ", 2022)]
    [InlineData("TJ", 2024)]
    [InlineData("KZ", 2022)]
    public void Mirror_figures_where_the_partner_publishes_its_own(string partner, int year)
    {
        var mirror = Data.ToTradeLedger(CurrencyCode.Usd).Mirror(CountryCode.China, CountryCode.Parse(partner), TradePeriod.ForYear(year));
        Assert.NotNull(mirror.First);
        Assert.NotNull(mirror.Second);
    }

    [Fact]
    public void Project_statuses_brought_to_2025()
    {
        var cku = Data.Projects.Single(p => p.Id.Value == "china-kyrgyzstan-uzbekistan-railway");
        Assert.Equal(
            [(ProjectStatus.Proposed, "2022-09-14"), (ProjectStatus.Agreed, "2024-06-06"), (ProjectStatus.UnderConstruction, "2024-12-27")],
            cku.History.Select(h => (h.Status, h.Date.ToString())));
        var train = Data.Projects.Single(p => p.Id.Value == "xian-almaty-tourism-train");
        Assert.Equal(ProjectStatus.Operational, train.StatusOn(AstanaDay)!.Status);
        Assert.Null(train.StatusOn(new LocalDate(2025, 5, 28)));
    }

    /// <summary>The press spells father and son alike: every surname spelling the dataset gives one, it gives the other.</summary>
    [Fact]
    public void Both_Berdimuhamedows_answer_to_every_spelling_of_the_surname()
    {
        static HashSet<string> Surnames(Leader l) =>
            l.Name.Aliases.Where(a => a.Kind == NameAliasKind.Transliteration).Select(a => a.Text.Split(' ')[^1])
                .Append(l.Name.Preferred.Split(' ')[^1]).ToHashSet(StringComparer.Ordinal);
        var father = Data.Leaders.Single(l => l.Id.Value == "gurbanguly-berdimuhamedow");
        var son = Data.Leaders.Single(l => l.Id.Value == "serdar-berdimuhamedow");
        Assert.Equal(Surnames(father).Order(), Surnames(son).Order());

        var leaders = Data.ToLeaderDirectory();
        foreach (var surname in Surnames(father))
        {
            Assert.Equal(["gurbanguly-berdimuhamedow", "serdar-berdimuhamedow"], leaders.FindByName(surname).Select(l => l.Id.Value));
            Assert.Equal(["gurbanguly-berdimuhamedow"], leaders.FindByName(surname, new LocalDate(2022, 1, 25)).Select(l => l.Id.Value));
            Assert.Equal(["serdar-berdimuhamedow"], leaders.FindByName(surname, AstanaDay).Select(l => l.Id.Value));
        }
    }

    private static JsonNode WithoutEvidence(JsonNode node)
    {
        var copy = node.DeepClone();
        Strip(copy);
        return copy;

        static void Strip(JsonNode? n)
        {
            if (n is JsonObject o)
            {
                o.Remove("evidence");
                foreach (var (_, child) in o)
                {
                    Strip(child);
                }
            }
            else if (n is JsonArray a)
            {
                foreach (var child in a)
                {
                    Strip(child);
                }
            }
        }
    }

    // Every id in a "citations" array anywhere in the dataset's JSON: no record kind that cites can be forgotten here.
    private static HashSet<string> CitedSources(CentralAsiaDataset dataset)
    {
        var cited = new HashSet<string>(StringComparer.Ordinal);
        Walk(JsonNode.Parse(CentralAsia.Domain.Serialization.CentralAsiaJson.SerializeToUtf8Bytes(dataset))!.AsObject()
            .Where(p => p.Key != "sources").Select(p => p.Value));
        return cited;

        void Walk(IEnumerable<JsonNode?> nodes)
        {
            foreach (var node in nodes)
            {
                if (node is JsonObject o)
                {
                    foreach (var (key, value) in o)
                    {
                        if (key == "citations")
                        {
                            cited.UnionWith(value!.AsArray().Select(c => c!.GetValue<string>()));
                        }
                        else
                        {
                            Walk([value]);
                        }
                    }
                }
                else if (node is JsonArray a)
                {
                    Walk(a);
                }
            }
        }
    }
}
