using System;
using System.Globalization;
using BenchmarkDotNet.Running;
using CentralAsia.Domain.Benchmarks;

// BenchmarkDotNet for time and allocations; a plain console mode for the peak memory of JSON Lines streaming.
//   dotnet run -c Release -- --filter '*' --job short
//   dotnet run -c Release -- jsonl-memory 1000000
//   dotnet run -c Release -- alloc 100000        bytes allocated per flow, by stage
//   dotnet run -c Release -- parquet-memory 10000000   JSON Lines → Parquet: peak memory (parquet-sizes: and gzip size)
//   dotnet run -c Release -- comtrade-memory 1000000   Comtrade CSV → validated flows: peak memory
//   dotnet run -c Release -- xlsx-readers 50000        ExcelDataReader against MiniExcel on a GCDF-shaped workbook
if (args.Length >= 2 && args[0] == "jsonl-memory")
{
    return await JsonLinesMemory.RunAsync(int.Parse(args[1], CultureInfo.InvariantCulture));
}

if (args.Length >= 2 && args[0] == "alloc")
{
    return AllocationProfile.Run(int.Parse(args[1], CultureInfo.InvariantCulture));
}

if (args.Length >= 2 && args[0] is "parquet-memory" or "parquet-sizes")
{
    return await ParquetMemory.RunAsync(long.Parse(args[1], CultureInfo.InvariantCulture), sizes: args[0] == "parquet-sizes");
}

if (args.Length >= 3 && args[0] == "jsonl-stream-write")
{
    return await ParquetMemory.WriteAsync(long.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
}

if (args.Length >= 2 && args[0] == "comtrade-memory")
{
    return ComtradeMemory.Run(int.Parse(args[1], CultureInfo.InvariantCulture));
}

if (args.Length >= 2 && args[0] == "xlsx-readers")
{
    return WorkbookReaders.Run(int.Parse(args[1], CultureInfo.InvariantCulture));
}

if (args.Length >= 2 && args[0] == "comtrade-write")
{
    return ComtradeMemory.Write(int.Parse(args[1], CultureInfo.InvariantCulture));
}

if (args.Length >= 3 && args[0] == "jsonl-write")
{
    return await JsonLinesMemory.WriteAsync(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
}

BenchmarkSwitcher.FromAssembly(typeof(FlowData).Assembly).Run(args);
return 0;
