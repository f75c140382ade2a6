// Streams a big generated trade file (JSON Lines) into a Hive-partitioned Parquet dataset with a progress bar, then
// asks DuckDB "China's trade with each partner by year" over the files.
//
//   dotnet run -c Release --project samples/TradeLake                    (1,000,000 flows, in a temporary folder)
//   dotnet run -c Release --project samples/TradeLake -- 10000000 lake   (10 million flows, kept in ./lake)
using System;
using System.Globalization;
using System.IO;

var count = args.Length > 0 ? long.Parse(args[0], NumberStyles.None, CultureInfo.InvariantCulture) : 1_000_000;
var keep = args.Length > 1;
var folder = keep ? Path.GetFullPath(args[1]) : Path.Combine(Path.GetTempPath(), $"tradelake-{Guid.NewGuid():N}");
try
{
    return await TradeLake.Lake.RunAsync(count, folder, Spectre.Console.AnsiConsole.Console);
}
finally
{
    if (!keep && Directory.Exists(folder))
    {
        Directory.Delete(folder, recursive: true);
    }
}
