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
/// <c>centralasia convert</c>: trade flows (or, with <c>--record</c>, finance commitments, projects, leaders or
/// commitments) between a dataset (.json), JSON Lines (.jsonl) and Parquet (.parquet, the schemas of
/// docs/columnar.md). JSON Lines and Parquet stream both ways in flat memory. Every record is validated on the
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
        var record = new Option<string>("--record")
        {
            Description = "The records converted: trade-flow (the default), finance-commitment, project, leader or commitment. From a .json dataset, its records of that kind; to .json, trade flows only.",
            DefaultValueFactory = _ => TradeFlows.Name,
        };
        record.AcceptOnlyFromAmong([.. Kinds.Keys]);
        var command = new Command("convert", "Converts trade flows (or other records, --record) between a dataset (.json), JSON Lines (.jsonl) and Parquet (.parquet), validating every record.") { input, output, quiet, sources, record };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(quiet), parse.GetValue(sources), parse.GetValue(record)!, terminal, cancellationToken));
        return command;
    }

    // The records convert knows: how each is read from a dataset, and written to and read from Parquet.
    private static readonly RecordKind<TradeFlow> TradeFlows = new(
        "trade-flow", "trade flows", d => d.TradeFlows, (path, rows, token) => TradeFlowParquet.WriteFileAsync(path, rows, cancellationToken: token), TradeFlowParquet.ReadAsync);

    private static readonly Dictionary<string, (string Plural, Func<Run, Task<long>> Stream)> Kinds = new[]
    {
        Kind(TradeFlows),
        Kind(RecordKind.Of(ParquetTables.FinanceCommitments, "finance commitments", d => d.FinanceCommitments)),
        Kind(RecordKind.Of(ParquetTables.Projects, "projects", d => d.Projects)),
        Kind(RecordKind.Of(ParquetTables.Leaders, "leaders", d => d.Leaders)),
        Kind(RecordKind.Of(ParquetTables.Commitments, "commitments", d => d.Declarations.SelectMany(x => x.Commitments))),
    }.ToDictionary(k => k.Name, k => (k.Plural, k.Stream), StringComparer.Ordinal);

    private static (string Name, string Plural, Func<Run, Task<long>> Stream) Kind<T>(RecordKind<T> kind)
        where T : class => (kind.Name, kind.Plural, run => run.StreamAsync(kind));

    internal static async Task<int> RunAsync(FileInfo input, FileInfo output, bool quiet, FileInfo? sources, string record, Terminal terminal, CancellationToken cancellationToken)
    {
        var from = Kind(input, "input");
        var to = Kind(output, "output");
        if (from == to)
        {
            throw new UserException($"convert: '{input.Name}' and '{output.Name}' are both {from}; convert goes between .json, .jsonl and .parquet.");
        }

        if (to == ".json" && record != TradeFlows.Name)
        {
            throw new UserException($"convert: to .json only trade flows go (a dataset of {record} records needs the records they cite); write them to .jsonl or .parquet.");
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
                : await Kinds[record].Stream(new Run(input, from, output, to, progress, cancellationToken)).ConfigureAwait(false);
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
            terminal.Error.WriteLine($"{rows:N0} {Kinds[record].Plural} written to {output.Name}.");
        }

        return ExitCodes.Ok;
    }

    private static string Kind(FileInfo file, string what) => file.Extension.ToLowerInvariant() switch
    {
        ".json" => ".json",
        ".jsonl" or ".ndjson" => ".jsonl",
        ".parquet" => ".parquet",
        _ => throw new UserException($"convert: the {what} '{file.Name}' must end in .json (a dataset), .jsonl (JSON Lines) or .parquet."),
    };

    private static IAsyncEnumerable<TradeFlow> ReadFlowsAsync(FileInfo input, string from, ProgressReporter progress, CancellationToken cancellationToken) =>
        new Run(input, from, input, from, progress, cancellationToken).ReadAsync(TradeFlows);

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
