using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Import;
using CentralAsia.Domain.Import.Comtrade;
using CentralAsia.Domain.Import.Gcdf;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using NodaTime;
using Table = CentralAsia.Tool.Output.Table;

namespace CentralAsia.Tool.Import;

/// <summary>
/// <c>centralasia import</c>: reads a UN Comtrade file and/or an AidData GCDF file, prints what was read (to standard
/// error), then the mirror table of the trade and the finance by recipient (to standard output), and can save what was
/// imported as a dataset for the other commands.
/// </summary>
internal static class ImportCommand
{
    private static readonly Uri ComtradeUrl = new("https://comtradeplus.un.org/");
    private static readonly Uri AidDataUrl = new("https://www.aiddata.org/data/aiddatas-global-chinese-development-finance-dataset-version-3-0");

    internal static Command Create(Terminal terminal)
    {
        var comtrade = new Option<FileInfo?>("--comtrade") { Description = "A UN Comtrade file: the API's JSON, the bulk CSV/TSV or the legacy CSV." };
        var gcdf = new Option<FileInfo?>("--gcdf") { Description = "An AidData GCDF 3.0 file: the .xlsx workbook (sheet GCDF_3.0) or a CSV export of it." };
        var retrieved = new Option<LocalDate?>("--retrieved")
        {
            Description = "When you retrieved the files (yyyy-MM-dd), for the sources the records cite; default: today.",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
                if (parsed.Success)
                {
                    return parsed.Value;
                }

                result.AddError($"--retrieved: '{text}' is not a date of the form yyyy-MM-dd.");
                return null;
            },
        };
        var errors = new Option<string>("--errors")
        {
            Description = "What to do with bad rows: 'first' (stop at the first), a number (stop after that many), or 'all' (read on, list them all).",
            DefaultValueFactory = _ => "first",
        };
        errors.Validators.Add(result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "first";
            if (text is not ("first" or "all") && !(int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1))
            {
                result.AddError($"--errors: '{text}' is not 'first', 'all' or a number from 1.");
            }
        });
        var band = new Option<string>("--band")
        {
            Description = "The sound range of the ratio of imports (CIF) to the partner's exports (FOB), as LOW:HIGH; pairs outside it are flagged.",
            DefaultValueFactory = _ => "0.9:1.25",
        };
        band.Validators.Add(result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "0.9:1.25";
            if (Band(text) is null)
            {
                result.AddError($"--band: '{text}' is not LOW:HIGH with 0 <= LOW <= HIGH, such as 0.9:1.25.");
            }
        });
        var format = Cli.FormatOption("text", "text", "markdown");
        var save = new Option<FileInfo?>("--save") { Description = "Also write what was imported as a dataset (.json) for the other commands, with its sources." };
        var command = new Command(
            "import",
            "Imports a UN Comtrade file and/or an AidData GCDF file: prints what was read and skipped, the mirror table (each exporter's exports beside the importer's imports) and the finance by recipient.")
        {
            comtrade, gcdf, retrieved, errors, band, format, save,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new Request(parse.GetValue(comtrade), parse.GetValue(gcdf), parse.GetValue(retrieved), Policy(parse.GetValue(errors)!), Band(parse.GetValue(band)!)!.Value, parse.GetValue(format)!, parse.GetValue(save)),
            terminal,
            cancellationToken));
        return command;
    }

    private sealed record Request(FileInfo? Comtrade, FileInfo? Gcdf, LocalDate? Retrieved, ImportErrorPolicy Policy, (decimal Low, decimal High) Band, string Format, FileInfo? Save);

    private static async Task<int> RunAsync(Request request, Terminal terminal, CancellationToken cancellationToken)
    {
        if (request.Comtrade is null && request.Gcdf is null)
        {
            throw new UserException("import: give a file with --comtrade, --gcdf, or both.");
        }

        if (request.Save is { } target && !string.Equals(target.Extension, ".json", StringComparison.OrdinalIgnoreCase))
        {
            throw new UserException($"import: --save '{target.Name}' must end in .json (a dataset).");
        }

        var retrieved = request.Retrieved ?? SystemClock.Instance.GetCurrentInstant().InUtc().Date;
        var sources = new List<Source>();
        var flows = new List<TradeFlow>();
        var finance = new List<FinanceCommitment>();
        var ok = true;
        if (request.Comtrade is { } comtradeFile)
        {
            var source = new ImportSource(SourceId.Parse("comtrade-import"), "UN Comtrade", ComtradeUrl, retrieved);
            var import = ComtradeImport.Open(Existing(comtradeFile).FullName, new ComtradeImportOptions(source) { Errors = request.Policy });
            ok &= await ReadAsync(import, r => flows.Add(r.Flow), terminal, cancellationToken).ConfigureAwait(false);
            sources.Add(source.ToSource(import.Summary));
        }

        if (request.Gcdf is { } gcdfFile)
        {
            var source = new ImportSource(SourceId.Parse("aiddata-gcdf-import"), "AidData", AidDataUrl, retrieved);
            var import = GcdfImport.Open(Existing(gcdfFile).FullName, new GcdfImportOptions(source) { Errors = request.Policy });
            ok &= await ReadAsync(import, finance.Add, terminal, cancellationToken).ConfigureAwait(false);
            sources.Add(source.ToSource(import.Summary));
        }

        if (!ok && request.Policy != ImportErrorPolicy.CollectAll)
        {
            return ExitCodes.InvalidData;
        }

        if (request.Comtrade is not null)
        {
            if (!WriteMirror(flows, request, terminal))
            {
                return ExitCodes.InvalidData;
            }
        }

        if (request.Gcdf is not null)
        {
            if (request.Comtrade is not null)
            {
                terminal.Output.WriteLine();
            }

            WriteFinance(finance, request.Format, terminal);
        }

        if (request.Save is { } save)
        {
            var dataset = CentralAsiaDataset.TryCreate(sources: EquatableArray.From(sources), tradeFlows: EquatableArray.From(flows), financeCommitments: EquatableArray.From(finance));
            if (!dataset.IsValid)
            {
                foreach (var error in dataset.Errors.Take(20))
                {
                    terminal.Error.WriteLine($"{save.Name}: {error}");
                }

                terminal.Error.WriteLine($"The imported records do not make a valid dataset; '{save.Name}' was not written.");
                return ExitCodes.InvalidData;
            }

            await AtomicFile.WriteAsync(save, stream => CentralAsiaJson.SerializeAsync(stream, dataset.Value, cancellationToken), cancellationToken).ConfigureAwait(false);
            terminal.Error.WriteLine($"{flows.Count:N0} trade flows and {finance.Count:N0} finance commitments saved to {save.Name}.");
        }

        return ok ? ExitCodes.Ok : ExitCodes.InvalidData;
    }

    // Reads every record; prints the summary and the errors (at most 50 of them) to standard error.
    private static async Task<bool> ReadAsync<T>(ImportReader<T> import, Action<T> keep, Terminal terminal, CancellationToken cancellationToken)
        where T : class
    {
        ImportSummary summary;
        try
        {
            await foreach (var record in import.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                keep(record);
            }

            summary = import.Summary;
        }
        catch (ImportException stopped)
        {
            summary = stopped.Summary;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserException($"import: {e.Message}");
        }

        terminal.Error.WriteLine(summary.ToString());
        foreach (var error in summary.Errors.Take(50))
        {
            terminal.Error.WriteLine("  " + error);
        }

        if (summary.Errors.Count > 50)
        {
            terminal.Error.WriteLine($"  … and {summary.Errors.Count - 50:N0} more errors.");
        }

        return summary.Errors.Count == 0;
    }

    private static bool WriteMirror(List<TradeFlow> flows, Request request, Terminal terminal)
    {
        var ledger = TradeLedger.TryCreate(flows);
        if (!ledger.IsValid)
        {
            terminal.Error.WriteLine($"import: the trade flows cannot make one ledger: {ledger.Errors[0].Message}");
            return false;
        }

        var (low, high) = request.Band;
        var table = new Table("Exporter", "Importer", "Period", "Exports (FOB)", "Imports (CIF)", "Ratio", "Check");
        var outside = 0;
        foreach (var pair in ledger.Value.MirrorFlows())
        {
            // A quotient beyond decimal's range (exports of a cent against vast imports) is shown, not a crash.
            decimal? ratio;
            var tooLarge = false;
            try
            {
                ratio = pair.Ratio;
            }
            catch (OverflowException)
            {
                (ratio, tooLarge) = (null, true);
            }

            var sound = ratio is { } q && low <= q && q <= high;
            outside += sound ? 0 : 1;
            table.Add(
                pair.Exporter.Alpha2, pair.Importer.Alpha2, pair.Period.ToString(),
                pair.Exports is { } e ? Table.Number(e.Value.Amount, "#,0.##") : null,
                pair.Imports is { } i ? Table.Number(i.Value.Amount, "#,0.##") : null,
                tooLarge ? "> 10^28" : ratio is { } r ? Table.Number(r, "0.000") : null,
                sound ? "ok" : pair.Exports is null || pair.Imports is null ? "one side only" : tooLarge || ratio is not null ? "outside band" : "exports are zero");
        }

        terminal.Output.WriteLine(request.Format == "markdown" ? "## Mirror table" : "Mirror table (US$):");
        table.Write(terminal.Output, request.Format);
        terminal.Output.WriteLine(FormattableString.Invariant($"{outside} of {table.Count} pairs outside {low}–{high} or with one side only."));
        return true;
    }

    private static void WriteFinance(List<FinanceCommitment> finance, string format, Terminal terminal)
    {
        var table = new Table("Recipient", "Records", "Counted", "Total (constant 2021 US$)", "Umbrella", "Not recommended", "Without amount");
        foreach (var group in finance.GroupBy(f => f.Recipient).OrderBy(g => g.Key))
        {
            var total = group.TotalForAggregates();
            table.Add(
                group.Key.Alpha2, group.Count().ToString(CultureInfo.InvariantCulture), total.Counted.ToString(CultureInfo.InvariantCulture), Table.Number(total.Amount.Amount, "#,0.##"),
                total.Umbrella.ToString(CultureInfo.InvariantCulture), total.NotRecommended.ToString(CultureInfo.InvariantCulture), total.WithoutAmount.ToString(CultureInfo.InvariantCulture));
        }

        var all = finance.TotalForAggregates();
        table.Add("all", finance.Count.ToString(CultureInfo.InvariantCulture), all.Counted.ToString(CultureInfo.InvariantCulture), Table.Number(all.Amount.Amount, "#,0.##"),
            all.Umbrella.ToString(CultureInfo.InvariantCulture), all.NotRecommended.ToString(CultureInfo.InvariantCulture), all.WithoutAmount.ToString(CultureInfo.InvariantCulture));
        terminal.Output.WriteLine(format == "markdown" ? "## Finance by recipient" : "Finance by recipient (AidData's recommended total: no umbrella records, no double counting):");
        table.Write(terminal.Output, format);
    }

    private static FileInfo Existing(FileInfo file) =>
        file.Exists ? file : throw new UserException(Directory.Exists(file.FullName) ? $"import: '{file}' is a folder, not a file." : $"import: '{file}' does not exist.");

    private static ImportErrorPolicy Policy(string text) => text switch
    {
        "first" => ImportErrorPolicy.StopAtFirst,
        "all" => ImportErrorPolicy.CollectAll,
        _ => ImportErrorPolicy.CollectUpTo(int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)),
    };

    private static (decimal Low, decimal High)? Band(string text)
    {
        var parts = text.Split(':');
        return parts.Length == 2
            && decimal.TryParse(parts[0], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var low)
            && decimal.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var high)
            && low <= high
            ? (low, high)
            : null;
    }
}
