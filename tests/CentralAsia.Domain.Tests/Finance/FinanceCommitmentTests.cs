using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Tests.Serialization;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck.Xunit;
using Xunit;

namespace CentralAsia.Domain.Tests.Finance;

[Properties(Arbitrary = [typeof(Arbitraries)])]
public class FinanceCommitmentTests
{
    private static readonly FinanceCommitment Valid = GoldenTests.LineDLoan;

    [Fact]
    public void A_valid_commitment_keeps_every_value()
    {
        Assert.Equal(90001, Valid.RecordId);
        Assert.Equal(CountryCode.Kyrgyzstan, Valid.Recipient);
        Assert.Equal(["Export-Import Bank of China (China Eximbank)"], Valid.FundingAgencies.AsImmutableArray());
        Assert.Equal(FinanceFlowClass.OofLike, Valid.FlowClass);
        Assert.Equal(Money.Parse("214500000.50 USD"), Valid.AdjustedConstantUsd2021);
        Assert.Equal(ProjectId.Parse("line-d"), Valid.Project);
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_its_path_at_once()
    {
        var result = FinanceCommitment.TryCreate(
            recordId: 0, recipient: CountryCode.China, title: " ", fundingAgencies: [], flowType: null, flowClass: (FinanceFlowClass)9,
            status: default, sector: "", committed: default(PartialDate), implementationStarted: PartialDate.Parse("2020"),
            completed: PartialDate.Parse("2019-12"), amount: Money.Parse("-1 CNY"), constantUsd2021: Money.Parse("5 EUR"),
            adjustedConstantUsd2021: Money.Parse("-2 USD"), citations: [SourceId.Parse("a"), SourceId.Parse("a")]);

        var errors = result.Errors.Select(e => (e.Code, e.Path)).ToArray();
        Assert.Equal(
            [
                (ErrorCodes.NumberOutOfRange, "/recordId"),
                (ErrorCodes.FinanceRecipientIsLender, "/recipient"),
                (ErrorCodes.TextBlank, "/title"),
                (ErrorCodes.CollectionEmpty, "/fundingAgencies"),
                (ErrorCodes.ValueRequired, "/flowType"),
                (ErrorCodes.EnumUndefined, "/flowClass"),
                (ErrorCodes.EnumUndefined, "/status"),
                (ErrorCodes.TextBlank, "/sector"),
                (ErrorCodes.ValueRequired, "/committed"),
                (ErrorCodes.IntervalReversed, "/completed"),
                (ErrorCodes.MoneyNegative, "/amount/amount"),
                (ErrorCodes.MoneyCurrencyMismatch, "/constantUsd2021/currency"),
                (ErrorCodes.MoneyNegative, "/adjustedConstantUsd2021/amount"),
                (ErrorCodes.CollectionDuplicate, "/citations/1"),
            ],
            errors);
        var thrown = Assert.Throws<DomainValidationException>(() => new FinanceCommitment(0, CountryCode.China, "t", ["a"], "Loan", FinanceFlowClass.Vague, FinanceStatus.Pledged));
        Assert.Equal(2, thrown.Errors.Length);
    }

    [Fact]
    public void Completion_in_the_same_year_as_a_dated_start_is_not_reversed()
    {
        Assert.True(Valid.With(implementationStarted: PartialDate.Parse("2016-05-01"), completed: PartialDate.Parse("2016")).IsValid);
        Assert.True(Valid.With(implementationStarted: PartialDate.Parse("2016-05-01"), completed: PartialDate.Parse("2016-05-01")).IsValid); // done the day it started
        Assert.False(Valid.With(implementationStarted: PartialDate.Parse("2016-05-01"), completed: PartialDate.Parse("2016-04")).IsValid);
    }

    [Fact]
    public void Json_reads_both_flags_and_an_umbrella_record_round_trips()
    {
        var umbrella = Valid.With(umbrella: true, recommendedForAggregates: false).Value;
        var json = Domain.Serialization.CentralAsiaJson.Serialize(umbrella);
        Assert.Contains("\"umbrella\": true", json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("recommendedForAggregates", json, System.StringComparison.Ordinal);
        var back = Domain.Serialization.CentralAsiaJson.Deserialize<FinanceCommitment>(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.True(back.Umbrella);
        Assert.False(back.RecommendedForAggregates);
        var explicitFalse = Domain.Serialization.CentralAsiaJson.Deserialize<FinanceCommitment>(System.Text.Encoding.UTF8.GetBytes(json.Replace("\"umbrella\": true", "\"umbrella\": false", System.StringComparison.Ordinal)));
        Assert.False(explicitFalse.Umbrella);
    }

    [Property(MaxTest = 200 / Runs.Divisor)]
    public void With_nothing_changed_is_equal_and_each_generated_commitment_is_valid(FinanceCommitment commitment)
    {
        var copy = commitment.With().Value;
        Assert.Equal(commitment, copy);
        Assert.NotSame(commitment, copy);
    }

    [Fact]
    public void The_dataset_checks_record_ids_projects_recipients_and_citations()
    {
        var project = GoldenTests.LineD;
        var other = Valid.With(recordId: 90002, project: ProjectId.Parse("no-such-project"), citations: (EquatableArray<SourceId>)[SourceId.Parse("nowhere")]).Value;
        var repeat = Valid.With(recipient: CountryCode.Tajikistan).Value;
        var result = CentralAsiaDataset.TryCreate(
            sources: [.. GoldenTests.CitedSources()],
            countries: [GoldenTests.Kazakhstan],
            projects: [project],
            financeCommitments: [Valid, other, repeat]);

        var errors = result.Errors.Where(e => e.Path.StartsWith("/financeCommitments", System.StringComparison.Ordinal)).Select(e => (e.Code, e.Path)).ToArray();
        Assert.Equal(
            [
                (ErrorCodes.DatasetReferenceUnresolved, "/financeCommitments/0/recipient"),
                (ErrorCodes.DatasetReferenceUnresolved, "/financeCommitments/1/recipient"),
                (ErrorCodes.DatasetReferenceUnresolved, "/financeCommitments/1/project"),
                (ErrorCodes.DatasetReferenceUnresolved, "/financeCommitments/1/citations/0"),
                (ErrorCodes.DatasetIdDuplicate, "/financeCommitments/2/recordId"),
                (ErrorCodes.DatasetReferenceUnresolved, "/financeCommitments/2/recipient"),
            ],
            errors);
    }
}
