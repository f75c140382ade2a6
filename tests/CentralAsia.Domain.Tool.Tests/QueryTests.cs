using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace CentralAsia.Tool.Tests;

public sealed class QueryTests
{
    [Fact]
    public async Task Trade_with_one_partner_gives_that_partners_figures_only()
    {
        var (code, output, _) = await Tool.RunAsync("query", "trade", "--partner", "KZ", "--format", "csv");
        Assert.Equal(0, code);
        var rows = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Reporter,Partner,Year,Value,Currency,Basis,Estimated", rows[0]);
        Assert.All(rows.Skip(1), r => Assert.Equal("KZ", r.Split(',')[1]));
        Assert.Contains("CN,KZ,2022,31200000000,USD,turnover,no", rows);
    }

    [Fact]
    public async Task A_group_total_comes_only_when_asked_for_and_single_partners_never_include_it()
    {
        var (_, all, _) = await Tool.RunAsync("query", "trade", "--format", "csv");
        Assert.DoesNotContain("+", all, StringComparison.Ordinal);
        var (code, group, _) = await Tool.RunAsync("query", "trade", "--partner", "KG+KZ+TJ+TM+UZ", "--year", "2022", "--format", "csv");
        Assert.Equal(0, code);
        Assert.Contains("CN,KG+KZ+TJ+TM+UZ,2022,70200000000,USD,turnover,no", group, StringComparison.Ordinal);
    }

    /// <summary>A figure given in yuan and in dollars is listed once in each currency, never summed across them.</summary>
    [Fact]
    public async Task A_figure_in_two_currencies_is_a_row_per_currency()
    {
        var (code, output, _) = await Tool.RunAsync("query", "trade", "--partner", "KG+KZ+TJ+TM+UZ", "--year", "2024", "--format", "csv");
        Assert.Equal(0, code);
        var rows = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        Assert.Equal(["CN,KG+KZ+TJ+TM+UZ,2024,674150000000,CNY,turnover,no", "CN,KG+KZ+TJ+TM+UZ,2024,94820000000,USD,turnover,no"], rows);
    }

    [Fact]
    public async Task Json_output_has_a_version_and_camel_case_keys()
    {
        var (code, output, _) = await Tool.RunAsync("query", "leaders", "--as-of", "2023-05-19", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(6, rows.Count(r => r.GetProperty("country").GetString() is "CN" or "KZ" or "KG" or "TJ" or "TM" or "UZ"));
        Assert.Contains(rows, r => r.GetProperty("leader").GetString() == "Xi Jinping");
    }

    [Fact]
    public async Task Commitments_filter_by_theme_and_a_bad_theme_lists_the_valid_ones()
    {
        var (code, output, _) = await Tool.RunAsync("query", "commitments", "--theme", "energy", "--format", "markdown");
        Assert.Equal(0, code);
        Assert.Equal(5, output.Split('\n').Count(l => l.Contains("| energy |", StringComparison.Ordinal)));
        var (bad, _, error) = await Tool.RunAsync("query", "commitments", "--theme", "power");
        Assert.Equal(2, bad);
        Assert.Contains("'power' is not a theme; expected one of: security, trade, investment, energy,", error, StringComparison.Ordinal);
        Assert.Contains("See 'centralasia query commitments --help'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_country_code_is_a_usage_error_with_the_reason()
    {
        var (code, _, error) = await Tool.RunAsync("query", "leaders", "--country", "QQ");
        Assert.Equal(2, code);
        Assert.Contains("--country: Cannot parse CountryCode [country.code.unknown]: 'QQ' is not an assigned ISO 3166-1 country code.", error, StringComparison.Ordinal);
        (code, _, error) = await Tool.RunAsync("query", "trade", "--partner", "KZ+Q");
        Assert.Equal(2, code);
        Assert.Contains("--partner: Cannot parse TradePartner [country.code.invalid]", error, StringComparison.Ordinal);
    }
}
