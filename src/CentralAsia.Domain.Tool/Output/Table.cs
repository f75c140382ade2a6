using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CentralAsia.Tool.Output;

/// <summary>
/// Rows of text cells under headers, written as aligned text, a Markdown table, CSV (RFC 4180) or JSON (an array of
/// objects keyed by the headers in camelCase, inside <c>{"version": 1, "rows": […]}</c>): the one output of every query.
/// </summary>
internal sealed class Table(params string[] headers)
{
    /// <summary>The version of the JSON shape; it changes when a key is renamed or removed.</summary>
    internal const int JsonVersion = 1;

    private readonly List<string?[]> rows = [];

    internal IReadOnlyList<string> Headers => headers;

    internal int Count => rows.Count;

    internal void Add(params string?[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"A row has {headers.Length} cells.", nameof(cells));
        }

        rows.Add(cells);
    }

    internal void Write(TextWriter output, string format)
    {
        switch (format)
        {
            case "markdown": WriteMarkdown(output); break;
            case "csv": WriteCsv(output); break;
            case "json": WriteJson(output); break;
            default: WriteText(output); break;
        }
    }

    private void WriteText(TextWriter output)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => (r[i] ?? "–").Length))).ToArray();
        output.WriteLine(string.Join("  ", headers.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((c, i) => (c ?? "–").PadRight(widths[i]))).TrimEnd());
        }
    }

    private void WriteMarkdown(TextWriter output)
    {
        static string Cell(string? text) => (text ?? "–").Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
        output.WriteLine("| " + string.Join(" | ", headers.Select(Cell)) + " |");
        output.WriteLine("|" + string.Concat(headers.Select(_ => "---|")));
        foreach (var row in rows)
        {
            output.WriteLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
        }
    }

    private void WriteCsv(TextWriter output)
    {
        static string Field(string? text)
        {
            text ??= string.Empty;
            return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
        }

        output.Write(string.Join(",", headers.Select(Field)) + "\r\n");
        foreach (var row in rows)
        {
            output.Write(string.Join(",", row.Select(Field)) + "\r\n");
        }
    }

    private void WriteJson(TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", JsonVersion);
            json.WriteStartArray("rows");
            foreach (var row in rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < headers.Length; i++)
                {
                    var name = JsonNamingPolicy.CamelCase.ConvertName(headers[i].Replace(" ", string.Empty, StringComparison.Ordinal));
                    if (row[i] is { } cell)
                    {
                        json.WriteString(name, cell);
                    }
                    else
                    {
                        json.WriteNull(name);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    internal static string Number(decimal value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);
}
