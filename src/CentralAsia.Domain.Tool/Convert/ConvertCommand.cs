using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Trade;
using CentralAsia.Tool.Output;

namespace CentralAsia.Tool.Convert;

/// <summary>
/// <c>centralasia convert</c>: a dataset (.json) to the trade flows as JSON Lines (.jsonl), or JSON Lines of flows to a
/// dataset. Every record is validated on the way; the output appears only when complete (written under a temporary
/// name, then renamed), so an invalid record, an I/O error or Ctrl-C leaves no half-written file.
/// </summary>
internal static class ConvertCommand
{
    internal static Command Create(Terminal terminal)
    {
        var input = new Argument<FileInfo>("input") { Description = "The file to read: .json (a dataset) or .jsonl (trade flows, one per line)." };
        var output = new Argument<FileInfo>("output") { Description = "The file to write: .jsonl or .json, the other kind." };
        Cli.RejectOptionLikeTokens(input);
        Cli.RejectOptionLikeTokens(output);
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no summary." };
        var sources = new Option<FileInfo?>("--sources") { Description = "From .jsonl: a dataset whose sources the flows cite (copied into the output)." };
        var command = new Command("convert", "Converts a dataset to JSON Lines of its trade flows, or JSON Lines of trade flows to a dataset, validating every record.") { input, output, quiet, sources };
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
            throw new UserException($"convert: '{input.Name}' and '{output.Name}' are both {from}; convert goes from .json to .jsonl or back.");
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
            rows = from == ".json"
                ? await DatasetToLinesAsync(input, output, progress, cancellationToken).ConfigureAwait(false)
                : await LinesToDatasetAsync(input, output, sources, progress, cancellationToken).ConfigureAwait(false);
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
        _ => throw new UserException($"convert: the {what} '{file.Name}' must end in .json (a dataset) or .jsonl (JSON Lines of trade flows)."),
    };

    private static async Task<long> DatasetToLinesAsync(FileInfo input, FileInfo output, ProgressReporter progress, CancellationToken cancellationToken)
    {
        TradeFlow Count(TradeFlow flow)
        {
            progress.Row();
            return flow;
        }

        CentralAsiaDataset dataset;
        await using (var stream = new CountingStream(File.OpenRead(input.FullName), progress))
        {
            dataset = await CentralAsiaJson.DeserializeAsync<CentralAsiaDataset>(stream, cancellationToken).ConfigureAwait(false);
        }

        await AtomicFile.WriteAsync(output, stream => CentralAsiaJson.SerializeLinesAsync(stream, dataset.TradeFlows.Select(Count).ToAsyncEnumerable(), cancellationToken), cancellationToken).ConfigureAwait(false);
        return dataset.TradeFlows.Length;
    }

    private static async Task<long> LinesToDatasetAsync(FileInfo input, FileInfo output, FileInfo? sources, ProgressReporter progress, CancellationToken cancellationToken)
    {
        var flows = new List<TradeFlow>();
        await using (var stream = new CountingStream(File.OpenRead(input.FullName), progress))
        {
            await foreach (var flow in CentralAsiaJson.DeserializeLinesAsync<TradeFlow>(stream, cancellationToken).ConfigureAwait(false))
            {
                flows.Add(flow);
                progress.Row();
            }
        }

        // The flows' citations must resolve in a dataset, and JSON Lines of flows carry no sources: take them from --sources.
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
