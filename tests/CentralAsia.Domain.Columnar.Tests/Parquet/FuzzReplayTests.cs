using System;
using System.IO;
using System.Linq;
using CentralAsia.Domain.Fuzz;
using CentralAsia.Tests.Shared;
using Xunit;

namespace CentralAsia.Domain.Columnar.Tests.Parquet;

/// <summary>Replays the Parquet target's seeds and every input a fuzzer crashed on through the target AFL++ runs.</summary>
public sealed class FuzzReplayTests
{
    private static readonly string FuzzRoot = Path.Combine(Repository.Root(), "fuzz");

    public static TheoryData<string> SavedInputs() => Saved("parquet");

    public static TheoryData<string> SavedRecordInputs() => Saved("parquet-records");

    private static TheoryData<string> Saved(string name)
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "corpus", "regressions" })
        {
            var target = Path.Combine(FuzzRoot, folder, name);
            foreach (var file in Directory.Exists(target) ? Directory.EnumerateFiles(target).Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                data.Add(Path.GetRelativePath(FuzzRoot, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SavedInputs))]
    public void Saved_input_passes_the_parquet_target(string file) => ParquetFuzzTarget.TradeFlows(File.ReadAllBytes(Path.Combine(FuzzRoot, file)));

    [Theory]
    [MemberData(nameof(SavedRecordInputs))]
    public void Saved_input_passes_the_parquet_records_target(string file) => ParquetFuzzTarget.Records(File.ReadAllBytes(Path.Combine(FuzzRoot, file)));

    [Fact]
    public void The_parquet_target_has_seeds()
    {
        // That every seed folder is a target of the fuzzing program is checked where all targets compile: in the
        // Import test project (FuzzReplayTests there).
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(FuzzRoot, "corpus", "parquet")));
        Assert.Equal(5, Directory.EnumerateFiles(Path.Combine(FuzzRoot, "corpus", "parquet-records")).Count());
    }

    [Fact]
    public void The_oracle_catches_reading_that_disagrees_with_validation()
    {
        // Not Parquet at all: both report columnar.format.invalid, and agree.
        ParquetFuzzTarget.TradeFlows("PAR1 not really"u8.ToArray());
        ParquetFuzzTarget.TradeFlows([]);
        ParquetFuzzTarget.Records("PAR1 not really"u8.ToArray());
    }
}
