using System;
using System.IO;
using System.Linq;
using CentralAsia.Domain.Fuzz;
using CentralAsia.Tests.Shared;
using Xunit;

namespace CentralAsia.Domain.Import.Tests;

/// <summary>Replays the importers' seeds and every input a fuzzer crashed on through the targets AFL++ runs.</summary>
public sealed class FuzzReplayTests
{
    private static readonly string FuzzRoot = Path.Combine(Repository.Root(), "fuzz");

    public static TheoryData<string, string> SavedInputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "corpus", "regressions" })
        {
            foreach (var target in ImportFuzzTarget.All.Keys.Order(StringComparer.Ordinal))
            {
                var directory = Path.Combine(FuzzRoot, folder, target);
                foreach (var file in Directory.Exists(directory) ? Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
                {
                    data.Add(target, Path.GetRelativePath(FuzzRoot, file));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SavedInputs))]
    public void Saved_input_passes_its_target(string target, string file) => ImportFuzzTarget.All[target](File.ReadAllBytes(Path.Combine(FuzzRoot, file)));

    [Fact]
    public void Every_seed_folder_is_a_target_of_the_fuzzing_program_and_every_target_has_seeds()
    {
        var targets = FuzzTargets.All.Keys.Concat(ParquetFuzzTarget.All.Keys).Concat(ImportFuzzTarget.All.Keys).Order(StringComparer.Ordinal);
        var seeded = Directory.EnumerateDirectories(Path.Combine(FuzzRoot, "corpus")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(targets, seeded);
    }

    [Fact]
    public void Empty_and_tiny_inputs_pass_both_targets()
    {
        foreach (var input in new[] { ""u8.ToArray(), "{"u8.ToArray(), "PK\u0003\u0004"u8.ToArray(), "\uFEFF"u8.ToArray(), "a\n"u8.ToArray() })
        {
            ImportFuzzTarget.Comtrade(input);
            ImportFuzzTarget.Gcdf(input);
        }
    }
}
