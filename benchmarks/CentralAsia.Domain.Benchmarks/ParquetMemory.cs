using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Trade;

namespace CentralAsia.Domain.Benchmarks;

/// <summary>
/// JSON Lines → Parquet for N flows, streamed, in a fresh process: its peak working set (BenchmarkDotNet cannot
/// measure peak memory), and the sizes of the same flows as Parquet, JSON Lines and gzip'ed JSON Lines.
///   dotnet run -c Release -- parquet-memory 1000000
///   dotnet run -c Release -- parquet-memory 10000000
///   dotnet run -c Release -- parquet-sizes 1000000      (also Zstd, and gzip'ed JSON Lines)
/// </summary>
public static class ParquetMemory
{
    public static async Task<int> RunAsync(long count, bool sizes)
    {
        var lines = Path.Combine(Path.GetTempPath(), $"stream-flows-{count}.jsonl");
        if (!File.Exists(lines))
        {
            // Written by a child process, so that generating the data does not count towards this one's peak.
            var host = Environment.ProcessPath!;
            var arguments = Path.GetFileNameWithoutExtension(host) == "dotnet"
                ? $"\"{typeof(ParquetMemory).Assembly.Location}\" jsonl-stream-write {count} \"{lines}\""
                : $"jsonl-stream-write {count} \"{lines}\"";
            using var writer = Process.Start(new ProcessStartInfo(host, arguments) { UseShellExecute = false })!;
            await writer.WaitForExitAsync();
        }

        var parquet = Path.ChangeExtension(lines, ".parquet");
        var watch = Stopwatch.StartNew();
        long rows;
        await using (var input = File.OpenRead(lines))
        {
            rows = await TradeFlowParquet.WriteFileAsync(parquet, CentralAsiaJson.DeserializeLinesAsync<TradeFlow>(input));
        }

        watch.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peak = process.PeakWorkingSet64 / 1048576.0;
        var line = $"parquet-memory flows={rows} seconds={watch.Elapsed.TotalSeconds:F1} peak_working_set_mib={peak:F1} jsonl_bytes={new FileInfo(lines).Length} parquet_bytes={new FileInfo(parquet).Length}";
        if (sizes)
        {
            var zstd = Path.ChangeExtension(lines, ".zstd.parquet");
            await using (var input = File.OpenRead(lines))
            {
                await TradeFlowParquet.WriteFileAsync(zstd, CentralAsiaJson.DeserializeLinesAsync<TradeFlow>(input), new ParquetWriteOptions { Compression = ParquetCompression.Zstd });
            }

            line += $" parquet_zstd_bytes={new FileInfo(zstd).Length} jsonl_gzip_bytes={GzipLength(lines)}";
            File.Delete(zstd);
        }

        Console.WriteLine(line);
        File.Delete(parquet);
        return 0;
    }

    public static async Task<int> WriteAsync(long count, string file)
    {
        await using var stream = File.Create(file);
        CentralAsiaJson.SerializeLines(stream, FlowData.Stream(count));
        return 0;
    }

    // gzip at its default (optimal) level, as `gzip file` gives.
    private static long GzipLength(string file)
    {
        using var input = File.OpenRead(file);
        var counter = new CountingSink();
        using (var gzip = new GZipStream(counter, CompressionLevel.Optimal, leaveOpen: true))
        {
            input.CopyTo(gzip);
        }

        return counter.Length;
    }

    private sealed class CountingSink : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
    }
}
