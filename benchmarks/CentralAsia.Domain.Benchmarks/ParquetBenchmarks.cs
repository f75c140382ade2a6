using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Trade;
using Parquet;
using Parquet.Schema;

namespace CentralAsia.Domain.Benchmarks;

/// <summary>
/// Writing 1M validated flows to Parquet with the library, against Parquet.Net writing the same 13 columns, with the
/// same types, encodings and compression, from arrays filled beforehand (the floor: no records, no checks).
///   dotnet run -c Release -- --filter '*ParquetWriteBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class ParquetWriteBenchmarks
{
    private const int RowGroupSize = ParquetWriteOptions.DefaultRowGroupSize;
    private readonly MemoryStream output = new();
    private TradeFlow[] flows = [];
    private ParquetSchema schema = null!;
    private ReadOnlyMemory<char>[] reporter = [], partner = [], direction = [], currency = [], valuation = [];
    private ReadOnlyMemory<char>?[] hsCode = [], hsEdition = [], note = [];
    private int[] year = [];
    private int?[] month = [];
    private decimal[] value = [];
    private bool[] estimated = [];
    private ReadOnlyMemory<char>[] citations = [];
    private int[] citationDefinitions = [], citationRepetitions = [];

    [Params(1_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        flows = FlowData.Flows(Count);
        reporter = flows.Select(f => f.Reporter.ToString().AsMemory()).ToArray();
        partner = flows.Select(f => f.Partner.ToString().AsMemory()).ToArray();
        direction = flows.Select(f => f.Direction.ToString().ToLowerInvariant().AsMemory()).ToArray();
        year = flows.Select(f => f.Period.Year).ToArray();
        month = flows.Select(f => f.Period.Month).ToArray();
        value = flows.Select(f => f.Value.Amount).ToArray();
        currency = flows.Select(f => f.Value.Currency.ToString().AsMemory()).ToArray();
        valuation = flows.Select(f => f.Valuation.ToString().ToLowerInvariant().AsMemory()).ToArray();
        hsCode = flows.Select(f => f.Commodity is { } c ? c.Digits.AsMemory() : (ReadOnlyMemory<char>?)null).ToArray();
        hsEdition = flows.Select(_ => (ReadOnlyMemory<char>?)null).ToArray();
        estimated = flows.Select(f => f.Estimated).ToArray();
        note = flows.Select(f => f.Note is { } n ? n.AsMemory() : (ReadOnlyMemory<char>?)null).ToArray();
        citations = flows.SelectMany(f => f.Citations.Select(c => c.Value.AsMemory())).ToArray();
        citationDefinitions = flows.SelectMany(f => f.Citations.Select(_ => 2)).ToArray();
        citationRepetitions = flows.SelectMany(f => f.Citations.Select((_, i) => i == 0 ? 0 : 1)).ToArray();
        schema = new ParquetSchema(
            new DataField<string>("reporter", nullable: false), new DataField<string>("partner", nullable: false), new DataField<string>("direction", nullable: false),
            new DataField<int>("year", nullable: false), new DataField<int?>("month", nullable: true),
            new DecimalDataField("value", 38, 6, forceByteArrayEncoding: true, isNullable: false),
            new DataField<string>("currency", nullable: false), new DataField<string>("valuation", nullable: false),
            new DataField<string>("hs_code", nullable: true), new DataField<string>("hs_edition", nullable: true),
            new DataField<bool>("estimated", nullable: false), new DataField<string>("note", nullable: true),
            new ListField("citations", new DataField<string>("element", nullable: false)));
    }

    [Benchmark(Baseline = true)]
    public async Task<long> ParquetNetFromArrays()
    {
        output.SetLength(0);
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        foreach (var name in new[] { "reporter", "partner", "direction", "currency", "valuation", "hs_code", "hs_edition" })
        {
            options.ColumnEncodingHints[name] = EncodingHint.Dictionary;
        }

        await using (var writer = await ParquetWriter.CreateAsync(schema, output, options))
        {
            var fields = schema.GetDataFields();
            var citationOffset = 0;
            for (var start = 0; start < Count; start += RowGroupSize)
            {
                var n = Math.Min(RowGroupSize, Count - start);
                var citationCount = 0;
                for (var i = start; i < start + n; i++)
                {
                    citationCount += flows[i].Citations.Length;
                }

                using var group = writer.CreateRowGroup();
                await group.WriteAsync<ReadOnlyMemory<char>>(fields[0], reporter.AsMemory(start, n));
                await group.WriteAsync<ReadOnlyMemory<char>>(fields[1], partner.AsMemory(start, n));
                await group.WriteAsync<ReadOnlyMemory<char>>(fields[2], direction.AsMemory(start, n));
                await group.WriteAsync<int>(fields[3], year.AsMemory(start, n));
                await group.WriteAsync<int>(fields[4], (ReadOnlyMemory<int?>)month.AsMemory(start, n));
                await group.WriteAsync<decimal>(fields[5], value.AsMemory(start, n));
                await group.WriteAsync<ReadOnlyMemory<char>>(fields[6], currency.AsMemory(start, n));
                await group.WriteAsync<ReadOnlyMemory<char>>(fields[7], valuation.AsMemory(start, n));
                await group.WriteAsync<ReadOnlyMemory<char>>(fields[8], (ReadOnlyMemory<ReadOnlyMemory<char>?>)hsCode.AsMemory(start, n));
                await group.WriteAsync<ReadOnlyMemory<char>>(fields[9], (ReadOnlyMemory<ReadOnlyMemory<char>?>)hsEdition.AsMemory(start, n));
                await group.WriteAsync<bool>(fields[10], estimated.AsMemory(start, n));
                await group.WriteAsync<ReadOnlyMemory<char>>(fields[11], (ReadOnlyMemory<ReadOnlyMemory<char>?>)note.AsMemory(start, n));
                await group.WriteAllPartsAsync<ReadOnlyMemory<char>>(fields[12], citations.AsMemory(citationOffset, citationCount), citationDefinitions.AsMemory(citationOffset, citationCount), citationRepetitions.AsMemory(citationOffset, citationCount), default);
                citationOffset += citationCount;
            }
        }

        return output.Length;
    }

    [Benchmark]
    public async Task<long> Ours()
    {
        output.SetLength(0);
        await TradeFlowParquet.WriteAsync(output, flows.ToAsyncEnumerable());
        return output.Length;
    }
}
