using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Xunit;
using CentralAsia.Domain.Reference;

namespace CentralAsia.Samples.Tests;

/// <summary>The web API on Kestrel at 127.0.0.1 on a free port, called over real HTTP.</summary>
public sealed class WebApiTests : WebApiServer
{
    private async Task<JsonElement> GetJsonAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(expected, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    [Fact]
    public async Task Countries_in_the_canonical_form()
    {
        var countries = await GetJsonAsync("/countries");
        Assert.Equal(9, countries.GetArrayLength());
        Assert.Contains(countries.EnumerateArray(), c => c.GetProperty("code").GetString() == "KZ" && c.GetProperty("capital").GetString() == "Astana");
    }

    [Fact]
    public async Task Leaders_on_a_date()
    {
        var leaders = await GetJsonAsync("/leaders?at=2005-01-01");
        Assert.Contains(leaders.EnumerateArray(), l => l.GetProperty("leaderId").GetString() == "saparmurat-niyazov");
        var now = await GetJsonAsync("/leaders");
        Assert.Contains(now.EnumerateArray(), l => l.GetProperty("leaderId").GetString() == "serdar-berdimuhamedow");
        var problem = await GetJsonAsync("/leaders?at=yesterday", HttpStatusCode.BadRequest);
        Assert.Contains("at", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trade_filtered_by_year_reporter_and_partner()
    {
        var flows = await GetJsonAsync("/trade?year=2022&reporter=CN&partner=KZ");
        Assert.Contains(flows.EnumerateArray(), f => f.GetProperty("direction").GetString() == "turnover" && f.GetProperty("value").GetProperty("amount").GetDecimal() == 31200000000m);
        Assert.All(flows.EnumerateArray(), f => Assert.Equal("CN", f.GetProperty("reporter").GetString()));
        await GetJsonAsync("/trade?reporter=ZZ", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Value_types_bind_from_the_query_and_partner_means_that_partner_only()
    {
        var kazakhstan = await GetJsonAsync("/trade?partner=KZ&year=2022");
        Assert.NotEmpty(kazakhstan.EnumerateArray());
        Assert.All(kazakhstan.EnumerateArray(), f => Assert.Equal("KZ", f.GetProperty("partner").GetString()));
        var group = await GetJsonAsync("/trade?reporter=CN&partner=KG%2BKZ%2BTJ%2BTM%2BUZ");
        Assert.NotEmpty(group.EnumerateArray());
        Assert.All(group.EnumerateArray(), f => Assert.Equal("KG+KZ+TJ+TM+UZ", f.GetProperty("partner").GetString()));
        var total = await GetJsonAsync("/trade/total?reporter=CN&partner=KZ&year=2022");
        Assert.Equal("""{"reporter":"CN","partner":"KZ","period":"2022","value":{"amount":31200000000,"currency":"USD"},"estimated":false}""", total.GetRawText());
    }

    [Theory]
    [InlineData("/trade?partner=ZZ", "partner", "country.code.unknown")]
    [InlineData("/trade?partner=KZ%2BZZ", "partner", "country.code.unknown")]
    [InlineData("/trade?reporter=Kazakstan", "reporter", "country.code.invalid")]
    [InlineData("/leaders?at=2023-02-30", "at", "date.nonexistent")]
    [InlineData("/projects?country=QQ", "country", "country.code.unknown")]
    [InlineData("/trade/total?reporter=CN&partner=KZ&year=abc", "year", null)]
    public async Task A_bad_value_is_a_400_problem_naming_the_parameter_and_the_library_code(string path, string parameter, string? code)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Equal(code, problem.TryGetProperty("code", out var c) ? c.GetString() : null);
        Assert.Contains($"'{parameter}'", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_value_types_as_strings_with_patterns()
    {
        var document = await GetJsonAsync("/openapi/v1.json");
        var parameters = document.GetProperty("paths").GetProperty("/trade/total").GetProperty("get").GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));
        Assert.Equal("string", parameters["partner"].GetProperty("type").GetString());
        Assert.Equal("^[A-Z]{2}(\\+[A-Z]{2})*$", parameters["partner"].GetProperty("pattern").GetString());
        Assert.Equal("string", parameters["reporter"].GetProperty("type").GetString());
        Assert.Contains(parameters["reporter"].GetProperty("enum").EnumerateArray(), v => v.GetString() == "KZ");
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var response = schemas.GetProperty("TradeTotalResponse").GetProperty("properties");
        var money = Resolve(schemas, response.GetProperty("value"));
        Assert.Equal("object", money.GetProperty("type").GetString());
        Assert.Equal("number", money.GetProperty("properties").GetProperty("amount").GetProperty("type").GetString());
        Assert.Equal("string", Resolve(schemas, response.GetProperty("period")).GetProperty("type").GetString());
    }

    private static JsonElement Resolve(JsonElement schemas, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? schemas.GetProperty(reference.GetString()!.Split('/')[^1]) : schema;

    [Fact]
    public async Task Projects_filtered_by_country_status_and_date()
    {
        var projects = await GetJsonAsync("/projects?country=TJ");
        Assert.Equal("line-d", projects.EnumerateArray().Single().GetProperty("id").GetString());
        // At Xi'an the CKU railway had a feasibility study; its construction agreement came on 2024-06-06.
        var agreed = await GetJsonAsync("/projects?status=agreed&at=2024-07-01");
        Assert.Equal("china-kyrgyzstan-uzbekistan-railway", agreed.EnumerateArray().Single().GetProperty("id").GetString());
        Assert.Empty((await GetJsonAsync("/projects?status=agreed&at=2025-01-01")).EnumerateArray());
        await GetJsonAsync("/projects?status=flying", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Declarations()
    {
        var declarations = await GetJsonAsync("/declarations");
        Assert.Equal("xian-declaration", declarations[0].GetProperty("id").GetString());
        Assert.Equal(28, declarations[0].GetProperty("commitments").GetArrayLength());
    }

    [Fact]
    public async Task Validating_a_good_dataset_gives_200()
    {
        using var content = new StreamContent(CentralAsia.Domain.Reference.ReferenceData.OpenXianSummit2023Json());
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await Client.PostAsync(new Uri("/validate", UriKind.Relative), content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"valid\":true", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validating_a_bad_dataset_gives_400_problem_details_with_every_error()
    {
        using var content = new StringContent("""{"schemaVersion":"1.0","tradeFlows":[{"reporter":"ZZ","partner":"KZ","direction":"up","period":"2022","value":{"amount":-1,"currency":"USD"}}]}""", Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(new Uri("/validate", UriKind.Relative), content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal(
            ["/tradeFlows/0/reporter", "/tradeFlows/0/direction", "/tradeFlows/0/value/amount"],
            problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("pointer").GetString()));
    }

    [Fact]
    public async Task A_body_over_the_limit_gives_413()
    {
        var big = new byte[WebApi.Api.MaxDatasetBytes + 1];
        Array.Fill(big, (byte)' ');
        using var content = new ByteArrayContent(big);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await Client.PostAsync(new Uri("/validate", UriKind.Relative), content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_home_page_shows_the_briefing_and_chart()
    {
        var html = await Client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("<h1>China–Central Asia Summit</h1>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"bar\"", html, StringComparison.Ordinal);
        Assert.Contains("Kazakhstan", html, StringComparison.Ordinal);
    }
}
