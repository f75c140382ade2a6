using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Xunit;

namespace CentralAsia.Samples.Tests;

/// <summary>The web API on Kestrel at 127.0.0.1 on a free port, called over real HTTP.</summary>
public sealed class WebApiTests : IAsyncLifetime
{
    private WebApplication? app;
    private HttpClient? client;

    private HttpClient Client => client ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        app = WebApi.Api.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

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
    public async Task Projects_filtered_by_country_status_and_date()
    {
        var projects = await GetJsonAsync("/projects?country=TJ");
        Assert.Equal("line-d", projects.EnumerateArray().Single().GetProperty("id").GetString());
        var agreed = await GetJsonAsync("/projects?status=agreed&at=2023-05-19");
        Assert.Equal("china-kyrgyzstan-uzbekistan-railway", agreed.EnumerateArray().Single().GetProperty("id").GetString());
        Assert.Empty((await GetJsonAsync("/projects?status=agreed&at=2025-01-01")).EnumerateArray());
        await GetJsonAsync("/projects?status=flying", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Declarations()
    {
        var declarations = await GetJsonAsync("/declarations");
        Assert.Equal("xian-declaration", declarations[0].GetProperty("id").GetString());
        Assert.Equal(23, declarations[0].GetProperty("commitments").GetArrayLength());
    }

    [Fact]
    public async Task Validating_a_good_dataset_gives_200()
    {
        using var content = new StreamContent(CentralAsia.Domain.Data.ReferenceData.OpenXianSummit2023Json());
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
