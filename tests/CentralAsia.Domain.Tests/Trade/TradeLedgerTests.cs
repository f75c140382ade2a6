using System;
using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CentralAsia.Domain.Tests.Trade;

public class TradeLedgerTests
{
    private static readonly TradeLedger Reference = ReferenceData.XianSummit2023.ToTradeLedger();
    private static readonly TradePeriod Y2022 = TradePeriod.ForYear(2022);

    [Fact]
    public void Chinas_2022_trade_by_Central_Asian_partner_with_shares()
    {
        var breakdown = Reference.Breakdown(CountryCode.China, Y2022, CountryCode.CentralAsia);
        Assert.Equal(["KZ", "KG", "TM", "UZ", "TJ"], breakdown.Partners.Select(p => p.Total.Partner.ToString()));
        Assert.Equal([1, 2, 3, 4, 5], breakdown.Partners.Select(p => p.Rank));
        Assert.Equal(Money.Parse("70101000000 USD"), breakdown.Total);
        var kazakhstan = breakdown.Partners[0];
        Assert.Equal(Money.Parse("31200000000 USD"), kazakhstan.Total.Value);
        Assert.Equal(0.445m, decimal.Round(kazakhstan.Share, 3));
        Assert.Equal(1m, decimal.Round(breakdown.Partners.Sum(p => p.Share), 20));
        Assert.True(breakdown.Partners.Single(p => p.Total.Partner.ToString() == "UZ").Total.Estimated);
    }

    [Fact]
    public void A_breakdown_of_an_empty_ledger_has_no_total_because_the_ledger_has_no_currency()
    {
        var empty = TradeLedger.Create(Array.Empty<TradeFlow>());
        var breakdown = empty.Breakdown(CountryCode.China, Y2022, CountryCode.CentralAsia);
        Assert.Null(breakdown.Total);
        Assert.Empty(breakdown.Partners);
        Assert.Equal(CountryCode.CentralAsia.Order(), breakdown.Unknown);
    }

    [Fact]
    public void A_breakdown_with_no_partner_known_totals_zero_in_the_ledgers_currency()
    {
        var breakdown = Reference.Breakdown(CountryCode.China, TradePeriod.ForYear(1995), [CountryCode.Kazakhstan]);
        Assert.Equal(new Money(0m, CurrencyCode.Usd), breakdown.Total);
        Assert.Equal([CountryCode.Kazakhstan], breakdown.Unknown);
    }

    [Fact]
    public void Kyrgyzstan_uses_the_published_turnover_not_exports_plus_imports_as_well()
    {
        var total = Reference.Total(CountryCode.China, CountryCode.Kyrgyzstan, Y2022)!;
        Assert.Equal(TotalBasis.Turnover, total.Basis);
        Assert.Equal(Money.Parse("15500000000 USD"), total.Value);
        Assert.Equal(Money.Parse("15338340000 USD"), Reference.Balance(CountryCode.China, CountryCode.Kyrgyzstan, Y2022));
    }

    [Fact]
    public void Growth_2021_to_2022()
    {
        Assert.Equal(0.236m, decimal.Round(Reference.Growth(CountryCode.China, CountryCode.Kazakhstan, Y2022)!.Value, 3));
        Assert.Equal(1.056m, decimal.Round(Reference.Growth(CountryCode.China, CountryCode.Kyrgyzstan, Y2022)!.Value, 3));
        Assert.Null(Reference.Growth(CountryCode.China, CountryCode.Uzbekistan, Y2022));
    }

    [Fact]
    public void The_Kazakhstan_mirror_gap()
    {
        var mirror = Reference.Mirror(CountryCode.China, CountryCode.Kazakhstan, Y2022);
        Assert.Equal(Money.Parse("31200000000 USD"), mirror.First!.Value);
        Assert.Equal(Money.Parse("24100000000 USD"), mirror.Second!.Value);
        Assert.Equal(Money.Parse("7100000000 USD"), mirror.Gap);
        Assert.Equal(1.295m, decimal.Round(mirror.Ratio!.Value, 3));
        Assert.Null(Reference.Mirror(CountryCode.China, CountryCode.Turkmenistan, Y2022).Second);
    }

    [Fact]
    public void The_2022_headline_checks_against_the_country_figures()
    {
        var check = Reference.CheckGroupTotal(CountryCode.China, TradePartner.CentralAsia, Y2022)!;
        Assert.Equal(Money.Parse("70200000000 USD"), check.Published.Value);
        Assert.Equal(Money.Parse("-99000000 USD"), check.Difference);
        Assert.True(check.IsConsistent(0.005m));
        var check2021 = Reference.CheckGroupTotal(CountryCode.China, TradePartner.CentralAsia, TradePeriod.ForYear(2021))!;
        Assert.Equal(["TJ", "UZ"], check2021.Missing.Select(c => c.Alpha2));
        Assert.False(check2021.IsConsistent(0.005m));
    }

    [Fact]
    public void Commodity_flows_never_add_to_totals()
    {
        // China's gas imports from Kazakhstan (HS 2711) exist, but the total is the all-goods turnover.
        Assert.Equal(Money.Parse("31200000000 USD"), Reference.Total(CountryCode.China, CountryCode.Kazakhstan, Y2022)!.Value);
    }

    [Fact]
    public void Mixing_currencies_is_refused_with_its_code()
    {
        var usd = Flow(CountryCode.China, CountryCode.Kazakhstan, FlowDirection.Export, Y2022, "1 USD");
        var kzt = Flow(CountryCode.China, CountryCode.Kazakhstan, FlowDirection.Import, Y2022, "1 KZT");
        var result = TradeLedger.TryCreate([usd, kzt]);
        Assert.Equal([(ErrorCodes.MoneyCurrencyMismatch, "/1/value/currency")], result.Errors.Select(e => (e.Code, e.Path)));
        Assert.Throws<DomainValidationException>(() => TradeLedger.Create([usd, kzt]));
    }

    [Fact]
    public void Months_sum_to_a_year_only_when_all_twelve_are_known()
    {
        var months = Enumerable.Range(1, 12).Select(m => Flow(CountryCode.Kazakhstan, CountryCode.China, FlowDirection.Turnover, TradePeriod.ForMonth(2022, m), "100 USD")).ToArray();
        var ledger = TradeLedger.Create(months);
        var year = ledger.Total(CountryCode.Kazakhstan, CountryCode.China, Y2022)!;
        Assert.Equal((Money.Parse("1200 USD"), TotalBasis.SumOfMonths), (year.Value, year.Basis));
        Assert.Null(TradeLedger.Create(months[..11]).Total(CountryCode.Kazakhstan, CountryCode.China, Y2022));
        Assert.Equal(12, ledger.Series(CountryCode.Kazakhstan, CountryCode.China, TradePeriodKind.Month).Length);
        Assert.Single(ledger.Series(CountryCode.Kazakhstan, CountryCode.China, TradePeriodKind.Year));
    }

    [Property(MaxTest = 200 / Runs.Divisor)]
    public Property Shares_sum_to_one_for_any_non_empty_ledger() => Prop.ForAll(
        SingleCurrencyFlows.Where(f => f.Length > 0).ToArbitrary(),
        flows =>
        {
            var ledger = TradeLedger.Create(flows);
            foreach (var reporter in flows.Select(f => f.Reporter).Distinct())
            {
                foreach (var period in flows.Where(f => f.Reporter == reporter).Select(f => f.Period).Distinct())
                {
                    var breakdown = ledger.Breakdown(reporter, period);
                    if (breakdown.Total?.Amount > 0m)
                    {
                        Assert.InRange(breakdown.Partners.Sum(p => p.Share), 0.9999999999999999999999m, 1.0000000000000000000001m);
                    }
                }
            }
        });

    [Property(MaxTest = 200 / Runs.Divisor)]
    public Property Totals_do_not_depend_on_the_order_of_flows() => Prop.ForAll(
        SingleCurrencyFlows.SelectMany(f => Gen.Shuffle(f), (f, shuffled) => (f, shuffled)).ToArbitrary(),
        pair =>
        {
            var (flows, shuffled) = pair;
            var a = TradeLedger.Create(flows);
            var b = TradeLedger.Create(shuffled);
            foreach (var f in flows)
            {
                Assert.Equal(a.Total(f.Reporter, f.Partner, f.Period)?.Value, b.Total(f.Reporter, f.Partner, f.Period)?.Value);
            }
        });

    [Property(MaxTest = 200 / Runs.Divisor)]
    public Property Adding_a_mirror_flow_never_changes_a_single_reporter_total() => Prop.ForAll(
        SingleCurrencyFlows.Where(f => f.Length > 0).ToArbitrary(),
        flows =>
        {
            var before = TradeLedger.Create(flows);
            var f = flows[0];
            if (!f.Partner.IsSingleCountry)
            {
                return;
            }

            var mirror = new TradeFlow(f.Partner.Countries[0], TradePartner.Of(f.Reporter), FlowDirection.Turnover, f.Period, f.Value * 0.77m);
            var after = TradeLedger.Create([.. flows, mirror]);
            foreach (var g in flows.Where(g => g.Reporter != mirror.Reporter))
            {
                Assert.Equal(before.Total(g.Reporter, g.Partner, g.Period)?.Value, after.Total(g.Reporter, g.Partner, g.Period)?.Value);
            }
        });

    /// <summary>Valid flows in US dollars, one figure per reporter, partner, direction and period (as a valid dataset has).</summary>
    private static readonly Gen<TradeFlow[]> SingleCurrencyFlows =
        (from reporter in Gen.Elements(CountryCode.CentralAsia.Append(CountryCode.China).ToArray())
         from partner in Gen.Elements(CountryCode.CentralAsia.Append(CountryCode.China).ToArray()).Where(p => p != reporter)
         from direction in Gen.Elements(Enum.GetValues<FlowDirection>())
         from year in Gen.Choose(2019, 2023)
         from amount in Gen.Choose(0, 1_000_000)
         select new TradeFlow(reporter, TradePartner.Of(partner), direction, TradePeriod.ForYear(year), new Money(amount * 1000m, CurrencyCode.Usd)))
        .ListOf()
        .Select(l => l.DistinctBy(f => (f.Reporter, f.Partner, f.Direction, f.Period)).ToArray());

    private static TradeFlow Flow(CountryCode reporter, CountryCode partner, FlowDirection direction, TradePeriod period, string money) =>
        new(reporter, TradePartner.Of(partner), direction, period, Money.Parse(money));
}

public class TradeLedgerArgumentTests
{
    private static readonly TradeLedger Ledger = ReferenceData.XianSummit2023.ToTradeLedger();

    [Fact]
    public void Default_arguments_are_refused_naming_the_parameter()
    {
        var y2022 = TradePeriod.ForYear(2022);
        Assert.Equal("partner", Assert.Throws<ArgumentException>(() => Ledger.Total(CountryCode.China, default(CountryCode), y2022)).ParamName);
        Assert.Equal("reporter", Assert.Throws<ArgumentException>(() => Ledger.Total(default, CountryCode.Kazakhstan, y2022)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => Ledger.Growth(CountryCode.China, CountryCode.Kazakhstan, default)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => Ledger.Breakdown(CountryCode.China, default)).ParamName);
        Assert.Equal("partner", Assert.Throws<ArgumentException>(() => Ledger.Balance(CountryCode.China, default, y2022)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentException>(() => Ledger.Series(CountryCode.China, CountryCode.Kazakhstan, (TradePeriodKind)9)).ParamName);
    }
}
