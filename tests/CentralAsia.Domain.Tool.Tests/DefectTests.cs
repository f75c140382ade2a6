using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Values;
using Xunit;

namespace CentralAsia.Tool.Tests;

/// <summary>One test per defect named at the top of issue #20 (tried as a new user would), and the exit codes.</summary>
public sealed class DefectTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    [InlineData("validate", "--help")]
    [InlineData("validate", "-h")]
    [InlineData("validate", "-?")]
    [InlineData("brief", "--help")]
    [InlineData("convert", "--help")]
    [InlineData("query", "trade", "--help")]
    public async Task Help_is_printed_and_exits_0_for_every_command(params string[] args)
    {
        var (code, output, error) = await Tool.RunAsync(args);
        Assert.Equal(0, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_is_the_tools_informational_version()
    {
        var (code, output, _) = await Tool.RunAsync("--version");
        Assert.Equal(0, code);
        var expected = typeof(Cli).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        Assert.Equal(expected, output.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", expected);
        Assert.Equal(typeof(CentralAsia.Domain.Values.CountryCode).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion, expected);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error_not_a_file_name()
    {
        var (code, output, error) = await Tool.RunAsync("validate", "--bogus", "x.json");
        Assert.Equal(2, code);
        Assert.Contains("Unknown option '--bogus'.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_an_io_error_the_summary_does_not_say_0_errors()
    {
        var (code, _, error) = await Tool.RunAsync("validate", "/no/such/file.json");
        Assert.Equal(2, code);
        Assert.DoesNotContain("0 error(s)", error, StringComparison.Ordinal);
        Assert.Contains("1 of 1 file(s) could not be read; nothing was checked.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_of_one_name_in_two_folders_print_apart()
    {
        var root = Directory.CreateTempSubdirectory("centralasia-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "a"));
        Directory.CreateDirectory(Path.Combine(root, "b"));
        var bad = "{\"schemaVersion\": \"1.0\", \"countries\": 5}\n";
        File.WriteAllText(Path.Combine(root, "a", "data.json"), bad);
        File.WriteAllText(Path.Combine(root, "b", "data.json"), bad);
        var (code, output, _) = await Tool.RunAsync("validate", Path.Combine(root, "a", "data.json"), Path.Combine(root, "b", "data.json"));
        Assert.Equal(1, code);
        Assert.Contains(Path.Combine(root, "a", "data.json") + ":1", output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(root, "b", "data.json") + ":1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_svg_path_in_a_missing_folder_is_refused_before_anything_is_printed()
    {
        var (code, output, error) = await Tool.RunAsync("brief", "--svg", "/no/such/dir/x.svg");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("--svg: the folder '/no/such/dir' does not exist.", error.Trim());
    }

    [Fact]
    public async Task Before_a_participants_first_term_they_are_not_yet_in_office_not_succeeded()
    {
        var (code, output, _) = await Tool.RunAsync("brief", "--as-of", "1995-01-01", "--format", "markdown");
        Assert.Equal(0, code);
        Assert.DoesNotContain("succeeded by Jiang Zemin", output, StringComparison.Ordinal);
        var xi = output.Split('\n').Single(l => l.StartsWith("| Xi Jinping", StringComparison.Ordinal));
        Assert.Contains("not yet in office (from 2013-03-14); head of state: Jiang Zemin", xi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_share_is_rounded_once_and_agrees_with_the_library()
    {
        var share = ReferenceData.XianSummit2023.ToTradeLedger()
            .Breakdown(CountryCode.China, TradePeriod.ForYear(2022), CountryCode.CentralAsia)
            .Partners.Single(p => p.Total.Partner.Countries[0] == CountryCode.Turkmenistan).Share;
        var expected = (share * 100m).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
        Assert.Equal("15.9%", expected);
        foreach (var format in new[] { "text", "markdown" })
        {
            var (_, output, _) = await Tool.RunAsync("brief", "--summit", "xian-2023", "--format", format);
            var row = output.Split('\n').First(l => l.Contains("Turkmenistan", StringComparison.Ordinal) && l.Contains("11.18", StringComparison.Ordinal) && l.Contains('%'));
            Assert.Contains(expected, row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_text_bar_chart_gives_every_partner_a_bar()
    {
        var (_, output, _) = await Tool.RunAsync("brief", "--summit", "xian-2023");
        var chart = output[output.IndexOf("China's trade 2022, US$ bn", StringComparison.Ordinal)..].Split('\n').Skip(1).TakeWhile(l => l.Length > 0).ToArray();
        Assert.Equal(5, chart.Length);
        Assert.All(chart, line => Assert.Contains('█', line));
        Assert.Contains(chart, l => l.TrimStart().StartsWith("Tajikistan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_date_of_the_right_form_that_does_not_exist_is_named_as_such()
    {
        var (code, _, error) = await Tool.RunAsync("brief", "--as-of", "2023-02-30");
        Assert.Equal(2, code);
        Assert.Contains("'2023-02-30' has the form yyyy-MM-dd, but no such date exists.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctrl_c_stops_with_130_and_leaves_no_output_file()
    {
        var folder = Directory.CreateTempSubdirectory("centralasia-").FullName;
        var input = Path.Combine(Tool.RepositoryRoot(), "src", "CentralAsia.Domain", "Reference", "xian-summit-2023.json");
        var target = Path.Combine(folder, "flows.jsonl");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Cli.RunAsync(["convert", input, target], new Terminal(output, error, Interactive: false), cancelled.Token);
        Assert.Equal(130, code);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task Tab_completion_suggests_commands_and_options()
    {
        var (code, output, _) = await Tool.RunAsync("[suggest]", "va");
        Assert.Equal(0, code);
        Assert.Equal("validate", output.Trim());
        (_, output, _) = await Tool.RunAsync("[suggest:17]", "query trade --fo");
        Assert.Contains("--format", output.Split('\n').Select(l => l.Trim()));
    }

    [Fact]
    public async Task A_bug_of_the_tool_is_one_line_and_a_hint_exit_70_never_a_stack_trace()
    {
        using var error = new StringWriter();
        var code = await Cli.RunAsync(["query", "leaders"], new Terminal(new BrokenWriter(), error, Interactive: false), TestContext.Current.CancellationToken);
        Assert.Equal(70, code);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("centralasia: unexpected error: InvalidOperationException: the writer broke", lines[0].TrimEnd());
        Assert.Contains("please report it", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    // A writer that fails as a bug would (not an I/O error): every write throws.
    private sealed class BrokenWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("the writer broke");

        public override void Write(string? value) => throw new InvalidOperationException("the writer broke");

        public override void WriteLine(string? value) => throw new InvalidOperationException("the writer broke");
    }
}
