using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace CentralAsia.Tool.Tests;

/// <summary>The dataset linter: exit 0 valid, 1 invalid (every fault with line and pointer), 2 usage or I/O — never a stack trace.</summary>
public class ValidateTests
{
    private static Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => Tool.RunAsync(["validate", .. args]);

    private static string Temp(string extension, string content) => Tool.Temp(extension, content);

    [Fact]
    public async Task The_reference_dataset_is_valid()
    {
        var file = Path.Combine(Tool.RepositoryRoot(), "src", "CentralAsia.Domain", "Reference", "xian-summit-2023.json");
        var (code, output, _) = await RunAsync(file);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Every_fault_is_listed_with_line_and_pointer()
    {
        var file = Temp(".json", "{\n  \"schemaVersion\": \"1.0\",\n  \"tradeFlows\": [\n    {\"reporter\": \"ZZ\", \"partner\": \"KZ\", \"direction\": \"up\", \"period\": \"2022-13\", \"value\": {\"amount\": -1, \"currency\": \"USD\"}}\n  ]\n}\n");
        try
        {
            var (code, output, _) = await RunAsync(file);
            Assert.Equal(1, code);
            var name = Path.GetFileName(file);
            Assert.Contains($"{name}:4  /tradeFlows/0/reporter  country.code.unknown", output, StringComparison.Ordinal);
            Assert.Contains($"{name}:4  /tradeFlows/0/direction  enum.undefined", output, StringComparison.Ordinal);
            Assert.Contains($"{name}:4  /tradeFlows/0/period  date.nonexistent", output, StringComparison.Ordinal);
            Assert.Contains($"{name}:4  /tradeFlows/0/value/amount  money.negative", output, StringComparison.Ordinal);

            var (_, json, _) = await RunAsync("--format", "json", file);
            using var document = JsonDocument.Parse(json);
            Assert.Equal(1, document.RootElement.GetProperty("version").GetInt32());
            var findings = document.RootElement.GetProperty("findings");
            Assert.Equal(4, findings.GetArrayLength());
            Assert.Equal(4, findings[0].GetProperty("line").GetInt32());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Json_lines_errors_carry_their_line()
    {
        var file = Temp(".jsonl", "{\"reporter\":\"CN\",\"partner\":\"KZ\",\"direction\":\"export\",\"period\":\"2022\",\"value\":{\"amount\":1,\"currency\":\"USD\"}}\n{\"reporter\":\"CN\"}\n");
        try
        {
            var (code, output, _) = await RunAsync(file);
            Assert.Equal(1, code);
            Assert.Contains($"{Path.GetFileName(file)}:2  /partner  json.property.missing", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_missing_file_and_a_binary_file_exit_2_without_a_stack_trace()
    {
        var binary = Path.Combine(Path.GetTempPath(), $"bin-{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(binary, [0x7B, 0x00, 0xFF, 0x10, 0x00], TestContext.Current.CancellationToken);
        try
        {
            var (code, output, error) = await RunAsync("/nonexistent/file.json", binary);
            Assert.Equal(2, code);
            Assert.Contains("does not exist", error, StringComparison.Ordinal);
            Assert.Contains("binary file", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(binary);
        }

        Assert.Equal(2, (await RunAsync()).Code);
    }
}
