using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CentralAsia.Domain.Fuzz;
using SharpFuzz;

// Usage:
//   CentralAsia.Domain.Fuzz TARGET                  run TARGET under afl-fuzz (fuzz/run.sh does this)
//   CentralAsia.Domain.Fuzz TARGET --replay PATH…   run TARGET once per file (directories recursively)
//   CentralAsia.Domain.Fuzz --list                  print the target names
//   CentralAsia.Domain.Fuzz --write-parquet-seeds DIR   write the Parquet target's seed files
// The core's targets, the Columnar package's and the Import package's: one program, one corpus folder per target.
var targets = FuzzTargets.All.Concat(ParquetFuzzTarget.All).Concat(ImportFuzzTarget.All).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

if (args.Length == 2 && args[0] == "--write-parquet-seeds")
{
    await ParquetSeeds.WriteAsync(args[1]);
    return 0;
}

if (args.Length == 1 && args[0] == "--list")
{
    foreach (var name in targets.Keys.Order(StringComparer.Ordinal))
    {
        Console.WriteLine(name);
    }

    return 0;
}

if (args.Length == 0 || !targets.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: CentralAsia.Domain.Fuzz TARGET [--replay PATH...] | --list | --write-parquet-seeds DIR; targets: {string.Join(", ", targets.Keys.Order(StringComparer.Ordinal))}");
    return 2;
}

if (args.Length > 1 && args[1] == "--replay")
{
    var files = args.Skip(2)
        .SelectMany(path => Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories) : [path])
        .Order(StringComparer.Ordinal)
        .ToList();
    var failed = 0;
    foreach (var file in files)
    {
        try
        {
            target(File.ReadAllBytes(file));
        }
#pragma warning disable CA1031 // Replay reports every failure, whatever its type, and goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failed++;
            Console.Error.WriteLine($"{file}: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine(e.StackTrace);
        }
    }

    Console.WriteLine($"{args[0]}: {files.Count} inputs, {failed} failed");
    return failed == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
