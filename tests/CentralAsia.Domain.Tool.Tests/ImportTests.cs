using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Serialization;
using Xunit;

namespace CentralAsia.Tool.Tests;

public sealed class ImportTests
{
    private static readonly string Files = Path.Combine(Tool.RepositoryRoot(), "samples", "ImportFiles");
    private static readonly string Comtrade = Path.Combine(Files, "comtrade-made-up-2022.csv");
    private static readonly string Gcdf = Path.Combine(Files, "gcdf-made-up.csv");

    [Fact]
    public async Task Both_files_print_what_was_read_the_mirror_table_and_the_finance_by_recipient()
    {
        var (code, output, error) = await Tool.RunAsync("import", "--comtrade", Comtrade, "--gcdf", Gcdf, "--retrieved", "2026-11-30");
        Assert.True(code == 0, error);
        Assert.Contains("comtrade-made-up-2022.csv (UN Comtrade (current field names), CSV): 22 rows read, 20 imported, 2 skipped, 0 rejected.", error, StringComparison.Ordinal);
        Assert.Contains("skipped 1: partner-world", error, StringComparison.Ordinal);
        Assert.Contains("gcdf-made-up.csv (AidData GCDF 3.0 CSV): 7 rows read, 6 imported, 1 skipped, 0 rejected.", error, StringComparison.Ordinal);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Contains(lines, l => l.StartsWith("KZ        CN        2022    13,100,000,000  14,900,000,000  1.137  ok", StringComparison.Ordinal));
        Assert.Contains("7 of 10 pairs outside 0.9–1.25 or with one side only.", output, StringComparison.Ordinal);
        // Tajikistan: the umbrella record (600m) is not added to the record under it (298.5m).
        Assert.Contains(lines, l => l.StartsWith("TJ         2        1        298,500,000.5", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("all        6        4        6,760,500,000.5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task What_was_imported_is_saved_as_a_dataset_the_other_commands_read()
    {
        var saved = Path.Combine(Directory.CreateTempSubdirectory("centralasia-").FullName, "imported.json");
        var (code, _, error) = await Tool.RunAsync("import", "--comtrade", Comtrade, "--gcdf", Gcdf, "--retrieved", "2026-11-30", "--save", saved, "--format", "markdown");
        Assert.True(code == 0, error);
        Assert.Contains("20 trade flows and 6 finance commitments saved to imported.json.", error, StringComparison.Ordinal);
        var dataset = CentralAsiaJson.Deserialize<CentralAsiaDataset>(File.ReadAllBytes(saved));
        Assert.Equal((20, 6, 2), (dataset.TradeFlows.Length, dataset.FinanceCommitments.Length, dataset.Sources.Length));
        Assert.Contains("retrieved 2026-11-30: 22 rows read, 20 imported", dataset.Sources[0].Title, StringComparison.Ordinal);

        var query = await Tool.RunAsync("query", "trade", "--data", saved, "--reporter", "CN", "--year", "2022");
        Assert.True(query.Code == 0, query.Error);
        Assert.Contains("KZ", query.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_row_is_reported_with_its_line_and_column_and_exits_1()
    {
        var text = File.ReadAllText(Comtrade).Replace("16300000000,16300000000", "16300000000,oops", StringComparison.Ordinal);
        var bad = Tool.Temp(".csv", text);
        var (code, output, error) = await Tool.RunAsync("import", "--comtrade", bad);
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains(":2: column 'primaryValue': import.value.invalid: 'oops' is not a number.", error, StringComparison.Ordinal);

        (code, output, error) = await Tool.RunAsync("import", "--comtrade", bad, "--errors", "all");
        Assert.Equal(1, code);
        Assert.Contains("Mirror table", output, StringComparison.Ordinal);
        Assert.Contains("1 rejected", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zero_exports_and_a_ratio_beyond_decimal_are_shown_not_a_crash()
    {
        var lines = File.ReadAllLines(Comtrade);
        var header = lines[0].Split(',');
        var value = Array.IndexOf(header, "primaryValue");
        var fob = Array.IndexOf(header, "fobvalue");
        var cif = Array.IndexOf(header, "cifvalue");
        string With(string line, string amount)
        {
            var cells = line.Split(',');
            cells[value] = amount;
            cells[fob] = cells[fob].Length > 0 ? amount : "";
            cells[cif] = cells[cif].Length > 0 ? amount : "";
            return string.Join(',', cells);
        }

        // China's exports to Kazakhstan (line 2) against Kazakhstan's imports from China (line 4); China's exports to Kyrgyzstan (line 6).
        lines[1] = With(lines[1], "0.000001");
        lines[3] = With(lines[3], "70000000000000000000000000000");
        lines[5] = With(lines[5], "0");
        var file = Tool.Temp(".csv", string.Join("\n", lines) + "\n");
        var (code, output, error) = await Tool.RunAsync("import", "--comtrade", file);
        Assert.True(code == 0, error);
        Assert.Contains("> 10^28", output, StringComparison.Ordinal);
        Assert.Contains("exports are zero", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "--comtrade", "no-such-file.csv")]
    [InlineData("import", "--gcdf", ".")]
    [InlineData("import", "--comtrade", "x.csv", "--errors", "some")]
    [InlineData("import", "--comtrade", "x.csv", "--band", "2:1")]
    [InlineData("import", "--comtrade", "x.csv", "--retrieved", "2026-13-01")]
    [InlineData("import", "--comtrade", "x.csv", "--save", "out.parquet")]
    public async Task Usage_errors_exit_2_with_a_reason(params string[] args)
    {
        var (code, output, error) = await Tool.RunAsync(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}
