using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Columnar;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Trade;
using CentralAsia.Tool.Output;

namespace CentralAsia.Tool.Convert;

/// <summary>
/// <c>centralasia convert</c>: trade flows between a dataset (.json), JSON Lines (.jsonl) and Parquet (.parquet, the
/// schema of docs/columnar.md). JSON Lines and Parquet stream both ways in flat memory. Every record is validated on the
/// way; the output appears only when complete (written under a temporary name, then renamed), so an invalid record,
/// an I/O error or Ctrl-C leaves no half-written file.
/// </summary>
internal static class ConvertCommand
{
    internal static Command Create(Terminal terminal)
    {
        var input = new Argument<FileInfo>("input") { Description = "The file to read: .json (a dataset), .jsonl (trade flows, one per line) or .parquet (trade flows)." };
        var output = new Argument<FileInfo>("output") { Description = "The file to write: .json, .jsonl or .parquet, another kind than the input." };
        Cli.RejectOptionLikeTokens(input);
        Cli.RejectOptionLikeTokens(output);
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no summary." };
        var sources = new Option<FileInfo?>("--sources") { Description = "To .json from .jsonl or .parquet: a dataset whose sources the flows cite (copied into the output)." };
        var command = new Command("convert", "Converts trade flows between a dataset (.json), JSON Lines (.jsonl) and Parquet (.parquet), validating every record.") { input, output, quiet, sources };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(quiet), parse.GetValue(sources), terminal, cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(FileInfo input, FileInfo output, bool quiet, FileInfo? sources, Terminal terminal, CancellationToken cancellationToken)
    {
        var from = Kind(input, "input");
        var to = Kind(output, "output");
        if (from == to)
        {
            throw new UserException($"convert: '{input.Name}' and '{output.Name}' are both {from}; convert goes between .json, .jsonl and .parquet.");
        }

        if (!input.Exists)
        {
            throw new UserException(Directory.Exists(input.FullName) ? $"convert: '{input}' is a folder, not a file." : $"convert: '{input}' does not exist.");
        }

        if (output.Directory is { Exists: false } folder)
        {
            throw new UserException($"convert: the folder '{folder}' does not exist.");
        }

        using var progress = ProgressReporter.Start(terminal, quiet, $"{input.Name} → {output.Name}", input.Length);
        long rows;
        try
        {
            rows = to == ".json"
                ? await FlowsToDatasetAsync(input, from, output, sources, progress, cancellationToken).ConfigureAwait(false)
                : await StreamFlowsAsync(input, from, output, to, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (CentralAsiaJsonException invalid)
        {
            progress.Dispose();
            var shown = input.ToString();
            foreach (var e in invalid.Errors)
            {
                terminal.Output.WriteLine(Finding.Of(shown, e).Text);
            }

            terminal.Error.WriteLine($"{shown} is not valid; '{output.Name}' was not written.");
            return ExitCodes.InvalidData;
        }
        catch (ColumnarDataException invalid)
        {
            progress.Dispose();
            foreach (var e in invalid.Errors)
            {
                terminal.Output.WriteLine(e.ToString());
            }

            terminal.Error.WriteLine($"{input} is not valid; '{output.Name}' was not written.");
            return ExitCodes.InvalidData;
        }
        catch (ArgumentException unrepresentable) when (to == ".parquet")
        {
            // An amount finer than the Parquet column's scale: refused, never rounded.
            progress.Dispose();
            terminal.Output.WriteLine($"{input}: {unrepresentable.Message}");
            terminal.Error.WriteLine($"'{output.Name}' was not written.");
            return ExitCodes.InvalidData;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The input cannot be read (a folder, no permission): a usage or I/O error, not a bug.
            throw new UserException($"convert: {e.Message}");
        }

        progress.Dispose();
        if (!quiet)
        {
            terminal.Error.WriteLine($"{rows:N0} trade flows written to {output.Name}.");
        }

        return ExitCodes.Ok;
    }

    private static string Kind(FileInfo file, string what) => file.Extension.ToLowerInvariant() switch
    {
        ".json" => ".json",
        ".jsonl" or ".ndjson" => ".jsonl",
        ".parquet" => ".parquet",
        _ => throw new UserException($"convert: the {what} '{file.Name}' must end in .json (a dataset), .jsonl (JSON Lines of trade flows) or .parquet (trade flows)."),
    };

    // JSON Lines or Parquet in, JSON Lines or Parquet out, or a dataset's flows to Parquet: one flow in memory at a time
    // (a dataset is read whole first).
    private static async Task<long> StreamFlowsAsync(FileInfo input, string from, FileInfo output, string to, ProgressReporter progress, CancellationToken cancellationToken)
    {
        long rows = 0;
        async IAsyncEnumerable<TradeFlow> Counted([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token = default)
        {
            await foreach (var flow in ReadFlowsAsync(input, from, progress, token).ConfigureAwait(false))
            {
                rows++;
                progress.Row();
                yield return flow;
            }
        }

        if (to == ".parquet")
        {
            await TradeFlowParquet.WriteFileAsync(output.FullName, Counted(cancellationToken), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await AtomicFile.WriteAsync(output, stream => CentralAsiaJson.SerializeLinesAsync(stream, Counted(cancellationToken), cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        return rows;
    }

    private static async IAsyncEnumerable<TradeFlow> ReadFlowsAsync(FileInfo input, string from, ProgressReporter progress, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = new CountingStream(File.OpenRead(input.FullName), progress);
        var flows = from switch
        {
            ".jsonl" => CentralAsiaJson.DeserializeLinesAsync<TradeFlow>(stream, cancellationToken),
            ".parquet" => TradeFlowParquet.ReadAsync(stream, cancellationToken),
            _ => (await CentralAsiaJson.DeserializeAsync<CentralAsiaDataset>(stream, cancellationToken).ConfigureAwait(false)).TradeFlows.ToAsyncEnumerable(),
        };
        await foreach (var flow in flows.ConfigureAwait(false))
        {
            yield return flow;
        }
    }

    private static async Task<long> FlowsToDatasetAsync(FileInfo input, string from, FileInfo output, FileInfo? sources, ProgressReporter progress, CancellationToken cancellationToken)
    {
        var flows = new List<TradeFlow>();
        await foreach (var flow in ReadFlowsAsync(input, from, progress, cancellationToken).ConfigureAwait(false))
        {
            flows.Add(flow);
            progress.Row();
        }

        // The flows' citations must resolve in a dataset, and JSON Lines or Parquet of flows carry no sources: take them from --sources.
        var cited = flows.SelectMany(f => f.Citations).ToHashSet();
        var known = sources is null ? default : Brief.BriefCommand.Load(sources).Sources;
        var missing = cited.Where(id => !known.Any(s => s.Id == id)).Take(4).ToArray();
        if (missing.Length > 0)
        {
            throw new UserException(
                $"convert: the flows cite source(s) {string.Join(", ", missing.Select(m => m.Value))}{(missing.Length == 4 ? ", …" : string.Empty)} that {(sources is null ? "no --sources dataset gives" : $"'{sources.Name}' does not list")}; a dataset must list every source it cites.",
                ExitCodes.InvalidData);
        }

        var dataset = new CentralAsiaDataset(sources: EquatableArray.From(known.Where(s => cited.Contains(s.Id))), tradeFlows: EquatableArray.From(flows));
        await AtomicFile.WriteAsync(output, stream => CentralAsiaJson.SerializeAsync(stream, dataset, cancellationToken), cancellationToken).ConfigureAwait(false);
        return flows.Count;
    }
}
