#if MUTATION_PROFILE
using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Xunit;
using CentralAsia.Domain.Reference;

namespace CentralAsia.Domain.Tests.Robustness;

/// <summary>
/// Runs the tests of the library's static tables again in a new process. Built only in the
/// "Mutation" configuration (mutation/run.sh), where it matters.
/// </summary>
/// <remarks>
/// Stryker's Microsoft Testing Platform runner keeps one test process per runner and switches
/// mutants on and off inside it. A static table (region names, ISO codes, units, the JSON property
/// tables) is built once, when the first test touches it, before the mutant in its initializer is
/// switched on, so no test in that process can see the mutant. A new process inherits the
/// runner's STRYKER_MUTANT_FILE, builds its tables with the mutant on, and fails if a test notices.
/// Stryker runs a static-initializer mutant against every test, this one included; other mutants
/// do not run it (it covers no library code in the runner's process).
/// </remarks>
public class FreshProcessTests
{
    private static readonly string[] TableTests =
    [
        "-class", "CentralAsia.Domain.Tests.Values.*",
        "-class", "CentralAsia.Domain.Tests.Geography.*",
        "-class", "CentralAsia.Domain.Tests.Data.ReferenceDataTests",
        "-class", "CentralAsia.Domain.Tests.Serialization.GoldenTests",
        "-class", "CentralAsia.Domain.Tests.Serialization.HostileInputTests",
        "-class", "CentralAsia.Domain.Tests.Serialization.InvalidUnicodeTextTests",
        "-class", "CentralAsia.Domain.Tests.Serialization.WrongValueMessageTests",
        "-class", "CentralAsia.Domain.Tests.Trade.TradePartnerTests",
        "-class", "CentralAsia.Domain.Tests.People.NameTests",
        "-class", "CentralAsia.Domain.Tests.People.LeaderDirectoryTests",
        "-class", "CentralAsia.Domain.Tests.Collections.EquatableArrayTests",
    ];

    [Fact]
    public async Task The_static_tables_pass_their_tests_when_built_in_a_new_process()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CentralAsia.Domain.Tests.dll"));
        foreach (var argument in (string[])[.. TableTests, "-noLogo", "-noColor"])
        {
            start.ArgumentList.Add(argument);
        }

        // The new process must not write coverage into the runner's file: it would claim to cover
        // every mutant its tests touch, and Stryker would then run this test for all of them.
        start.Environment.Remove("STRYKER_COVERAGE_FILE");
        start.Environment.Remove("STRYKER_COVERAGE_EPOCH_FILE");

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var (stdout, stderr) = (await output, await error);
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}\n{stdout}\n{stderr}");
        var total = System.Text.RegularExpressions.Regex.Match(stdout, @"Total: (\d+), Errors: 0, Failed: 0,");
        Assert.True(total.Success && int.Parse(total.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 100, stdout);
    }
}
#endif
