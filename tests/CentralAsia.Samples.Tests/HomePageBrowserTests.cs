using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Xunit;

namespace CentralAsia.Samples.Tests;

/// <summary>
/// The web API's page in a real browser: Debian's Chromium (not Playwright's own download) driven by Playwright, headless,
/// against the sample on a loopback port. Without Chromium the test says so and is skipped — except under CI, where
/// <c>.ci/run</c> installs it and the test must run.
/// </summary>
public sealed class HomePageBrowserTests : WebApiServer
{
    private static readonly string[] ChromiumPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    [Fact]
    public async Task The_page_draws_one_bar_per_partner_and_lists_the_errors_of_a_pasted_document()
    {
        var chromium = ChromiumPaths.FirstOrDefault(File.Exists);
        if (chromium is null)
        {
            const string unavailable = "Chromium is not installed (apt-get install chromium).";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(unavailable + " CI must run this test.");
            }

            Assert.Skip(unavailable);
        }

        var profile = Directory.CreateTempSubdirectory("centralasia-chromium-");
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            var page = await browser.NewPageAsync();
            await page.GotoAsync(BaseUrl + "/");

            var bars = page.Locator("span.bar");
            Assert.Equal(5, await bars.CountAsync());
            foreach (var bar in await bars.AllAsync())
            {
                var box = await bar.BoundingBoxAsync();
                Assert.True(box is { Width: > 0, Height: > 0 }, "every partner's bar is drawn");
            }

            await page.FillAsync("#document", """{"schemaVersion":"1.0","tradeFlows":[{"reporter":"QQ","partner":"KZ","direction":"export","period":"2022","value":{"amount":-1,"currency":"USD"}}]}""");
            await page.ClickAsync("#check");
            await page.Locator("#errors li").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
            var errors = await page.Locator("#errors li").AllTextContentsAsync();
            Assert.Contains(errors, e => e.StartsWith("country.code.unknown at /tradeFlows/0/reporter (line 1)", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.StartsWith("money.negative at /tradeFlows/0/value/amount", StringComparison.Ordinal));
            Assert.Contains("The dataset is not valid.", await page.TextContentAsync("#verdict"), StringComparison.Ordinal);

            var screenshots = Path.Combine(CentralAsia.Tests.Shared.Repository.Root(), "artifacts", "screenshots");
            Directory.CreateDirectory(screenshots);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "web-home-page.png"), FullPage = true });
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
