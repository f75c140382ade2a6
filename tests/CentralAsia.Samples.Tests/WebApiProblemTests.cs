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

/// <summary>Every 4xx of the web API is application/problem+json that names the field and, where there is one, the library's code.</summary>
public sealed class WebApiProblemTests : WebApiServer
{
    [Theory]
    [InlineData("/trade?year=abc", 400, "year")]
    [InlineData("/trade?reporter=QQ", 400, "reporter")]
    [InlineData("/leaders?at=2023-02-30", 400, "at")]
    [InlineData("/projects?status=bogus", 400, "status")]
    [InlineData("/no-such-endpoint", 404, null)]
    [InlineData("/trade/total?reporter=CN&partner=KZ&year=1990", 404, null)]
    public async Task A_client_error_is_a_problem_document(string path, int status, string? parameter)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
        if (parameter is not null)
        {
            Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
        }
    }

    [Fact]
    public async Task A_well_formed_date_that_does_not_exist_is_named_as_such()
    {
        using var response = await Client.GetAsync(new Uri("/leaders?at=2023-02-30", UriKind.Relative), TestContext.Current.CancellationToken);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("date.nonexistent", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("no such date exists", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enumeration_parameter_lists_its_valid_values()
    {
        using var response = await Client.GetAsync(new Uri("/projects?status=bogus", UriKind.Relative), TestContext.Current.CancellationToken);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("'bogus' is not a project status; expected one of: proposed, agreed, under-construction, operational,", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("enum.undefined", problem.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Posting_something_other_than_json_to_validate_is_415()
    {
        using var content = new StringContent("schemaVersion: 1.0", Encoding.UTF8, "text/plain");
        using var response = await Client.PostAsync(new Uri("/validate", UriKind.Relative), content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_openapi_document_has_a_browsable_reference_page()
    {
        using var page = await Client.GetAsync(new Uri("/reference/index.html", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("swagger-ui", html, StringComparison.Ordinal);
        Assert.Contains("/openapi/v1.json", html, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken));
        var version = typeof(CentralAsia.Domain.Serialization.CentralAsiaJson).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        Assert.Equal(version, document.RootElement.GetProperty("info").GetProperty("version").GetString());
    }

    [Fact]
    public async Task Trade_without_a_partner_never_holds_a_group_total_beside_its_parts()
    {
        using var all = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/trade?year=2022&reporter=CN", UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.NotEmpty(all.RootElement.EnumerateArray());
        Assert.All(all.RootElement.EnumerateArray(), f => Assert.DoesNotContain("+", f.GetProperty("partner").GetString(), StringComparison.Ordinal));
        using var group = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/trade?year=2022&reporter=CN&partner=KG%2BKZ%2BTJ%2BTM%2BUZ", UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.Equal("KG+KZ+TJ+TM+UZ", Assert.Single(group.RootElement.EnumerateArray()).GetProperty("partner").GetString());
    }
}
