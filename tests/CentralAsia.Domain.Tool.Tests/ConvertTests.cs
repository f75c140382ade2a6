using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Serialization;
using Xunit;

namespace CentralAsia.Tool.Tests;

public sealed class ConvertTests
{
    private static readonly string Reference = Path.Combine(Tool.RepositoryRoot(), "src", "CentralAsia.Domain", "Reference", "xian-summit-2023.json");

    [Fact]
    public async Task A_dataset_goes_to_json_lines_and_back_with_its_sources_and_nothing_lost()
    {
        var folder = Directory.CreateTempSubdirectory("centralasia-").FullName;
        var lines = Path.Combine(folder, "flows.jsonl");
        var back = Path.Combine(folder, "flows.json");
        var (code, _, error) = await Tool.RunAsync("convert", Reference, lines);
        Assert.Equal(0, code);
        Assert.Contains($"{ReferenceData.XianSummit2023.TradeFlows.Length} trade flows written to flows.jsonl.", error, StringComparison.Ordinal);
        Assert.Equal(ReferenceData.XianSummit2023.TradeFlows.Length, File.ReadAllLines(lines).Length);

        (code, _, error) = await Tool.RunAsync("convert", lines, back);
        Assert.Equal(1, code);
        Assert.Contains("no --sources dataset gives", error, StringComparison.Ordinal);
        Assert.False(File.Exists(back));

        (code, _, _) = await Tool.RunAsync("convert", lines, back, "--sources", Reference, "--quiet");
        Assert.Equal(0, code);
        var dataset = CentralAsiaJson.Deserialize<CentralAsiaDataset>(File.ReadAllBytes(back));
        Assert.Equal(ReferenceData.XianSummit2023.TradeFlows, dataset.TradeFlows);
        Assert.All(dataset.TradeFlows.SelectMany(f => f.Citations), id => Assert.Contains(dataset.Sources, s => s.Id == id));
        Assert.Single(Directory.GetFiles(folder, "flows.json"));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories).Concat(Directory.GetFiles(folder, ".*")));
    }

    [Fact]
    public async Task Json_lines_go_to_parquet_and_back_byte_for_byte_and_a_dataset_to_parquet_and_back()
    {
        var folder = Directory.CreateTempSubdirectory("centralasia-").FullName;
        var lines = Path.Combine(folder, "flows.jsonl");
        var parquet = Path.Combine(folder, "flows.parquet");
        var again = Path.Combine(folder, "again.jsonl");
        var back = Path.Combine(folder, "back.json");
        var first = await Tool.RunAsync("convert", Reference, lines, "--quiet");
        Assert.True(first.Code == 0, first.Error);
        var (code, _, error) = await Tool.RunAsync("convert", lines, parquet);
        Assert.True(code == 0, error);
        Assert.Contains($"{ReferenceData.XianSummit2023.TradeFlows.Length} trade flows written to flows.parquet.", error, StringComparison.Ordinal);
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(parquet)[..4]);
        Assert.Equal(0, (await Tool.RunAsync("convert", parquet, again, "--quiet")).Code);
        Assert.Equal(File.ReadAllBytes(lines), File.ReadAllBytes(again));

        Assert.Equal(0, (await Tool.RunAsync("convert", Reference, parquet, "--quiet")).Code);
        Assert.Equal(0, (await Tool.RunAsync("convert", parquet, back, "--sources", Reference, "--quiet")).Code);
        Assert.Equal(ReferenceData.XianSummit2023.TradeFlows, CentralAsiaJson.Deserialize<CentralAsiaDataset>(File.ReadAllBytes(back)).TradeFlows);
        Assert.Empty(Directory.GetFiles(folder, "*.tmp-*"));
    }

    [Fact]
    public async Task A_damaged_parquet_file_is_invalid_data_with_the_reason_and_no_output()
    {
        var folder = Directory.CreateTempSubdirectory("centralasia-").FullName;
        var parquet = Path.Combine(folder, "flows.parquet");
        Assert.Equal(0, (await Tool.RunAsync("convert", Reference, parquet, "--quiet")).Code);
        var bytes = File.ReadAllBytes(parquet);
        File.WriteAllBytes(parquet, bytes[..(bytes.Length / 2)]);
        var (code, output, error) = await Tool.RunAsync("convert", parquet, Path.Combine(folder, "out.jsonl"));
        Assert.Equal(1, code);
        Assert.Contains("columnar.format.invalid: The file is not a readable Parquet file.", output, StringComparison.Ordinal);
        Assert.Contains("'out.jsonl' was not written", error, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task An_invalid_line_is_reported_with_its_line_and_no_output_is_written()
    {
        var folder = Directory.CreateTempSubdirectory("centralasia-").FullName;
        var input = Path.Combine(folder, "bad.jsonl");
        File.WriteAllText(input, "{\"reporter\":\"CN\",\"partner\":\"KZ\",\"direction\":\"export\",\"period\":\"2022\",\"value\":{\"amount\":1,\"currency\":\"USD\"}}\n{\"reporter\":\"ZZ\"}\n");
        var target = Path.Combine(folder, "out.json");
        var (code, output, error) = await Tool.RunAsync("convert", input, target);
        Assert.Equal(1, code);
        Assert.Contains("bad.jsonl:2  /reporter  country.code.unknown", output, StringComparison.Ordinal);
        Assert.Contains("'out.json' was not written", error, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(folder));
    }

    [Theory]
    [InlineData("a.json", "b.json", "are both .json")]
    [InlineData("a.csv", "b.json", "must end in .json")]
    public async Task Wrong_extensions_are_usage_errors(string input, string output, string message)
    {
        var (code, _, error) = await Tool.RunAsync("convert", input, output);
        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_or_an_unreadable_input_is_an_io_error_not_a_bug()
    {
        var folder = Directory.CreateTempSubdirectory("centralasia-").FullName;
        var input = Directory.CreateDirectory(Path.Combine(folder, "in.json")).FullName;
        var (code, _, error) = await Tool.RunAsync("convert", input, Path.Combine(folder, "out.jsonl"));
        Assert.Equal(2, code);
        Assert.Contains("is a folder, not a file.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("leader")]
    [InlineData("project")]
    [InlineData("commitment")]
    public async Task Other_records_go_from_a_dataset_to_json_lines_to_parquet_and_back_unchanged(string record)
    {
        var folder = Directory.CreateTempSubdirectory("centralasia-").FullName;
        var lines = Path.Combine(folder, "records.jsonl");
        var parquet = Path.Combine(folder, "records.parquet");
        var again = Path.Combine(folder, "again.jsonl");
        var (code, _, error) = await Tool.RunAsync("convert", Reference, lines, "--record", record);
        Assert.True(code == 0, error);
        var count = record switch
        {
            "leader" => ReferenceData.XianSummit2023.Leaders.Length,
            "project" => ReferenceData.XianSummit2023.Projects.Length,
            _ => ReferenceData.XianSummit2023.Declarations.Sum(d => d.Commitments.Length),
        };
        Assert.Contains($"{count} {record}s written to records.jsonl.", error, StringComparison.Ordinal);
        (code, _, error) = await Tool.RunAsync("convert", lines, parquet, "--record", record, "--quiet");
        Assert.True(code == 0, error);
        Assert.Equal(0, (await Tool.RunAsync("convert", parquet, again, "--record", record, "--quiet")).Code);
        Assert.Equal(File.ReadAllLines(lines), File.ReadAllLines(again));
    }

    [Fact]
    public async Task A_parquet_file_of_another_record_is_invalid_data_that_names_both()
    {
        var folder = Directory.CreateTempSubdirectory("centralasia-").FullName;
        var parquet = Path.Combine(folder, "leaders.parquet");
        Assert.Equal(0, (await Tool.RunAsync("convert", Reference, parquet, "--record", "leader", "--quiet")).Code);
        var (code, output, error) = await Tool.RunAsync("convert", parquet, Path.Combine(folder, "out.jsonl"), "--record", "project");
        Assert.Equal(1, code);
        Assert.Contains("columnar.record.mismatch: The file holds 'leader' records, not 'project'.", output, StringComparison.Ordinal);
        Assert.Contains("'out.jsonl' was not written", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_other_than_trade_flows_do_not_go_to_a_dataset_and_unknown_records_are_usage_errors()
    {
        var (code, _, error) = await Tool.RunAsync("convert", "a.jsonl", "b.json", "--record", "leader");
        Assert.Equal(2, code);
        Assert.Contains("to .json only trade flows go", error, StringComparison.Ordinal);
        (code, _, error) = await Tool.RunAsync("convert", "a.jsonl", "b.parquet", "--record", "summit");
        Assert.Equal(2, code);
        Assert.Contains("summit", error, StringComparison.Ordinal);
    }
}
