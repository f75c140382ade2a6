using System;
using System.Globalization;
using BenchmarkDotNet.Running;
using CentralAsia.Domain.Benchmarks;

// BenchmarkDotNet for time and allocations; a plain console mode for the peak memory of JSON Lines streaming.
//   dotnet run -c Release -- --filter '*' --job short
//   dotnet run -c Release -- jsonl-memory 1000000
//   dotnet run -c Release -- alloc 100000        bytes allocated per flow, by stage
if (args.Length >= 2 && args[0] == "jsonl-memory")
{
    return await JsonLinesMemory.RunAsync(int.Parse(args[1], CultureInfo.InvariantCulture));
}

if (args.Length >= 2 && args[0] == "alloc")
{
    return AllocationProfile.Run(int.Parse(args[1], CultureInfo.InvariantCulture));
}

if (args.Length >= 3 && args[0] == "jsonl-write")
{
    return await JsonLinesMemory.WriteAsync(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
}

BenchmarkSwitcher.FromAssembly(typeof(FlowData).Assembly).Run(args);
return 0;
