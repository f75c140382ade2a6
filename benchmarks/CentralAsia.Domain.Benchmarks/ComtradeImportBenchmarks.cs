using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CentralAsia.Domain.Import;
using CentralAsia.Domain.Import.Comtrade;
using CentralAsia.Domain.Values;
using nietras.SeparatedValues;
using NodaTime;

namespace CentralAsia.Domain.Benchmarks;

/// <summary>
/// Importing a 1,000,000-row UN Comtrade CSV into validated trade flows, against the floor: the same file read by Sep
/// into a string per value and nothing else. CsvHelper doing the same work, and both reading values as characters
/// without strings (how the importer reads them), are the measurements behind choosing Sep.
///   dotnet run -c Release -- --filter '*ComtradeImportBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class ComtradeImportBenchmarks
{
    private static readonly ImportSource Source = new(SourceId.Parse("comtrade-benchmark"), "UN Comtrade", new System.Uri("https://comtradeplus.un.org/"), new LocalDate(2026, 12, 3));

    private string file = string.Empty;

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => file = ComtradeFile.Path(Rows);

    [Benchmark(Baseline = true)]
    public long SepStrings()
    {
        long characters = 0;
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(file);
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                characters += row[i].ToString().Length;
            }
        }

        return characters;
    }

    [Benchmark]
    public long CsvHelperStrings()
    {
        // CsvHelper 34 (its UTF-8, SIMD reader): the header is read on creation (HasHeader is the default).
        long characters = 0;
        using var csv = CsvHelper.CsvReader.FromFile(file, CsvHelper.CsvReaderOptions.Default, FileOptions.SequentialScan);
        while (csv.Read())
        {
            for (var i = 0; i < csv.FieldCount; i++)
            {
                characters += csv.GetString(i).Length;
            }
        }

        return characters;
    }

    // The libraries without the floor's strings: each value as characters (Sep's span; CsvHelper's UTF-8 reader
    // transcoding into a buffer), which is how the importer reads them.
    [Benchmark]
    public long SepSpans()
    {
        long characters = 0;
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(file);
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                characters += row[i].Span.Length;
            }
        }

        return characters;
    }

    [Benchmark]
    public long CsvHelperSpans()
    {
        long characters = 0;
        System.Span<char> buffer = stackalloc char[4096];
        using var csv = CsvHelper.CsvReader.FromFile(file, CsvHelper.CsvReaderOptions.Default, FileOptions.SequentialScan);
        while (csv.Read())
        {
            for (var i = 0; i < csv.FieldCount; i++)
            {
                characters += csv.GetChars(i, buffer);
            }
        }

        return characters;
    }

    [Benchmark]
    public long ImportTradeFlows() =>
        ComtradeImport.Open(file, new ComtradeImportOptions(Source)).ReadAll().LongCount();
}
