using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

namespace CentralAsia.Tool.Brief;

/// <summary><c>centralasia brief</c>: the summit briefing, from the embedded reference data or a dataset file.</summary>
internal static class BriefCommand
{
    internal static Command Create(Terminal terminal)
    {
        var asOf = AsOfOption();
        var format = Cli.FormatOption("text", "text", "markdown", "json");
        var svg = new Option<FileInfo?>("--svg") { Description = "Also write charts of trade by partner (the year before the summit, and over time) to this SVG file." };
        var data = DataOption();
        var summit = new Option<string?>("--summit") { Description = "The summit to brief on, by id (xian-2023); default: the latest held by the --as-of day." };
        var command = new Command("brief", "Prints a briefing of a China–Central Asia summit: who met, what they committed to, trade, projects.") { asOf, format, svg, data, summit };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(asOf), parse.GetValue(summit), parse.GetValue(format)!, parse.GetValue(svg), parse.GetValue(data), terminal, cancellationToken));
        return command;
    }

    /// <summary>The <c>--as-of</c> option every command shares: a calendar date, refused with the reason when it is not one.</summary>
    internal static Option<LocalDate?> AsOfOption() => new("--as-of")
    {
        Description = "The day to show office holders and project statuses on (yyyy-MM-dd).",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            result.AddError(System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}$")
                ? $"--as-of: '{text}' has the form yyyy-MM-dd, but no such date exists."
                : $"--as-of: '{text}' is not a date of the form yyyy-MM-dd.");
            return null;
        },
    };

    /// <summary>The <c>--data</c> option every command shares: a dataset file instead of the embedded reference data.</summary>
    internal static Option<FileInfo?> DataOption() => new("--data", "-d") { Description = "Use this dataset file instead of the embedded reference data (China–Central Asia 2020–2025)." };

    /// <summary>Reads the dataset: the reference data, or the file, whose errors are printed (exit 1) when it is not valid.</summary>
    internal static CentralAsiaDataset Load(FileInfo? data)
    {
        if (data is null)
        {
            return ReferenceData.ChinaCentralAsia2020To2025;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(data.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserException($"--data: cannot read '{data}': {e.Message}");
        }

        try
        {
            return CentralAsiaJson.Deserialize<CentralAsiaDataset>(bytes);
        }
        catch (CentralAsiaJsonException invalid)
        {
            var shown = data.ToString();
            var lines = new System.Text.StringBuilder($"{shown}: the dataset is not valid ({invalid.Errors.Length} error(s)):");
            foreach (var e in invalid.Errors)
            {
                lines.Append("\n  ").Append(Output.Finding.Of(shown, e).Text);
            }

            throw new UserException(lines.ToString(), ExitCodes.InvalidData);
        }
    }

    private static async Task<int> RunAsync(LocalDate? asOf, string? summit, string format, FileInfo? svg, FileInfo? data, Terminal terminal, CancellationToken cancellationToken)
    {
        // Check where the chart goes before printing anything: a bad path is a usage error, not a half-done run.
        if (svg is not null && svg.Directory is { Exists: false } folder)
        {
            throw new UserException($"--svg: the folder '{folder}' does not exist.");
        }

        var briefing = Briefing.Build(Load(data), asOf, summit);
        switch (format)
        {
            case "markdown": MarkdownRenderer.Write(briefing, terminal.Output); break;
            case "json": JsonRenderer.Write(briefing, terminal.Output); break;
            default: TextRenderer.Write(briefing, terminal.Output); break;
        }

        if (svg is not null)
        {
            await AtomicFile.WriteAsync(svg, stream => { SvgChart.Write(briefing, stream); return Task.CompletedTask; }, cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
