using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Import.Gcdf;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using NodaTime;
using Xunit;
using static CentralAsia.Domain.Import.Tests.Gcdf.GcdfFiles;

namespace CentralAsia.Domain.Import.Tests.Gcdf;

public class GcdfImportTests
{
    internal static readonly ImportSource Source = new(SourceId.Parse("aiddata-gcdf-3"), "AidData", new Uri("https://www.aiddata.org/"), new LocalDate(2026, 11, 30));

    private static System.Threading.CancellationToken Cancel => TestContext.Current.CancellationToken;

    internal static (List<FinanceCommitment> Records, ImportSummary Summary) Read(Stream stream, GcdfImportOptions? options = null, string file = "gcdf.csv")
    {
        var import = GcdfImport.Open(stream, file, options ?? new GcdfImportOptions(Source));
        return (import.ReadAll(Cancel).ToList(), import.Summary);
    }

    private static (List<FinanceCommitment> Records, ImportSummary Summary) ReadCsv(params Dictionary<string, string>[] rows) =>
        Read(Comtrade.ComtradeFiles.Utf8(Csv(rows)));

    private static ImportError Fails(params (string, string)[] changes) =>
        Assert.Single(Assert.Throws<ImportException>(() => ReadCsv(Row(changes))).Errors);

    [Fact]
    public void A_row_becomes_a_commitment_with_every_value_as_given()
    {
        var c = Assert.Single(ReadCsv(Row()).Records);
        Assert.Equal(35001, c.RecordId);
        Assert.Equal(CountryCode.Kyrgyzstan, c.Recipient);
        Assert.Equal("A made-up road loan, Bishkek to Naryn", c.Title);
        Assert.Equal(["Export-Import Bank of China (China Eximbank)"], c.FundingAgencies.AsImmutableArray());
        Assert.Equal(("Loan", FinanceFlowClass.OdaLike, FinanceStatus.Completed, "TRANSPORT AND STORAGE"), (c.FlowType, c.FlowClass, c.Status, c.Sector));
        Assert.Equal(PartialDate.Parse("2014-09-13"), c.Committed);
        Assert.Equal(PartialDate.Parse("2015-03-01"), c.ImplementationStarted);
        Assert.Equal(PartialDate.Parse("2017"), c.Completed);
        Assert.Equal(Money.Parse("1500000000 CNY"), c.Amount);
        Assert.Equal(Money.Parse("260000000.25 USD"), c.ConstantUsd2021);
        Assert.Equal(Money.Parse("255000000.75 USD"), c.AdjustedConstantUsd2021);
        Assert.True(c.RecommendedForAggregates);
        Assert.False(c.Umbrella);
        Assert.Null(c.Project);
        Assert.Equal([Source.Id], c.Citations.AsImmutableArray());
    }

    [Theory]
    [InlineData("Pipeline: Pledge", FinanceStatus.Pledged)]
    [InlineData("Pipeline: Commitment", FinanceStatus.Committed)]
    [InlineData("Implementation", FinanceStatus.Implementation)]
    [InlineData("Completion", FinanceStatus.Completed)]
    [InlineData("Suspended", FinanceStatus.Suspended)]
    [InlineData("Cancelled", FinanceStatus.Cancelled)]
    public void Each_status_maps(string text, FinanceStatus status) =>
        Assert.Equal(status, ReadCsv(Row(("Status", text))).Records.Single().Status);

    [Theory]
    [InlineData("ODA-like", FinanceFlowClass.OdaLike)]
    [InlineData("OOF-like", FinanceFlowClass.OofLike)]
    [InlineData("Vague (Official Finance)", FinanceFlowClass.Vague)]
    public void Each_flow_class_maps(string text, FinanceFlowClass flowClass) =>
        Assert.Equal(flowClass, ReadCsv(Row(("Flow Class", text))).Records.Single().FlowClass);

    [Fact]
    public void Several_agencies_split_at_the_bar_and_links_to_projects_come_from_the_caller()
    {
        var options = new GcdfImportOptions(Source) { ProjectLinks = new Dictionary<int, ProjectId> { [35001] = ProjectId.Parse("line-d") } };
        var (records, _) = Read(Comtrade.ComtradeFiles.Utf8(Csv([Row(("Funding Agencies", "China Development Bank (CDB)| Export-Import Bank of China (China Eximbank) |"))])), options);
        var c = records.Single();
        Assert.Equal(["China Development Bank (CDB)", "Export-Import Bank of China (China Eximbank)"], c.FundingAgencies.AsImmutableArray());
        Assert.Equal(ProjectId.Parse("line-d"), c.Project);
    }

    [Fact]
    public void Regional_records_and_other_financiers_are_skipped_and_counted()
    {
        var (records, summary) = ReadCsv(
            Row(),
            Row(("AidData Record ID", "35002"), ("Recipient", "Asia, regional"), ("Recipient ISO-3", "")),
            Row(("AidData Record ID", "35003"), ("Recipient ISO-3", "XXX")),
            Row(("AidData Record ID", "35004"), ("Financier Country", "Japan")));
        Assert.Single(records);
        Assert.Equal(2, summary.Skipped[GcdfSkipRules.RecipientNotCountry]);
        Assert.Equal(1, summary.Skipped[GcdfSkipRules.FinancierNotChina]);
        Assert.Equal(summary.RowsRead, summary.Imported + summary.SkippedTotal + summary.Rejected);
    }

    [Fact]
    public void Bad_values_are_errors_naming_their_column_and_the_models_rules_keep_its_codes()
    {
        Assert.Equal((ImportErrorCodes.ValueInvalid, "Status"), (Fails(("Status", "Done")).Code, Fails(("Status", "Done")).Column));
        Assert.Equal(ImportErrorCodes.ValueInvalid, Fails(("Flow Class", "ODA")).Code);
        Assert.Equal(ImportErrorCodes.ValueInvalid, Fails(("Recommended For Aggregates", "Y")).Code);
        Assert.Equal(ImportErrorCodes.ValueMissing, Fails(("Title", " ")).Code);
        Assert.Equal(ImportErrorCodes.ValueInvalid, Fails(("AidData Record ID", "0")).Code);
        Assert.Equal(ImportErrorCodes.ValueInvalid, Fails(("Commitment Date (MM/DD/YYYY)", "13/09/2014")).Code);
        Assert.Equal(ImportErrorCodes.ValuesDisagree, Fails(("Commitment Date (MM/DD/YYYY)", "09/13/2015")).Code);
        Assert.Equal(ImportErrorCodes.ValueMissing, Fails(("Original Currency", "")).Code);
        Assert.Equal(ImportErrorCodes.ValueInvalid, Fails(("Original Currency", "RMB")).Code);
        Assert.Equal(ImportErrorCodes.ValueInvalid, Fails(("Amount (Constant USD 2021) ", "n/a")).Code);

        Assert.Equal((ImportErrorCodes.ValueInvalid, "Recipient ISO-3"), (Fails(("Recipient ISO-3", "KG")).Code, Fails(("Recipient ISO-3", "417")).Column));
        var lender = Fails(("Recipient ISO-3", "CHN"));
        Assert.Equal((ErrorCodes.FinanceRecipientIsLender, "Recipient ISO-3", 2L), (lender.Code, lender.Column, lender.Line!.Value));
        Assert.Equal(ErrorCodes.CollectionDuplicate, Fails(("Funding Agencies", "CDB|CDB")).Code);
        var reversed = Fails(("Actual Completion Date (MM/DD/YYYY)", "01/01/2015"), ("Actual Implementation Start Date (MM/DD/YYYY)", "03/01/2015"), ("Completion Year", "2015"));
        Assert.Equal((ErrorCodes.IntervalReversed, "Actual Completion Date (MM/DD/YYYY)"), (reversed.Code, reversed.Column));
        Assert.Equal(ErrorCodes.MoneyNegative, Fails(("Adjusted Amount (Constant USD 2021) ", "-1")).Code);
    }

    [Fact]
    public void A_header_without_a_required_column_is_refused_naming_it()
    {
        var header = Header.Where(h => h != "Flow Class").ToArray();
        var e = Assert.Single(Assert.Throws<ImportException>(() => Read(Comtrade.ComtradeFiles.Utf8(Csv([Row()], header)))).Errors);
        Assert.Equal((ImportErrorCodes.ColumnMissing, "Flow Class"), (e.Code, e.Column));
        var other = Assert.Single(Assert.Throws<ImportException>(() => Read(Comtrade.ComtradeFiles.Utf8("a,b\n1,2\n"))).Errors);
        Assert.Equal(ImportErrorCodes.FileUnknownLayout, other.Code);
    }

    [Fact]
    public void The_workbook_reads_the_same_commitments_as_its_csv_export()
    {
        var rows = new[]
        {
            Row(),
            Row(("AidData Record ID", "35002"), ("Recipient ISO-3", "TJK"), ("Umbrella", "Yes"), ("Recommended For Aggregates", "No"), ("Status", "Implementation")),
            Row(("AidData Record ID", "35003"), ("Recipient ISO-3", "")),
        };
        var (fromCsv, csvSummary) = Read(Comtrade.ComtradeFiles.Utf8(Csv(rows)));
        var (fromXlsx, xlsxSummary) = Read(Workbook(rows), file: "gcdf.xlsx");
        Assert.Equal(fromCsv, fromXlsx);
        Assert.Equal("AidData GCDF 3.0 workbook", xlsxSummary.Format);
        Assert.Equal((3L, 2L, 1L), (xlsxSummary.RowsRead, xlsxSummary.Imported, xlsxSummary.SkippedTotal));
        Assert.Equal(csvSummary.Skipped, xlsxSummary.Skipped);

        var e = Assert.Single(Assert.Throws<ImportException>(() => Read(Workbook(rows, sheet: "Sheet1"), file: "other.xlsx")).Errors);
        Assert.Equal(ImportErrorCodes.FileUnknownLayout, e.Code);
        Assert.Contains("Sheet1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_row_with_a_bad_value_names_its_row()
    {
        var rows = new[] { Row(), Row(("AidData Record ID", "35002"), ("Status", "Done")) };
        var e = Assert.Single(Assert.Throws<ImportException>(() => Read(Workbook(rows), file: "g.xlsx")).Errors);
        Assert.Equal(("g.xlsx", 3L, "Status"), (e.File, e.Line!.Value, e.Column));
    }

    [Fact]
    public void A_damaged_workbook_is_one_clear_error()
    {
        var whole = Workbook([Row()]).ToArray();
        foreach (var cut in new[] { 10, whole.Length / 2, whole.Length - 30 })
        {
            var e = Assert.Single(Assert.Throws<ImportException>(() => Read(new MemoryStream(whole[..cut]), file: "cut.xlsx")).Errors);
            Assert.Equal(ImportErrorCodes.FileMalformed, e.Code);
        }
    }

    [Fact]
    public async Task The_async_path_reads_the_same_and_the_total_counts_no_umbrella()
    {
        var rows = new[]
        {
            Row(),
            Row(("AidData Record ID", "35002"), ("Umbrella", "Yes"), ("Recommended For Aggregates", "No"), ("Adjusted Amount (Constant USD 2021) ", "999")),
            Row(("AidData Record ID", "35003"), ("Adjusted Amount (Constant USD 2021) ", "100"), ("Commitment Year", "2016"), ("Commitment Date (MM/DD/YYYY)", "")),
        };
        var import = GcdfImport.Open(Workbook(rows), "g.xlsx", new GcdfImportOptions(Source));
        var records = new List<FinanceCommitment>();
        await foreach (var record in import.ReadAllAsync(Cancel))
        {
            records.Add(record);
        }

        Assert.Equal(Read(Workbook(rows), file: "g.xlsx").Records, records);
        var total = records.ForRecipient(CountryCode.Kyrgyzstan).TotalForAggregates();
        Assert.Equal((new Money(255000100.75m, CurrencyCode.Usd), 2, 1), (total.Amount, total.Counted, total.Umbrella));
        Assert.Equal([35003], records.CommittedIn(2016).Select(r => r.RecordId));
    }
}
