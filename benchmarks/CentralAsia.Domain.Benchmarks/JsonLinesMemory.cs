using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Trade;

namespace CentralAsia.Domain.Benchmarks;

/// <summary>
/// Streams N flows from a JSON Lines file and reports the process's peak working set and the bytes
/// allocated per record. Run once per N in a fresh process (BenchmarkDotNet cannot measure peak memory):
///   dotnet run -c Release -- jsonl-memory 100000
/// </summary>
public static class JsonLinesMemory
{
    public static async Task<int> RunAsync(int count)
    {
        var file = Path.Combine(Path.GetTempPath(), $"flows-{count}.jsonl");
        if (!File.Exists(file))
        {
            // Written by a child process, so that generating the data does not count towards this one's peak.
            var host = Environment.ProcessPath!;
            var arguments = Path.GetFileNameWithoutExtension(host) == "dotnet"
                ? $"\"{typeof(JsonLinesMemory).Assembly.Location}\" jsonl-write {count} \"{file}\""
                : $"jsonl-write {count} \"{file}\"";
            var writer = Process.Start(new ProcessStartInfo(host, arguments) { UseShellExecute = false })!;
            await writer.WaitForExitAsync();
        }

        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var read = 0;
        var checksum = 0m;
        await using (var stream = File.OpenRead(file))
        {
            await foreach (var flow in CentralAsiaJson.DeserializeLinesAsync<TradeFlow>(stream))
            {
                read++;
                checksum += flow.Value.Amount;
            }
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"jsonl-memory records={read} file_bytes={new FileInfo(file).Length} peak_working_set_mib={process.PeakWorkingSet64 / 1048576.0:F1} allocated_per_record_bytes={allocated / (double)read:F0} checksum={checksum}");
        return 0;
    }

    public static async Task<int> WriteAsync(int count, string file)
    {
        await using var stream = File.Create(file);
        CentralAsiaJson.SerializeLines(stream, FlowData.Flows(count));
        return 0;
    }
}
