using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CentralAsia.Domain.Import.Comtrade;
using CentralAsia.Domain.Import.Gcdf;
using CentralAsia.Domain.Import.Tests.Comtrade;
using CentralAsia.Domain.Import.Tests.Gcdf;
using CentralAsia.Domain.Values;
using CentralAsia.Tests.Shared;
using NodaTime;
using Xunit;

namespace CentralAsia.Domain.Import.Tests;

/// <summary>
/// Every error the importers give for a wrong or missing value of each column they read, in each layout, pinned as
/// text in <c>Approved/import-errors.txt</c>: a changed code, column, line or message shows up in review. To accept a
/// change, copy the <c>*.received.txt</c> written next to it over the approved file and review the diff.
/// </summary>
public sealed class ErrorMessageTests
{
    private static readonly string[] Values = ["", "x", "-1", "0", "1", "13", "99999", "1e400", "TOTAL", "H9"];

    private static readonly ImportSource Source = new(SourceId.Parse("s"), "P", new Uri("https://example.org/"), new LocalDate(2026, 12, 3));

    [Fact]
    public void Every_wrong_value_of_every_column_gets_the_approved_errors()
    {
        var lines = new List<string>();
        var comtradeColumns = new[]
        {
            "typeCode", "freqCode", "refYear", "refMonth", "period", "reporterCode", "reporterISO", "flowCode", "partnerCode", "partnerISO", "partner2Code",
            "classificationCode", "cmdCode", "customsCode", "mosCode", "motCode", "qtyUnitCode", "qty", "isQtyEstimated", "netWgt", "isNetWgtEstimated",
            "cifvalue", "fobvalue", "primaryValue", "isReported",
        };
        foreach (var monthly in new[] { false, true })
        {
            foreach (var column in comtradeColumns)
            {
                foreach (var value in Values)
                {
                    var row = monthly ? ComtradeFiles.Row(("freqCode", "M"), ("refMonth", "5"), ("period", "202205"), ("qtyUnitCode", "8"), ("qty", "5")) : ComtradeFiles.Row();
                    row[column] = value;
                    lines.Add($"comtrade {(monthly ? "monthly" : "annual")} {column} = '{value}': {Comtrade(ComtradeFiles.Csv(ComtradeFiles.CurrentHeader, [row]), "c.csv")}");
                }
            }
        }

        foreach (var column in new[] { "Year", "Period", "Trade Flow Code", "Reporter Code", "Partner Code", "Classification", "Commodity Code", "Trade Value (US$)", "Flag", "Qty", "Qty Unit Code" })
        {
            foreach (var value in Values)
            {
                var row = ComtradeFiles.LegacyRowOf(ComtradeFiles.RowOfFlow());
                row[column] = value;
                lines.Add($"legacy {column} = '{value}': {Comtrade(ComtradeFiles.Csv(ComtradeFiles.LegacyHeader, [row]), "l.csv")}");
            }
        }

        foreach (var column in new[] { "primaryValue", "reporterCode", "flowCode" })
        {
            foreach (var value in Values)
            {
                var row = ComtradeFiles.Row();
                row[column] = value;
                lines.Add($"json {column} = '{value}': {Comtrade(ComtradeFiles.Json([row]), "c.json")}");
            }
        }

        foreach (var column in GcdfFiles.Header)
        {
            foreach (var value in Values.Concat(["Yes", "No", "09/13/2014", "CHN", "KGZ", "ODA-like", "Completion", "A|A"]))
            {
                var row = GcdfFiles.Row();
                row[column] = value;
                lines.Add($"gcdf {column.Trim()} = '{value}': {Gcdf(GcdfFiles.Csv([row]))}");
            }
        }

        var directory = Path.Combine(Repository.Root(), "tests", "CentralAsia.Domain.Import.Tests", "Approved");
        var approvedPath = Path.Combine(directory, "import-errors.txt");
        var received = string.Join("\n", lines) + "\n";
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : string.Empty;
        if (received != approved)
        {
            var receivedPath = Path.Combine(directory, "import-errors.received.txt");
            File.WriteAllText(receivedPath, received);
            var first = received.Split('\n').Except(approved.Split('\n')).FirstOrDefault();
            Assert.Fail($"The errors differ from {approvedPath}; see {receivedPath}. First new line: {first}");
        }
    }

    private static string Comtrade(string text, string file) => Describe(ComtradeImport.Open(ComtradeFiles.Utf8(text), file, new ComtradeImportOptions(Source) { Errors = ImportErrorPolicy.CollectAll }));

    private static string Gcdf(string text) => Describe(GcdfImport.Open(ComtradeFiles.Utf8(text), "g.csv", new GcdfImportOptions(Source) { Errors = ImportErrorPolicy.CollectAll }));

    // What one row gave: its record's key facts, the skip rule, or every error; and what the summary kept aside.
    private static string Describe<T>(ImportReader<T> import)
        where T : class
    {
        try
        {
            var records = import.ReadAll(TestContext.Current.CancellationToken).ToList();
            var summary = import.Summary;
            var notKept = summary.ValuesNotKept.Count == 0 ? string.Empty : " [not kept: " + string.Join("; ", summary.ValuesNotKept.Select(p => p.Key)) + "]";
            return summary.Errors.Count > 0 ? string.Join(" | ", summary.Errors) + notKept
                : summary.Skipped.Count > 0 ? "skipped " + summary.Skipped.Single().Key + notKept
                : "imported " + string.Join(", ", records.Select(Fact)) + notKept;
        }
        catch (ImportException stopped)
        {
            return "stopped: " + string.Join(" | ", stopped.Errors);
        }
    }

    private static string Fact(object record) => record switch
    {
        ComtradeRecord r => $"{r.Flow.Reporter}>{r.Flow.Partner} {r.Flow.Direction} {r.Flow.Period} {r.Flow.Value} {r.Flow.Valuation} {r.Flow.Commodity?.ToString() ?? "all"}{(r.Flow.Estimated ? " estimated" : "")}" +
            $"{(r.Quantity is { } q ? " qty " + q : "")}{(r.QuantityEstimated ? " (est.)" : "")}{(r.NetWeight is { } w ? " net " + w : "")}{(r.NetWeightEstimated ? " (est.)" : "")}",
        Finance.FinanceCommitment c => $"{c.RecordId} {c.Recipient} {c.FlowClass} {c.Status} {c.Committed}/{c.ImplementationStarted}/{c.Completed} {c.Amount} {c.ConstantUsd2021} {c.AdjustedConstantUsd2021}{(c.RecommendedForAggregates ? " recommended" : "")}{(c.Umbrella ? " umbrella" : "")} [{string.Join("; ", c.FundingAgencies.AsImmutableArray())}]",
        _ => record.ToString() ?? string.Empty,
    };
}
