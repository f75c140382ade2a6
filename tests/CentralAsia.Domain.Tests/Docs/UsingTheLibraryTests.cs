using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace CentralAsia.Domain.Tests.Docs;

/// <summary>The recipes of docs/using.md, run: each block here is the page's code, with what the page says it prints.</summary>
public sealed class UsingTheLibraryTests
{
    [Fact]
    public void Load_and_look_up_by_id()
    {
        var data = ReferenceData.XianSummit2023;
        var xi = data.Leaders.Single(l => l.Id == LeaderId.Parse("xi-jinping"));
        var lineD = data.Projects.Single(p => p.Id == ProjectId.Parse("line-d"));
        Assert.Equal("Xi Jinping", xi.Name.Preferred);
        Assert.Equal(ProjectKind.GasPipeline, lineD.Kind);
    }

    [Fact]
    public void The_wider_dataset_and_a_ledger_in_one_currency()
    {
        var wider = ReferenceData.ChinaCentralAsia2020To2025;
        var dollars = wider.ToTradeLedger(CurrencyCode.Usd);
        var astana = wider.Summits.Single(s => s.Id == SummitId.Parse("astana-2025"));
        var treaty = wider.Declarations.Single(d => d.Summit == astana.Id && d.Title.StartsWith("Treaty", StringComparison.Ordinal));
        Assert.Equal(Money.Parse("43820000000 USD"), dollars.Total(CountryCode.China, CountryCode.Kazakhstan, TradePeriod.ForYear(2024))!.Value);
        Assert.Equal(6, treaty.Signatories.Length);
        Assert.Throws<CentralAsia.Domain.Validation.DomainValidationException>(() => wider.ToTradeLedger());
    }

    [Fact]
    public void Leaders_of_a_country()
    {
        var leaders = ReferenceData.XianSummit2023.ToLeaderDirectory();
        var day = new LocalDate(2023, 5, 19);
        var president = leaders.HeadOfState(CountryCode.Kazakhstan, day)!;
        Assert.Equal("Kassym-Jomart Tokayev", president.Leader.Name.Preferred);
        Assert.Equal(new LocalDate(2019, 6, 12), president.Term.Start); // acting from 20 March, elected on 9 June
        var found = leaders.FindByName("Berdymukhammedov", onDate: day);
        Assert.Equal("Serdar Berdimuhamedow", Assert.Single(found).Name.Preferred);
    }

    [Fact]
    public void Trade_totals_and_why_the_published_total_differs_from_the_sum()
    {
        var ledger = ReferenceData.XianSummit2023.ToTradeLedger();
        var y2022 = TradePeriod.ForYear(2022);
        Assert.Equal(Money.Parse("31200000000 USD"), ledger.Total(CountryCode.China, CountryCode.Kazakhstan, y2022)!.Value);
        var check = ledger.CheckGroupTotal(CountryCode.China, TradePartner.CentralAsia, y2022)!;
        Assert.Equal(Money.Parse("70200000000 USD"), check.Published.Value);
        Assert.Equal(Money.Parse("70101000000 USD"), check.SumOfParts);
    }

    [Fact]
    public void Status_of_a_project_on_a_date()
    {
        var lineD = ReferenceData.XianSummit2023.Projects.Single(p => p.Id == ProjectId.Parse("line-d"));
        var status = lineD.StatusOn(new LocalDate(2023, 5, 19))!;
        Assert.Equal(ProjectStatus.UnderConstruction, status.Status);
    }

    [Fact]
    public void Read_your_own_file_and_print_its_errors()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"schemaVersion\": \"1.0\", \"countries\": 5}");
        var printed = CentralAsiaJson.Validate(bytes).Select(e => $"{e.Line}  {e.Path}  {e.Code}  {e.Message}").ToArray();
        Assert.Equal("1  /countries  json.type  Expected an array of countries, found a number.", Assert.Single(printed));
    }

    [Fact]
    public void The_types_in_your_own_json()
    {
        var options = new JsonSerializerOptions().ConfigureForCentralAsia();
        var json = JsonSerializer.Serialize(new Shipment(CountryCode.Kazakhstan, Money.Parse("1.50 USD")), options);
        Assert.Equal("""{"To":"KZ","Price":{"amount":1.50,"currency":"USD"}}""", json);
        Assert.Equal(new Shipment(CountryCode.Kazakhstan, Money.Parse("1.50 USD")), JsonSerializer.Deserialize<Shipment>(json, options));
    }

    [Fact]
    public void Dates_are_nodatime_types()
    {
        var summit = ReferenceData.XianSummit2023.Summits[0];
        Assert.Equal("2023-05-18", LocalDatePattern.Iso.Format(summit.Start));
        Assert.Equal("18 May 2023", summit.Start.ToString("d MMMM uuuu", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateTime(2023, 5, 18), summit.Start.ToDateTimeUnspecified());
    }

    private sealed record Shipment(CountryCode To, Money Price);
}
