using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using CentralAsia.Domain.Import;
using CentralAsia.Domain.Import.Comtrade;
using CentralAsia.Domain.Values;
using NodaTime;

namespace CentralAsia.Domain.Benchmarks;

/// <summary>
/// Importing an N-row Comtrade CSV, streamed, in a fresh process: its peak working set (BenchmarkDotNet cannot
/// measure peak memory). The file is written by a child process first, so that writing it does not count.
///   dotnet run -c Release -- comtrade-memory 100000
///   dotnet run -c Release -- comtrade-memory 1000000
/// </summary>
public static class ComtradeMemory
{
    public static int Run(int rows)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"comtrade-{rows}.csv");
        if (!System.IO.File.Exists(path))
        {
            var host = Environment.ProcessPath!;
            var arguments = System.IO.Path.GetFileNameWithoutExtension(host) == "dotnet"
                ? $"\"{typeof(ComtradeMemory).Assembly.Location}\" comtrade-write {rows}"
                : $"comtrade-write {rows}";
            using var writer = Process.Start(new ProcessStartInfo(host, arguments) { UseShellExecute = false })!;
            writer.WaitForExit();
        }

        var source = new ImportSource(SourceId.Parse("comtrade-memory"), "UN Comtrade", new Uri("https://comtradeplus.un.org/"), new LocalDate(2026, 12, 3));
        var watch = Stopwatch.StartNew();
        var import = ComtradeImport.Open(path, new ComtradeImportOptions(source));
        var flows = import.ReadAll().LongCount();
        watch.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"comtrade-memory rows={import.Summary.RowsRead} flows={flows} seconds={watch.Elapsed.TotalSeconds:F1} peak_working_set_mib={process.PeakWorkingSet64 / 1048576.0:F1} csv_bytes={new System.IO.FileInfo(path).Length}"));
        return 0;
    }

    public static int Write(int rows)
    {
        _ = ComtradeFile.Path(rows);
        return 0;
    }
}
