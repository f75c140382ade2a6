using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Xunit;

namespace CentralAsia.Samples.Tests;

/// <summary>The web API sample on Kestrel at 127.0.0.1 on a free port, for tests that call it over real HTTP.</summary>
public abstract class WebApiServer : IAsyncLifetime
{
    private WebApplication? app;
    private HttpClient? client;

    /// <summary>A client whose base address is the running sample.</summary>
    protected HttpClient Client => client ?? throw new InvalidOperationException("Not started.");

    /// <summary>The sample's address, e.g. http://127.0.0.1:40123.</summary>
    protected string BaseUrl => app?.Urls.Single() ?? throw new InvalidOperationException("Not started.");

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

        GC.SuppressFinalize(this);
    }
}
