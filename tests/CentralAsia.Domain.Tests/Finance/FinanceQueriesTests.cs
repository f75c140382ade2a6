using System;
using System.Linq;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Tests.Serialization;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CentralAsia.Domain.Tests.Finance;

public class FinanceQueriesTests
{
    private static readonly FinanceCommitment Loan = GoldenTests.LineDLoan;

    private static FinanceCommitment Make(int id, CountryCode recipient, string lender, int year, decimal? adjusted, decimal? constant = null, bool recommended = true, bool umbrella = false) =>
        Loan.With(
            recordId: id, recipient: recipient, fundingAgencies: (Domain.Collections.EquatableArray<string>)[lender], committed: PartialDate.FromYear(year),
            constantUsd2021: constant is { } c ? new Money(c, CurrencyCode.Usd) : null,
            adjustedConstantUsd2021: adjusted is { } a ? new Money(a, CurrencyCode.Usd) : null,
            recommendedForAggregates: recommended, umbrella: umbrella, project: id == 1 ? ProjectId.Parse("line-d") : null).Value;

    private static readonly FinanceCommitment[] Records =
    [
        Make(1, CountryCode.Kyrgyzstan, "China Development Bank (CDB)", 2014, 100m),
        Make(2, CountryCode.Kyrgyzstan, "Export-Import Bank of China (China Eximbank)", 2014, null, 50m),
        Make(3, CountryCode.Tajikistan, "Export-Import Bank of China (China Eximbank)", 2015, 70m),
        Make(4, CountryCode.Tajikistan, "China Development Bank (CDB)", 2015, 999m, umbrella: true),
        Make(5, CountryCode.Uzbekistan, "China Development Bank (CDB)", 2016, 30m, recommended: false),
        Make(6, CountryCode.Uzbekistan, "China Development Bank (CDB)", 2016, null),
    ];

    [Fact]
    public void Filters_by_recipient_year_lender_and_project()
    {
        Assert.Equal([1, 2], Records.ForRecipient(CountryCode.Kyrgyzstan).Select(c => c.RecordId));
        Assert.Equal([3, 4], Records.CommittedIn(2015).Select(c => c.RecordId));
        Assert.Equal([2, 3], Records.ByLender("export-import bank of china (china eximbank)").Select(c => c.RecordId));
        Assert.Equal([1], Records.ForProject(ProjectId.Parse("line-d")).Select(c => c.RecordId));
        Assert.Empty(Records.CommittedIn(2020));
    }

    [Fact]
    public void The_total_leaves_out_umbrella_records_records_not_recommended_and_records_without_an_amount_and_counts_each()
    {
        var total = Records.TotalForAggregates();
        Assert.Equal(new Money(220m, CurrencyCode.Usd), total.Amount); // 100 + 50 (unadjusted, no adjusted given) + 70
        Assert.Equal(3, total.Counted);
        Assert.Equal(1, total.Umbrella);
        Assert.Equal(1, total.NotRecommended);
        Assert.Equal(1, total.WithoutAmount);
    }

    [Property(MaxTest = 200 / Runs.Divisor)]
    public Property The_counts_of_a_total_add_up_to_the_records_given() =>
        Prop.ForAll(DomainGen.FinanceCommitment.Select(Realistic).ListOf().ToArbitrary(), commitments =>
        {
            var total = commitments.TotalForAggregates();
            Assert.Equal(commitments.Count, total.Counted + total.Umbrella + total.NotRecommended + total.WithoutAmount);
            var expected = commitments.Where(c => !c.Umbrella && c.RecommendedForAggregates).Sum(c => (c.AdjustedConstantUsd2021 ?? c.ConstantUsd2021)?.Amount ?? 0m);
            Assert.Equal(expected, total.Amount.Amount);
        });

    // Amounts below a trillion dollars, as every real record is, so that a sum of many stays far inside decimal's range.
    private static FinanceCommitment Realistic(FinanceCommitment c) =>
        c.With(
            constantUsd2021: c.ConstantUsd2021 is { } u ? new Money(u.Amount % 1e12m, CurrencyCode.Usd) : null,
            adjustedConstantUsd2021: c.AdjustedConstantUsd2021 is { } a ? new Money(a.Amount % 1e12m, CurrencyCode.Usd) : null).Value;

    [Fact]
    public void A_sum_beyond_the_range_of_decimal_is_an_overflow_as_for_money()
    {
        var huge = Make(7, CountryCode.Kyrgyzstan, "CDB", 2014, 7e28m);
        Assert.Throws<OverflowException>(() => new[] { huge, huge.With(recordId: 8).Value }.TotalForAggregates());
    }

    [Fact]
    public void A_total_is_written_as_json_and_never_read()
    {
        var json = Domain.Serialization.CentralAsiaJson.Serialize(Records.TotalForAggregates());
        Assert.Equal(
            """{"amount":{"amount":220,"currency":"USD"},"counted":3,"umbrella":1,"notRecommended":1,"withoutAmount":1}""",
            System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString());
        Assert.Throws<Domain.Serialization.CentralAsiaJsonException>(() => Domain.Serialization.CentralAsiaJson.Deserialize<FinanceTotal>(System.Text.Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => FinanceQueries.TotalForAggregates(null!));
        // The parameter's own name, not LINQ's "source".
        Assert.Equal("commitments", Assert.Throws<ArgumentNullException>(() => FinanceQueries.ByLender(null!, "CDB")).ParamName);
        Assert.Equal("commitments", Assert.Throws<ArgumentNullException>(() => FinanceQueries.ForProject(null!, ProjectId.Parse("line-d"))).ParamName);
        Assert.Throws<ArgumentNullException>(() => FinanceQueries.ForRecipient(null!, CountryCode.Kyrgyzstan));
        Assert.Throws<ArgumentNullException>(() => FinanceQueries.CommittedIn(null!, 2014));
        Assert.Throws<ArgumentNullException>(() => Records.ByLender(null!));
        Assert.Throws<ArgumentNullException>(() => Records.ForProject(null!));
        Assert.Throws<ArgumentNullException>(() => new FinanceCommitment[] { null! }.TotalForAggregates());
    }
}
