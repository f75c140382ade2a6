using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using NodaTime;
using Xunit;

namespace CentralAsia.Domain.Tests.Robustness;

/// <summary>Many threads reading the reference data and running queries at once get identical answers.</summary>
public class ConcurrencyTests
{
    private static string Answers()
    {
        var data = ReferenceData.XianSummit2023;
        var ledger = data.ToTradeLedger();
        var leaders = data.ToLeaderDirectory();
        var countries = data.ToCountryDirectory();
        var breakdown = ledger.Breakdown(CountryCode.China, TradePeriod.ForYear(2022), CountryCode.CentralAsia);
        return string.Join(
            "|",
            string.Join(",", breakdown.Partners.Select(p => $"{p.Total.Partner}:{p.Total.Value}:{p.Share}:{p.Rank}")),
            ledger.Mirror(CountryCode.China, CountryCode.Kazakhstan, TradePeriod.ForYear(2022)).Gap,
            string.Join(",", CountryCode.CentralAsia.Select(c => leaders.HeadOfState(c, new LocalDate(2005, 1, 1))!.Leader.Id)),
            string.Join(",", leaders.FindByName("Berdymukhamedov").Select(l => l.Id)),
            countries.Resolve("Kirghizia")!.Code,
            string.Join(",", data.Projects.Select(p => p.StatusOn(new LocalDate(2023, 5, 19))?.Status)),
            data.Declarations[0].Commitments.OnTheme(CommitmentTheme.Energy).Count(),
            CentralAsiaJson.SerializeToUtf8Bytes(data).Length);
    }

    [Fact]
    public async Task Sixteen_threads_get_identical_results()
    {
        var expected = Answers();
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => Enumerable.Range(0, 5).Select(_ => Answers()).ToArray(), TestContext.Current.CancellationToken)));
        Assert.All(results.SelectMany(r => r), answer => Assert.Equal(expected, answer));
    }

    [Fact]
    public async Task Parsing_and_validating_from_many_threads_is_independent()
    {
        using var stream = ReferenceData.OpenXianSummit2023Json();
        using var memory = new System.IO.MemoryStream();
        await stream.CopyToAsync(memory, TestContext.Current.CancellationToken);
        var bytes = memory.ToArray();
        var bad = """{"schemaVersion":"1.0","tradeFlows":[{"reporter":"ZZ"}]}"""u8.ToArray();
        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(
            () => i % 2 == 0 ? CentralAsiaJson.Deserialize<CentralAsiaDataset>(bytes).Leaders.Length : CentralAsiaJson.Validate(bad).Length,
            TestContext.Current.CancellationToken)));
        Assert.All(results.Where((_, i) => i % 2 == 0), n => Assert.Equal(25, n));
        Assert.All(results.Where((_, i) => i % 2 == 1), n => Assert.Equal(CentralAsiaJson.Validate(bad).Length, n));
    }
}
