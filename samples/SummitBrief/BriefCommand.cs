using System;
using System.CommandLine;
using System.IO;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Values;
using NodaTime;

namespace SummitBrief;

/// <summary>The command line: options, and what each exit code means (0 done, 1 invalid dataset, 2 usage or I/O error).</summary>
internal static class BriefCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var asOf = new Option<string?>("--as-of") { Description = "Show statuses and office holders on this day (yyyy-MM-dd); default: the last day of the summit." };
        var format = new Option<string>("--format") { Description = "text, markdown or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var svg = new Option<FileInfo?>("--svg") { Description = "Also write a bar chart of trade by partner to this SVG file." };
        var data = new Option<FileInfo?>("--data") { Description = "Brief on this dataset file instead of the embedded reference data." };
        var root = new RootCommand("Prints a briefing of a China–Central Asia summit from the CentralAsia.Domain dataset.") { asOf, format, svg, data };
        root.SetAction(parse => Brief(parse.GetValue(asOf), parse.GetValue(format)!, parse.GetValue(svg), parse.GetValue(data), output, error));
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var e in result.Errors)
            {
                error.WriteLine(e.Message);
            }

            return 2;
        }

        return result.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static int Brief(string? asOfText, string format, FileInfo? svg, FileInfo? data, TextWriter output, TextWriter error)
    {
        try
        {
            LocalDate? asOf = null;
            if (asOfText is not null)
            {
                if (!PartialDate.TryParse(asOfText, out var day) || !day.TryGetDate(out var date))
                {
                    error.WriteLine($"--as-of: '{asOfText}' is not a date of the form yyyy-MM-dd.");
                    return 2;
                }

                asOf = date;
            }

            var dataset = data is null ? ReferenceData.XianSummit2023 : Load(data);
            var briefing = Briefing.Build(dataset, asOf);
            switch (format)
            {
                case "markdown": MarkdownRenderer.Write(briefing, output); break;
                case "json": JsonRenderer.Write(briefing, output); break;
                default: TextRenderer.Write(briefing, output); break;
            }

            if (svg is not null)
            {
                using var stream = svg.Create();
                SvgChart.Write(briefing, stream);
            }

            return 0;
        }
        catch (CentralAsiaJsonException invalid)
        {
            error.WriteLine($"{data?.Name}: the dataset is not valid ({invalid.Errors.Length} errors):");
            foreach (var e in invalid.Errors)
            {
                error.WriteLine($"  {data?.Name}:{e.Line}  {e.Path}  {e.Code}  {e.Message}");
            }

            return 1;
        }
        catch (BriefingException problem)
        {
            error.WriteLine(problem.Message);
            return 1;
        }
        catch (IOException io)
        {
            error.WriteLine(io.Message);
            return 2;
        }
        catch (UnauthorizedAccessException denied)
        {
            error.WriteLine(denied.Message);
            return 2;
        }
    }

    private static CentralAsiaDataset Load(FileInfo file) => CentralAsiaJson.Deserialize<CentralAsiaDataset>(File.ReadAllBytes(file.FullName));
}
