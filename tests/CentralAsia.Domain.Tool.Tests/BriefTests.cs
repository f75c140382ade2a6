using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit;

namespace CentralAsia.Tool.Tests;

/// <summary>The main sample, run in-process: each format shows the key facts, and the chart is well-formed SVG.</summary>
public class BriefTests
{
    private static Task<(int Code, string Output, string Error)> Run(params string[] args) => Tool.RunAsync(["brief", .. args]);

    /// <summary>Runs the briefing and returns its output, failing with the error text when the exit code is not 0.</summary>
    private static async Task<string> Ok(params string[] args)
    {
        var (code, output, error) = await Run(args);
        Assert.True(code == 0, $"exit {code}: {error}");
        return output;
    }

    [Fact]
    public async Task Text_briefing_shows_participants_commitments_trade_and_projects()
    {
        var output = await Ok("--summit", "xian-2023");
        Assert.Contains("China–Central Asia Summit — Xi'an, China — 2023-05-18 – 2023-05-19", output, StringComparison.Ordinal);
        Assert.Contains("Serdar Berdimuhamedow", output, StringComparison.Ordinal);
        Assert.Contains("energy (5)", output, StringComparison.Ordinal);
        var kazakhstan = output.Split('\n').Single(l => l.Contains("Kazakhstan", StringComparison.Ordinal) && l.Contains("31.20", StringComparison.Ordinal) && l.Contains('%'));
        Assert.Contains("44.5%", kazakhstan, StringComparison.Ordinal);
        Assert.Contains("+23.6%", kazakhstan, StringComparison.Ordinal);
        Assert.Contains("24.10", kazakhstan, StringComparison.Ordinal);
        Assert.Contains("published total: 70.20", output, StringComparison.Ordinal);
        Assert.Contains("under-construction", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_briefing_has_the_trade_table()
    {
        var output = await Ok("--summit", "xian-2023", "--format", "markdown");
        Assert.Contains("| Kazakhstan | 31.20 | 44.5% | +23.6% | 24.10 |", output, StringComparison.Ordinal);
        Assert.Contains("| Uzbekistan | 9.66 (est.) | 13.8% | – | 9.06 |", output, StringComparison.Ordinal);
        Assert.Contains("### energy", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_briefing_is_machine_readable()
    {
        var output = await Ok("--summit", "xian-2023", "--format", "json");
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        var first = json.RootElement.GetProperty("trade")[0];
        Assert.Equal("Kazakhstan", first.GetProperty("partner").GetString());
        Assert.Equal(0.4451m, decimal.Round(first.GetProperty("share").GetDecimal(), 4));
        Assert.Equal(6, json.RootElement.GetProperty("participants").GetArrayLength());
    }

    [Fact]
    public async Task Svg_chart_is_well_formed_with_one_bar_per_partner()
    {
        var file = Path.Combine(Path.GetTempPath(), $"brief-{Guid.NewGuid():N}.svg");
        try
        {
            Assert.Equal(0, (await Run("--summit", "xian-2023", "--svg", file)).Code);
            var svg = XDocument.Load(file);
            XNamespace ns = "http://www.w3.org/2000/svg";
            var bars = svg.Descendants(ns + "rect").Where(r => (string?)r.Attribute("class") == "bar").ToArray();
            Assert.Equal(5, bars.Length);
            Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == "Kazakhstan");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task As_of_another_date_shows_later_statuses_and_office_holders()
    {
        var output = await Ok("--summit", "xian-2023", "--as-of", "2025-06-17", "--format", "markdown");
        Assert.Contains("| China–Kyrgyzstan–Uzbekistan railway | railway | CN → KG → UZ | under-construction | 2024-12-27 |", output, StringComparison.Ordinal);
        Assert.Equal(0, (await Run("--as-of", "2010-01-01")).Code);
    }

    /// <summary>The default dataset is the wider one; the summit is the latest begun by the day, and China reports the trade whoever hosts.</summary>
    [Theory]
    [InlineData(null, "# China–Central Asia Summit — Astana, Kazakhstan, 2025-06-17")]
    [InlineData("2025-06-17", "# China–Central Asia Summit — Astana, Kazakhstan, 2025-06-17")]
    [InlineData("2025-06-16", "# China–Central Asia Summit — Xi'an, China, 2023-05-18 – 2023-05-19")]
    [InlineData("2022-06-01", "# China–Central Asia virtual summit on the 30th anniversary of diplomatic relations — Beijing, China, 2022-01-25")]
    [InlineData("2010-01-01", "# China–Central Asia virtual summit on the 30th anniversary of diplomatic relations — Beijing, China, 2022-01-25")]
    public async Task The_summit_is_the_latest_held_by_the_as_of_day(string? asOf, string heading)
    {
        var output = asOf is null ? await Ok("--format", "markdown") : await Ok("--as-of", asOf, "--format", "markdown");
        Assert.Contains(heading, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Astana_with_its_two_documents_pledges_quotes_and_trade_over_time()
    {
        var output = await Ok("--as-of", "2025-06-17", "--format", "markdown");
        Assert.Contains("- *Astana Declaration*, adopted 2025-06-17, 6 signatories", output, StringComparison.Ordinal);
        Assert.Contains("- *Treaty on Eternal Good-Neighbourliness, Friendship and Cooperation*, adopted 2025-06-17, 6 signatories", output, StringComparison.Ordinal);
        Assert.Contains("1.5 billion yuan", output, StringComparison.Ordinal);
        Assert.Contains("three cooperation centres", output, StringComparison.Ordinal);
        Assert.Contains("> It is a milestone for today and a foundation for tomorrow.", output, StringComparison.Ordinal);
        Assert.Contains("## China's trade with each partner, 2024", output, StringComparison.Ordinal);
        Assert.Contains("| Kazakhstan | 43.82 | 46.2% | +6.9% | – |", output, StringComparison.Ordinal);
        Assert.Contains("| Tajikistan | 3.86 | 4.1% | -1.0% | 1.96 |", output, StringComparison.Ordinal);
        Assert.Contains("| **Total** | **94.82** | 100.0% | | published total 94.82 |", output, StringComparison.Ordinal);
        Assert.Contains("| Partner | Whose figures | 2021 | 2022 | 2023 | 2024 |", output, StringComparison.Ordinal);
        Assert.Contains("| Kazakhstan | China | 25.24* | 31.20 | 41.00 | 43.82 |", output, StringComparison.Ordinal);
        Assert.Contains("| Uzbekistan | Uzbekistan | – | 9.06 | 13.70 | – |", output, StringComparison.Ordinal);
        Assert.Contains("| Tajikistan | Tajikistan | – | 1.21* | – | 1.96 |", output, StringComparison.Ordinal);
        Assert.DoesNotContain("674", output, StringComparison.Ordinal); // the yuan figure is never mixed into dollar tables
    }

    [Fact]
    public async Task The_virtual_summit_of_2022_was_the_fathers()
    {
        var output = await Ok("--summit", "virtual-2022", "--as-of", "2025-06-17", "--format", "markdown");
        Assert.Contains("| Gurbanguly Berdimuhamedow | Turkmenistan | President of Turkmenistan | succeeded by Serdar Berdimuhamedow |", output, StringComparison.Ordinal);
        Assert.Contains("US$500 million", output, StringComparison.Ordinal);
        Assert.Contains("## China's trade with each partner, 2021", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_briefing_carries_documents_quotes_and_the_series()
    {
        var output = await Ok("--as-of", "2025-06-17", "--format", "json");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("documents").GetArrayLength());
        Assert.Equal([2021, 2022, 2023, 2024], root.GetProperty("seriesYears").EnumerateArray().Select(y => y.GetInt32()));
        var tajikOwn = root.GetProperty("tradeSeries").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "TJ" && r.GetProperty("side").GetString() == "Tajikistan");
        Assert.Equal(JsonValueKind.Null, tajikOwn.GetProperty("values")[2].ValueKind);
        Assert.Equal(1.96m, tajikOwn.GetProperty("values")[3].GetDecimal());
        Assert.Equal("Treaty on Eternal Good-Neighbourliness, Friendship and Cooperation", root.GetProperty("quotes")[1].GetProperty("document").GetString());
    }

    [Fact]
    public async Task Svg_has_a_line_per_partner_and_side_over_time()
    {
        var file = Path.Combine(Path.GetTempPath(), $"brief-{Guid.NewGuid():N}.svg");
        try
        {
            Assert.Equal(0, (await Run("--as-of", "2025-06-17", "--svg", file)).Code);
            XNamespace ns = "http://www.w3.org/2000/svg";
            var lines = XDocument.Load(file).Descendants(ns + "polyline").ToArray();
            Assert.Equal(5, lines.Count(l => (string?)l.Attribute("class") == "series reporter"));
            var own = lines.Where(l => (string?)l.Attribute("class") == "series partner").ToArray();
            Assert.Equal(["KZ", "TJ", "UZ"], own.Select(l => (string)l.Attribute("data-partner")!).Order());
            Assert.All(own, l => Assert.Equal("6 4", (string?)l.Attribute("stroke-dasharray")));
            var kazakhstan = lines.Single(l => (string?)l.Attribute("class") == "series reporter" && (string?)l.Attribute("data-partner") == "KZ");
            Assert.Equal(4, ((string)kazakhstan.Attribute("points")!).Split(' ').Length);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task An_unknown_summit_is_a_usage_error_naming_the_ones_there_are()
    {
        var (code, _, error) = await Run("--summit", "paris-2024");
        Assert.Equal(2, code);
        Assert.Contains("--summit: the dataset has no summit 'paris-2024'; it has xian-2023, virtual-2022, astana-2025.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gets_a_message_and_an_exit_code_never_a_stack_trace()
    {
        var (code, _, error) = await Run("--as-of", "yesterday");
        Assert.Equal(2, code);
        Assert.Contains("yyyy-MM-dd", error, StringComparison.Ordinal);

        var bad = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(bad, """{"schemaVersion":"1.0","tradeFlows":[{"reporter":"ZZ"}]}""");
        try
        {
            (code, _, error) = await Run("--data", bad);
            Assert.Equal(1, code);
            Assert.Contains("/tradeFlows/0/reporter  country.code.unknown", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bad);
        }

        Assert.Equal(2, (await Run("--data", "/nonexistent/dataset.json")).Code);
        Assert.Equal(2, (await Run("--format", "pdf")).Code);
    }
}
