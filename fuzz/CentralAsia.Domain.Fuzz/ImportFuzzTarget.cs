using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Import;
using CentralAsia.Domain.Import.Comtrade;
using CentralAsia.Domain.Import.Gcdf;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using NodaTime;

namespace CentralAsia.Domain.Fuzz;

/// <summary>
/// The fuzz targets of the importers (CentralAsia.Domain.Import). Compiled into the fuzzing program and into the
/// Import test project, which replays <c>fuzz/corpus/{comtrade,gcdf}</c> and <c>fuzz/regressions/{comtrade,gcdf}</c>.
/// </summary>
public static class ImportFuzzTarget
{
    private static readonly FrozenSet<string> KnownCodes = FuzzTargets.CodesOf(typeof(ErrorCodes), typeof(ImportErrorCodes));

    // Built when a target runs, not in the static constructor: `--list` runs the instrumented program outside AFL,
    // where instrumented code (SourceId.Parse) must not run.
    private static ImportSource Source => new(SourceId.Parse("fuzz"), "Fuzz", new Uri("https://example.org/"), new LocalDate(2026, 12, 3));

    /// <summary>The targets by name, as <c>fuzz/run.sh TARGET</c> takes them.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["comtrade"] = Comtrade,
        ["gcdf"] = Gcdf,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Arbitrary bytes as a UN Comtrade file (JSON or CSV, by content), checked by <see cref="Check{T}"/>.</summary>
    /// <param name="data">The file's bytes.</param>
    public static void Comtrade(byte[] data) =>
        Check(data, policy => ComtradeImport.Open(new MemoryStream(data, writable: false), "fuzz", new ComtradeImportOptions(Source) { Errors = policy }));

    /// <summary>Arbitrary bytes as a GCDF file (a workbook or CSV, by content), checked by <see cref="Check{T}"/>.</summary>
    /// <param name="data">The file's bytes.</param>
    public static void Gcdf(byte[] data) =>
        Check(data, policy => GcdfImport.Open(new MemoryStream(data, writable: false), "fuzz", new GcdfImportOptions(Source) { Errors = policy }));

    /// <summary>
    /// The oracles of an import: only <see cref="ImportException"/> escapes; every error has a documented code, a message
    /// and a 1-based line; the summary's counts add up; the synchronous and asynchronous paths read the same records and
    /// the same summary; stopping at the first error stops at the error that collecting all of them finds first.
    /// </summary>
    private static void Check<T>(byte[] data, Func<ImportErrorPolicy, ImportReader<T>> open)
        where T : class
    {
        var (all, allSummary, allStop) = Run(open(ImportErrorPolicy.CollectAll), sync: true);
        var (async, asyncSummary, asyncStop) = Run(open(ImportErrorPolicy.CollectAll), sync: false);
        Ensure(all.SequenceEqual(async), "The synchronous and asynchronous paths read different records");
        Ensure(allSummary.ToString() == asyncSummary.ToString(), $"The two paths' summaries differ: {allSummary} / {asyncSummary}");
        Ensure((allStop is null) == (asyncStop is null), "Only one path stopped");
        foreach (var summary in new[] { allSummary, asyncSummary })
        {
            Ensure(summary.RowsRead == summary.Imported + summary.SkippedTotal + summary.Rejected, $"The counts do not add up: {summary}");
            Ensure(summary.Imported == all.Count, "The summary's imported count is not the number of records");
            Ensure(summary.Rejected <= summary.Errors.Count, "A rejected row without an error");
            foreach (var error in summary.Errors)
            {
                Ensure(KnownCodes.Contains(error.Code), $"Undocumented error code '{error.Code}'");
                Ensure(!string.IsNullOrWhiteSpace(error.Message), "An error without a message");
                Ensure(error.Line is null or >= 1, $"Line {error.Line} is not 1-based");
            }
        }

        Ensure(allStop is not null || allSummary.Completed, "Collecting all errors did not read to the end");
        var (_, firstSummary, firstStop) = Run(open(ImportErrorPolicy.StopAtFirst), sync: true);
        if (allSummary.Errors.Count == 0)
        {
            Ensure(firstStop is null, "Stopping at the first error stopped, but collecting all found none");
        }
        else
        {
            Ensure(firstStop is not null && firstStop.Errors.Count >= 1 && firstStop.Errors[0] == allSummary.Errors[0],
                $"Stopping at the first error did not stop at the first error: {firstStop?.Errors[0]} / {allSummary.Errors[0]}");
            Ensure(firstSummary.Errors.Count == firstStop!.Errors.Count, "The exception's errors are not the summary's");
        }
    }

    private static (List<T> Records, ImportSummary Summary, ImportException? Stop) Run<T>(ImportReader<T> reader, bool sync)
        where T : class
    {
        var records = new List<T>();
        try
        {
            if (sync)
            {
                records.AddRange(reader.ReadAll());
            }
            else
            {
                ReadAsync(reader, records).GetAwaiter().GetResult();
            }

            return (records, reader.Summary, null);
        }
        catch (ImportException e)
        {
            Ensure(e.Errors.Count > 0, "An ImportException without errors");
            return (records, e.Summary, e);
        }
    }

    private static async Task ReadAsync<T>(ImportReader<T> reader, List<T> records)
        where T : class
    {
        await foreach (var record in reader.ReadAllAsync().ConfigureAwait(false))
        {
            records.Add(record);
        }
    }

    private static void Ensure(bool condition, string message)
    {
        if (!condition)
        {
            throw new FuzzFailureException(message);
        }
    }
}
