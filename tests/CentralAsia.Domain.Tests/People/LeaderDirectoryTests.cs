using System.Linq;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CentralAsia.Domain.Tests.People;

public class LeaderDirectoryTests
{
    private static readonly LeaderDirectory Directory = ReferenceData.XianSummit2023.ToLeaderDirectory();

    [Theory]
    [InlineData("CN", "2023-05-19", "xi-jinping")]
    [InlineData("KZ", "2023-05-19", "kassym-jomart-tokayev")]
    [InlineData("KG", "2023-05-19", "sadyr-japarov")]
    [InlineData("TJ", "2023-05-19", "emomali-rahmon")]
    [InlineData("TM", "2023-05-19", "serdar-berdimuhamedow")]
    [InlineData("UZ", "2023-05-19", "shavkat-mirziyoyev")]
    [InlineData("CN", "2005-01-01", "hu-jintao")]
    [InlineData("KZ", "2005-01-01", "nursultan-nazarbayev")]
    [InlineData("KG", "2005-01-01", "askar-akayev")]
    [InlineData("TJ", "2005-01-01", "emomali-rahmon")]
    [InlineData("TM", "2005-01-01", "saparmurat-niyazov")]
    [InlineData("UZ", "2005-01-01", "islam-karimov")]
    [InlineData("KZ", "2019-03-20", "kassym-jomart-tokayev")]
    [InlineData("TJ", "1992-10-01", "akbarsho-iskandarov")]
    public void Head_of_state_on_a_day(string country, string date, string leader)
    {
        var day = PartialDate.Parse(date).Start;
        Assert.Equal(leader, Directory.HeadOfState(CountryCode.Parse(country), day)!.Leader.Id.Value);
    }

    [Fact]
    public void Nobody_is_head_of_state_before_the_dataset_s_first_term()
    {
        Assert.Null(Directory.HeadOfState(CountryCode.Kazakhstan, new LocalDate(1985, 1, 1)));
        Assert.Null(Directory.HeadOfState(CountryCode.Parse("RU"), new LocalDate(2023, 5, 19)));
    }

    [Fact]
    public void One_leaders_exact_spelling_does_not_hide_a_namesake()
    {
        // "Berdimuhamedow" is the preferred form of the first leader only, while the second leader's name
        // has the same consonant skeleton: both are candidates, and the date picks the one in office.
        var office = new Office("President", OfficeRole.HeadOfState);
        var exact = new Leader(
            LeaderId.Parse("exact"), new PersonName("Berdimuhamedow", [new NameAlias("Arkadag", NameAliasKind.Epithet)]), CountryCode.Turkmenistan, null,
            [new Term(office, new LocalDate(2007, 2, 14), new LocalDate(2022, 3, 19), TermKind.Elected)]);
        var similar = new Leader(
            LeaderId.Parse("similar"), new PersonName("Berdymukhamedov"), CountryCode.Turkmenistan, null,
            [new Term(office, new LocalDate(2022, 3, 19), null, TermKind.Elected)]);
        var directory = new LeaderDirectory([exact, similar]);

        Assert.Equal(["exact", "similar"], directory.FindByName("Berdimuhamedow").Select(l => l.Id.Value));
        Assert.Equal(["similar"], directory.FindByName("Berdimuhamedow", new LocalDate(2023, 5, 19)).Select(l => l.Id.Value));
        Assert.Equal(["exact"], directory.FindByName("Berdimuhamedow", new LocalDate(2010, 1, 1)).Select(l => l.Id.Value));
        Assert.Equal(["exact"], directory.FindByName("Arkadag").Select(l => l.Id.Value));
        Assert.Equal(["exact", "similar"], directory.FindByName("Berdimukhamedov").Select(l => l.Id.Value));
        Assert.Equal(["exact"], directory.FindByName("Arkadag", new LocalDate(2023, 5, 19)).Select(l => l.Id.Value));
    }

    [Fact]
    public void An_alias_of_the_father_finds_the_son_in_office_at_Xian()
    {
        // The case a user's program caught: "Berdymukhammedov" is an exact alias of Gurbanguly (who left
        // office in 2022), and the date must still find Serdar, president at the Xi'an summit.
        Assert.Equal(["serdar-berdimuhamedow"], Directory.FindByName("Berdymukhammedov", new LocalDate(2023, 5, 19)).Select(l => l.Id.Value));
        Assert.Contains("gurbanguly-berdimuhamedow", Directory.FindByName("Berdymukhammedov").Select(l => l.Id.Value));
    }

    [Fact]
    public void Acting_terms_count_and_say_so()
    {
        var tokayev = Directory.Incumbent(CountryCode.Kazakhstan, "President of the Republic of Kazakhstan", new LocalDate(2019, 4, 1))!;
        Assert.Equal(("kassym-jomart-tokayev", TermKind.Acting), (tokayev.Leader.Id.Value, tokayev.Term.Kind));
        Assert.Null(Directory.Incumbent(CountryCode.Kazakhstan, "President of the Republic of Kazakhstan", new LocalDate(1985, 1, 1)));
        Assert.Equal(2, Directory.TermsOf(LeaderId.Parse("kassym-jomart-tokayev")).Length);
        Assert.Empty(Directory.TermsOf(LeaderId.Parse("nobody")));
    }

    [Theory]
    [InlineData("Tokaev", "kassym-jomart-tokayev")]
    [InlineData("TOKAYEV", "kassym-jomart-tokayev")]
    [InlineData("Тоқаев", "kassym-jomart-tokayev")]
    [InlineData("Zhaparov", "sadyr-japarov")]
    [InlineData("Dzhaparov", "sadyr-japarov")]
    [InlineData("Rakhmonov", "emomali-rahmon")]
    [InlineData("Mirziyoev", "shavkat-mirziyoyev")]
    [InlineData("习近平", "xi-jinping")]
    [InlineData("Nyyazow", "saparmurat-niyazov")]
    [InlineData("Serdar Berdymukhamedov", "serdar-berdimuhamedow")]
    public void A_leader_by_any_spelling(string name, string leader) =>
        Assert.Equal([leader], Directory.FindByName(name).Select(l => l.Id.Value));

    [Fact]
    public void A_shared_name_gives_every_candidate_or_the_one_in_office_on_the_date()
    {
        Assert.Equal(["gurbanguly-berdimuhamedow", "serdar-berdimuhamedow"], Directory.FindByName("Berdymukhamedov").Select(l => l.Id.Value));
        Assert.Equal(["gurbanguly-berdimuhamedow"], Directory.FindByName("Berdimuhamedow", new LocalDate(2015, 1, 1)).Select(l => l.Id.Value));
        Assert.Equal(["serdar-berdimuhamedow"], Directory.FindByName("Berdimuhamedow", new LocalDate(2023, 5, 19)).Select(l => l.Id.Value));
        Assert.Equal(2, Directory.FindByName("Berdimuhamedow", new LocalDate(1980, 1, 1)).Length);
    }

    [Theory]
    [InlineData("Putin")]
    [InlineData("")]
    [InlineData("Akylbek Japarov")]
    public void An_unknown_name_gives_nobody(string name) => Assert.Empty(Directory.FindByName(name));

    [Property(MaxTest = 100 / Runs.Divisor)]
    public Property The_head_of_state_is_unique_on_any_day_of_a_valid_dataset() => Prop.ForAll(
        DomainGen.Dataset.SelectMany(_ => Gen.Choose(0, 365 * 40), (d, days) => (d, day: new LocalDate(1990, 1, 1).PlusDays(days))).ToArbitrary(),
        c =>
        {
            foreach (var group in c.d.Leaders.GroupBy(l => l.Country))
            {
                var holders = group.SelectMany(l => l.Terms).Where(t => t.Office.Role == OfficeRole.HeadOfState && t.Covers(c.day)).GroupBy(t => t.Office).ToArray();
                Assert.All(holders, h => Assert.Single(h));
            }
        });
}
