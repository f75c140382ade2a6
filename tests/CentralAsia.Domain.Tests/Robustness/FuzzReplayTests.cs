using System;
using System.Globalization;
using System.IO;
using System.Linq;
using CentralAsia.Domain.Fuzz;
using CentralAsia.Domain.Tests.Conventions;
using Xunit;

namespace CentralAsia.Domain.Tests.Robustness;

/// <summary>
/// Replays the fuzzing seed corpus (<c>fuzz/corpus</c>) and every input a fuzzer ever crashed on
/// (<c>fuzz/regressions</c>) through the same targets AFL++ runs, so a fixed crash stays fixed.
/// </summary>
public sealed class FuzzReplayTests
{
    private static readonly string FuzzRoot = Path.Combine(PublicApiConventionTests.RepositoryRoot(), "fuzz");

    public static TheoryData<string, string> SavedInputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "corpus", "regressions" })
        {
            // Folders of the companion packages' targets (parquet, comtrade, gcdf) are replayed by those packages' test projects.
            foreach (var targetFolder in Directory.EnumerateDirectories(Path.Combine(FuzzRoot, folder)).Where(d => FuzzTargets.All.ContainsKey(Path.GetFileName(d))).Order(StringComparer.Ordinal))
            {
                foreach (var file in Directory.EnumerateFiles(targetFolder).Order(StringComparer.Ordinal))
                {
                    data.Add(Path.GetFileName(targetFolder), Path.GetRelativePath(FuzzRoot, file));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SavedInputs))]
    public void Saved_input_passes_its_target(string target, string file)
    {
        Assert.True(FuzzTargets.All.TryGetValue(target, out var run), $"'{target}' (folder of {file}) is not a fuzz target");
        run(File.ReadAllBytes(Path.Combine(FuzzRoot, file)));
    }

    [Fact]
    public void Every_target_has_seeds()
    {
        // That every seed folder is a target of the fuzzing program is checked where all targets compile: in the
        // Import test project (FuzzReplayTests there).
        var seeded = Directory.EnumerateDirectories(Path.Combine(FuzzRoot, "corpus")).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        Assert.All(FuzzTargets.All.Keys, target => Assert.Contains(target, seeded));
    }

    [Fact]
    public void The_reference_dataset_passes_the_dataset_target()
    {
        var file = Path.Combine(PublicApiConventionTests.RepositoryRoot(), "src", "CentralAsia.Domain", "Reference", "xian-summit-2023.json");
        FuzzTargets.Dataset(File.ReadAllBytes(file));
    }

    [Fact]
    public void The_value_oracle_catches_a_value_that_does_not_round_trip()
    {
        var failure = Assert.Throws<FuzzFailureException>(() => FuzzTargets.Value<Lossy>("1.5"u8.ToArray()));
        Assert.Contains("parses to a different value", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_value_oracle_lets_undocumented_exceptions_escape()
    {
        Assert.Throws<ArithmeticException>(() => FuzzTargets.Value<Lossy>("boom"u8.ToArray()));
    }

    [Fact]
    public void The_document_oracle_accepts_documented_errors()
    {
        // Not JSON at all: Validate and Deserialize both report json.syntax, and agree.
        FuzzTargets.Dataset("{\"schemaVersion\":"u8.ToArray());
        FuzzTargets.Records([0, .. "[]"u8]);
        FuzzTargets.JsonLines("{}\nnot json\n"u8.ToArray());
    }

    /// <summary>A deliberately broken value: it formats to a whole number, losing the fraction.</summary>
    private readonly record struct Lossy(decimal Value) : ISpanParsable<Lossy>, ISpanFormattable
    {
        public static Lossy Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan(), provider);

        public static Lossy Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
            s.SequenceEqual("boom") ? throw new ArithmeticException() : new(decimal.Parse(s, CultureInfo.InvariantCulture));

        public static bool TryParse(string? s, IFormatProvider? provider, out Lossy result) => TryParse(s.AsSpan(), provider, out result);

        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Lossy result)
        {
            var ok = decimal.TryParse(s, CultureInfo.InvariantCulture, out var value);
            result = new(value);
            return ok;
        }

        public string ToString(string? format, IFormatProvider? formatProvider) => Math.Truncate(Value).ToString(CultureInfo.InvariantCulture);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
            Math.Truncate(Value).TryFormat(destination, out charsWritten, default, CultureInfo.InvariantCulture);
    }
}
