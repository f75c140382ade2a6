using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;

namespace Validate;

/// <summary>Checks files and reports every error; never lets an exception reach the user as a stack trace.</summary>
internal static class Linter
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Dataset (.json) and record-stream (.jsonl) files.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var type = new Option<string>("--type") { Description = "The record type of .jsonl files.", DefaultValueFactory = _ => "trade-flow" };
        type.AcceptOnlyFromAmong("trade-flow", "leader", "project", "source", "summit", "declaration");
        var root = new RootCommand("Checks CentralAsia.Domain data files and lists every error.") { files, format, type };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors)
            {
                error.WriteLine(e.Message);
            }

            return 2;
        }

        if (parsed.Action is not null && parsed.GetValue(files) is null)
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }

        var findings = new List<Finding>();
        var status = 0;
        foreach (var file in parsed.GetValue(files)!)
        {
            var (result, fileFindings) = await CheckAsync(file, parsed.GetValue(type)!);
            findings.AddRange(fileFindings);
            status = Math.Max(status, result);
        }

        if (parsed.GetValue(format) == "json")
        {
            var options = new JsonSerializerOptions(FindingJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            output.WriteLine(JsonSerializer.Serialize(findings, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<List<Finding>>)options.GetTypeInfo(typeof(List<Finding>))));
        }
        else
        {
            foreach (var f in findings)
            {
                (f.Code == "io.error" ? error : output).WriteLine(f.Line is { } line ? $"{f.File}:{line}  {Pointer(f.Path)}  {f.Code}  {f.Message}" : $"{f.File}  {Pointer(f.Path)}  {f.Code}  {f.Message}");
            }

            error.WriteLine(status == 0 ? "All files are valid." : $"{findings.Count(f => f.Code != "io.error")} error(s).");
        }

        return status;
    }

    private static async Task<(int Status, List<Finding> Findings)> CheckAsync(FileInfo file, string type)
    {
        var findings = new List<Finding>();
        try
        {
            if (!file.Exists)
            {
                findings.Add(new Finding(file.Name, null, string.Empty, "io.error", "The file does not exist."));
                return (2, findings);
            }

            var bytes = await File.ReadAllBytesAsync(file.FullName);
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                findings.Add(new Finding(file.Name, null, string.Empty, "io.error", "This is a binary file, not JSON text."));
                return (2, findings);
            }

            IEnumerable<ValidationError> errors;
            if (file.Extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                using var stream = new MemoryStream(bytes);
                errors = await CollectAsync(type switch
                {
                    "leader" => CentralAsiaJson.ValidateLinesAsync<Leader>(stream),
                    "project" => CentralAsiaJson.ValidateLinesAsync<InfrastructureProject>(stream),
                    "source" => CentralAsiaJson.ValidateLinesAsync<Source>(stream),
                    "summit" => CentralAsiaJson.ValidateLinesAsync<Summit>(stream),
                    "declaration" => CentralAsiaJson.ValidateLinesAsync<SummitDeclaration>(stream),
                    _ => CentralAsiaJson.ValidateLinesAsync<TradeFlow>(stream),
                });
            }
            else
            {
                errors = CentralAsiaJson.Validate<CentralAsiaDataset>(bytes);
            }

            findings.AddRange(errors.Select(e => new Finding(file.Name, e.Line, e.Path, e.Code, e.Message)));
            return (findings.Count == 0 ? 0 : 1, findings);
        }
        catch (IOException io)
        {
            findings.Add(new Finding(file.Name, null, string.Empty, "io.error", io.Message));
            return (2, findings);
        }
        catch (UnauthorizedAccessException denied)
        {
            findings.Add(new Finding(file.Name, null, string.Empty, "io.error", denied.Message));
            return (2, findings);
        }
    }

    private static async Task<List<ValidationError>> CollectAsync(IAsyncEnumerable<ValidationError> errors)
    {
        var list = new List<ValidationError>();
        await foreach (var e in errors)
        {
            list.Add(e);
        }

        return list;
    }

    private static string Pointer(string path) => path.Length == 0 ? "(root)" : path;
}

/// <summary>One reported problem.</summary>
internal sealed record Finding(string File, int? Line, string Path, string Code, string Message);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(List<Finding>))]
internal sealed partial class FindingJsonContext : JsonSerializerContext
{
}
