using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Import.Gcdf;
using CentralAsia.Domain.Tests;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CentralAsia.Domain.Import.Tests.Gcdf;

/// <summary>A commitment written out as a GCDF row (CSV or workbook) and read back is the same commitment.</summary>
public class GcdfRoundTripTests
{
    private static readonly ImportSource Source = new(SourceId.Parse("aiddata-gcdf-3"), "AidData", new Uri("https://www.aiddata.org/"), new LocalDate(2026, 11, 30));

    private static readonly Dictionary<FinanceFlowClass, string> Classes = new()
    {
        [FinanceFlowClass.OdaLike] = "ODA-like", [FinanceFlowClass.OofLike] = "OOF-like", [FinanceFlowClass.Vague] = "Vague (Official Finance)",
    };

    private static readonly Dictionary<FinanceStatus, string> Statuses = new()
    {
        [FinanceStatus.Pledged] = "Pipeline: Pledge", [FinanceStatus.Committed] = "Pipeline: Commitment", [FinanceStatus.Implementation] = "Implementation",
        [FinanceStatus.Completed] = "Completion", [FinanceStatus.Suspended] = "Suspended", [FinanceStatus.Cancelled] = "Cancelled",
    };

    // The commitments a GCDF row can hold: names without the agency separator, dates as a year or a day, amounts in
    // cents, no project link (that comes from the caller), citing the file.
    private static readonly Gen<FinanceCommitment> GcdfCommitment =
        from c in DomainGen.FinanceCommitment
        from committed in Gen.OneOf(Gen.Constant<PartialDate?>(null), Gen.Choose(1990, 2030).Select(y => (PartialDate?)PartialDate.FromYear(y)), DomainGen.RecentDate.Select(d => (PartialDate?)PartialDate.FromDate(d)))
        from amount in DomainGen.NonNegativeDecimal.Select(d => decimal.Round(d % 1e13m, 2)).Select(d => (decimal?)d).OrNullable()
        select c.With(
            recordId: c.RecordId % 1_000_000 + 1,
            title: c.Title.Replace('|', '/'),
            fundingAgencies: Domain.Collections.EquatableArray.From(c.FundingAgencies.AsImmutableArray().Select(a => a.Replace('|', '/')).Distinct()),
            committed: committed,
            amount: amount is { } a ? new Money(a, c.Amount?.Currency ?? CurrencyCode.Cny) : null,
            constantUsd2021: c.ConstantUsd2021 is { } u ? new Money(decimal.Round(u.Amount % 1e13m, 2), CurrencyCode.Usd) : null,
            adjustedConstantUsd2021: c.AdjustedConstantUsd2021 is { } j ? new Money(decimal.Round(j.Amount % 1e13m, 2), CurrencyCode.Usd) : null,
            project: null,
            citations: (Domain.Collections.EquatableArray<SourceId>)[Source.Id]).Value;

    private static Dictionary<string, string> RowOf(FinanceCommitment c)
    {
        static string Date(PartialDate? d) => d is { Precision: PartialDatePrecision.Day } day ? day.Start.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture) : "";
        static string Year(PartialDate? d) => d is { } x ? x.Year.ToString(CultureInfo.InvariantCulture) : "";
        static string Amount(Money? m) => m is { } x ? x.Amount.ToString(CultureInfo.InvariantCulture) : "";
        return GcdfFiles.Row(
            ("AidData Record ID", c.RecordId.ToString(CultureInfo.InvariantCulture)), ("Recipient ISO-3", c.Recipient.Alpha3), ("Title", c.Title),
            ("Funding Agencies", string.Join("|", c.FundingAgencies.AsImmutableArray())), ("Flow Type", c.FlowType), ("Flow Class", Classes[c.FlowClass]),
            ("Status", Statuses[c.Status]), ("Sector Name", c.Sector ?? ""),
            ("Commitment Year", Year(c.Committed)), ("Commitment Date (MM/DD/YYYY)", Date(c.Committed)),
            ("Implementation Start Year", Year(c.ImplementationStarted)), ("Actual Implementation Start Date (MM/DD/YYYY)", Date(c.ImplementationStarted)),
            ("Completion Year", Year(c.Completed)), ("Actual Completion Date (MM/DD/YYYY)", Date(c.Completed)),
            ("Amount (Original Currency)", Amount(c.Amount)), ("Original Currency", c.Amount is { } m ? m.Currency.Code : ""),
            ("Amount (Constant USD 2021) ", Amount(c.ConstantUsd2021)), ("Adjusted Amount (Constant USD 2021) ", Amount(c.AdjustedConstantUsd2021)),
            ("Recommended For Aggregates", c.RecommendedForAggregates ? "Yes" : "No"), ("Umbrella", c.Umbrella ? "Yes" : "No"));
    }

    [Property(MaxTest = 100 / Runs.Divisor)]
    public Property Commitments_written_as_a_gcdf_csv_read_back_equal() =>
        Prop.ForAll(GcdfCommitment.ListOf().Select(l => l.DistinctBy(c => c.RecordId).ToList()).ToArbitrary(), commitments =>
        {
            var csv = GcdfFiles.Csv(commitments.Select(RowOf));
            var import = GcdfImport.Open(Comtrade.ComtradeFiles.Utf8(csv), "g.csv", new GcdfImportOptions(Source));
            Assert.Equal(commitments, import.ReadAll(TestContext.Current.CancellationToken));
        });
}
