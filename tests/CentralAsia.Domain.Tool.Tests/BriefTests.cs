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

    [Fact]
    public async Task Text_briefing_shows_participants_commitments_trade_and_projects()
    {
        var (code, output, _) = await Run();
        Assert.Equal(0, code);
        Assert.Contains("China–Central Asia Summit — Xi'an, China — 2023-05-18 – 2023-05-19", output, StringComparison.Ordinal);
        Assert.Contains("Serdar Berdimuhamedow", output, StringComparison.Ordinal);
        Assert.Contains("energy (5)", output, StringComparison.Ordinal);
        var kazakhstan = output.Split('\n').Single(l => l.Contains("Kazakhstan", StringComparison.Ordinal) && l.Contains("31.20", StringComparison.Ordinal) && l.Contains('│'));
        Assert.Contains("44.5%", kazakhstan, StringComparison.Ordinal);
        Assert.Contains("+23.6%", kazakhstan, StringComparison.Ordinal);
        Assert.Contains("24.10", kazakhstan, StringComparison.Ordinal);
        Assert.Contains("published total: 70.20", output, StringComparison.Ordinal);
        Assert.Contains("under-construction", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_briefing_has_the_trade_table()
    {
        var (code, output, _) = await Run("--format", "markdown");
        Assert.Equal(0, code);
        Assert.Contains("| Kazakhstan | 31.20 | 44.5% | +23.6% | 24.10 |", output, StringComparison.Ordinal);
        Assert.Contains("| Uzbekistan | 9.66 (est.) | 13.8% | – | 9.06 |", output, StringComparison.Ordinal);
        Assert.Contains("### energy", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_briefing_is_machine_readable()
    {
        var (code, output, _) = await Run("--format", "json");
        Assert.Equal(0, code);
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
            Assert.Equal(0, (await Run("--svg", file)).Code);
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
        var (code, output, _) = await Run("--as-of", "2025-06-17", "--format", "markdown");
        Assert.Equal(0, code);
        Assert.Contains("| China–Kyrgyzstan–Uzbekistan railway | railway | CN → KG → UZ | under-construction | 2024-12-27 |", output, StringComparison.Ordinal);
        Assert.Equal(0, (await Run("--as-of", "2010-01-01")).Code);
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
