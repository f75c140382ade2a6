using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Tool.Output;

namespace CentralAsia.Tool.Validate;

/// <summary>Checks files and reports every error; never lets an exception reach the user as a stack trace.</summary>
internal static class ValidateCommand
{
    internal static Command Create(Terminal terminal)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Dataset (.json) and record-stream (.jsonl) files.", Arity = ArgumentArity.OneOrMore };
        Cli.RejectOptionLikeTokens(files);
        var format = Cli.FormatOption("text", "text", "json");
        var type = new Option<string>("--type") { Description = "The record type of .jsonl files.", DefaultValueFactory = _ => "trade-flow" };
        type.AcceptOnlyFromAmong("trade-flow", "leader", "project", "source", "summit", "declaration");
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print the errors only, no summary line." };
        var command = new Command("validate", "Checks data files and lists every error as file:line  /json/pointer  code  message.") { files, format, type, quiet };
        command.SetAction(async (parse, cancellationToken) =>
            await RunAsync(parse.GetValue(files)!, parse.GetValue(format)!, parse.GetValue(type)!, parse.GetValue(quiet), terminal, cancellationToken).ConfigureAwait(false));
        return command;
    }

    internal static async Task<int> RunAsync(FileInfo[] files, string format, string type, bool quiet, Terminal terminal, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var status = ExitCodes.Ok;
        var unreadable = 0;
        foreach (var file in files)
        {
            var (result, fileFindings) = await CheckAsync(file, type, quiet, terminal, cancellationToken).ConfigureAwait(false);
            findings.AddRange(fileFindings);
            unreadable += result == ExitCodes.UsageOrIo ? 1 : 0;
            status = Math.Max(status, result);
        }

        var output = terminal.Output;
        var error = terminal.Error;
        if (format == "json")
        {
            var options = new JsonSerializerOptions(FindingJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            output.WriteLine(JsonSerializer.Serialize(new FindingsDocument(FindingsDocument.CurrentVersion, findings), (System.Text.Json.Serialization.Metadata.JsonTypeInfo<FindingsDocument>)options.GetTypeInfo(typeof(FindingsDocument))));
        }
        else
        {
            foreach (var f in findings)
            {
                (f.Code == IoError ? error : output).WriteLine(f.Text);
            }

            if (!quiet)
            {
                error.WriteLine(Summary(findings.Count(f => f.Code != IoError), files.Length, unreadable));
            }
        }

        return status;
    }

    // "0 error(s)" after a file could not be read would say it was checked: say what was not.
    private static string Summary(int errors, int files, int unreadable) => (errors, unreadable) switch
    {
        (0, 0) => files == 1 ? "The file is valid." : $"All {files} files are valid.",
        (_, 0) => $"{errors} error(s) in {files} file(s).",
        (0, _) => $"{unreadable} of {files} file(s) could not be read; {(files - unreadable == 0 ? "nothing was checked" : $"the other {files - unreadable} are valid")}.",
        _ => $"{errors} error(s); {unreadable} of {files} file(s) could not be read.",
    };

    private const string IoError = "io.error";

    private static async Task<(int Status, List<Finding> Findings)> CheckAsync(FileInfo file, string type, bool quiet, Terminal terminal, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        try
        {
            if (!file.Exists)
            {
                findings.Add(new Finding(Shown(file), null, string.Empty, IoError, "The file does not exist."));
                return (2, findings);
            }

            IEnumerable<ValidationError> errors;
            if (file.Extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                // Streamed, in flat memory, with a progress bar for a person watching a big file.
                await using var input = File.OpenRead(file.FullName);
                if (await LooksBinaryAsync(input, cancellationToken).ConfigureAwait(false))
                {
                    findings.Add(new Finding(Shown(file), null, string.Empty, IoError, "This is a binary file, not JSON text."));
                    return (2, findings);
                }

                using var progress = ProgressReporter.Start(terminal, quiet, Shown(file), input.Length);
                await using var stream = new CountingStream(input, progress);
                errors = await CollectAsync(type switch
                {
                    "leader" => CentralAsiaJson.ValidateLinesAsync<Leader>(stream, cancellationToken),
                    "project" => CentralAsiaJson.ValidateLinesAsync<InfrastructureProject>(stream, cancellationToken),
                    "source" => CentralAsiaJson.ValidateLinesAsync<Source>(stream, cancellationToken),
                    "summit" => CentralAsiaJson.ValidateLinesAsync<Summit>(stream, cancellationToken),
                    "declaration" => CentralAsiaJson.ValidateLinesAsync<SummitDeclaration>(stream, cancellationToken),
                    _ => CentralAsiaJson.ValidateLinesAsync<TradeFlow>(stream, cancellationToken),
                }).ConfigureAwait(false);
            }
            else
            {
                var bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false);
                if (Array.IndexOf(bytes, (byte)0) >= 0)
                {
                    findings.Add(new Finding(Shown(file), null, string.Empty, IoError, "This is a binary file, not JSON text."));
                    return (2, findings);
                }

                errors = CentralAsiaJson.Validate<CentralAsiaDataset>(bytes);
            }

            findings.AddRange(errors.Select(e => Finding.Of(Shown(file), e)));
            return (findings.Count == 0 ? 0 : 1, findings);
        }
        catch (IOException io)
        {
            findings.Add(new Finding(Shown(file), null, string.Empty, IoError, io.Message));
            return (2, findings);
        }
        catch (UnauthorizedAccessException denied)
        {
            findings.Add(new Finding(Shown(file), null, string.Empty, IoError, denied.Message));
            return (2, findings);
        }
    }

    // A NUL byte in the first 8 KiB: not text (JSON never holds one unescaped). The stream is put back at its start.
    private static async Task<bool> LooksBinaryAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = new byte[8192];
        var read = await stream.ReadAsync(head, cancellationToken).ConfigureAwait(false);
        stream.Position = 0;
        return Array.IndexOf(head, (byte)0, 0, read) >= 0;
    }

    private static async Task<List<ValidationError>> CollectAsync(IAsyncEnumerable<ValidationError> errors)
    {
        var list = new List<ValidationError>();
        await foreach (var e in errors.ConfigureAwait(false))
        {
            list.Add(e);
        }

        return list;
    }

    // The path as typed (FileInfo keeps it), so that a/data.json and b/data.json print apart.
    private static string Shown(FileInfo file) => file.ToString();
}

/// <summary>The output of <c>validate --format json</c> (docs/cli.md): its version changes when a key is renamed or removed.</summary>
internal sealed record FindingsDocument(int Version, IReadOnlyList<Finding> Findings)
{
    internal const int CurrentVersion = 1;
}


[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(FindingsDocument))]
internal sealed partial class FindingJsonContext : JsonSerializerContext
{
}
