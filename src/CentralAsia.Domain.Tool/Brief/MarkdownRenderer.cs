using System.Globalization;
using System.IO;
using System.Linq;

namespace CentralAsia.Tool.Brief;

/// <summary>The briefing as Markdown, for a report or a wiki page.</summary>
internal static class MarkdownRenderer
{
    public static void Write(Briefing b, TextWriter o)
    {
        o.WriteLine($"# {b.Summit} — {b.City}, {b.Host}, {b.Dates}");
        o.WriteLine();
        o.WriteLine($"As of {b.AsOf}.");
        o.WriteLine();
        o.WriteLine("## Participants");
        o.WriteLine();
        o.WriteLine($"| Leader | Country | Office at the summit | On {b.AsOf} |");
        o.WriteLine("|---|---|---|---|");
        foreach (var p in b.Participants)
        {
            o.WriteLine($"| {Cell(p.Name)} | {Cell(p.Country)} | {Cell(p.Office)} | {Cell(p.OnAsOfDate)} |");
        }

        o.WriteLine();
        if (b.Documents.Count > 0)
        {
            o.WriteLine("## Documents");
            o.WriteLine();
            foreach (var d in b.Documents)
            {
                o.WriteLine($"- *{d.Title}*, adopted {d.Adopted}, {d.Signatories} signatories");
            }

            o.WriteLine();
        }

        var several = b.Documents.Count > 1;
        o.WriteLine("## Commitments by theme");
        foreach (var group in b.Commitments)
        {
            o.WriteLine();
            o.WriteLine($"### {group.Theme}");
            o.WriteLine();
            foreach (var c in group.Items)
            {
                o.WriteLine($"- *{c.Strength}*: {c.Text}" + (c.Projects.Count > 0 ? $" (projects: {string.Join(", ", c.Projects)})" : string.Empty) + (several ? $" — {c.Document}" : string.Empty));
            }
        }

        if (b.Quotes.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("## Quotes");
            o.WriteLine();
            foreach (var q in b.Quotes)
            {
                o.WriteLine($"> {q.Words}");
                o.WriteLine(">");
                o.WriteLine($"> — {q.Speaker}");
                o.WriteLine();
            }
        }

        o.WriteLine();
        o.WriteLine($"## {b.TradeReporter}'s trade with each partner, {b.TradeYear}");
        o.WriteLine();
        o.WriteLine($"US$ billion, {b.TradeReporter}'s statistics; the partner's own figure beside it where known.");
        o.WriteLine();
        o.WriteLine("| Partner | Value | Share | Growth | Partner's own figure |");
        o.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var t in b.Trade)
        {
            o.WriteLine($"| {Cell(t.Partner)} | {N(t.ValueBillions)}{(t.Estimated ? " (est.)" : string.Empty)} | {P(t.Share)} | {(t.Growth is { } g ? (g >= 0 ? "+" : string.Empty) + P(g) : "–")} | {(t.MirrorBillions is { } m ? N(m) : "–")} |");
        }

        o.WriteLine($"| **Total** | **{N(b.TradeTotalBillions)}** | 100.0% | | {(b.PublishedTotalBillions is { } pub ? $"published total {N(pub)}" : string.Empty)} |");
        o.WriteLine();
        if (b.SeriesYears.Count > 1)
        {
            o.WriteLine($"## {b.TradeReporter}'s trade with each partner over time");
            o.WriteLine();
            o.WriteLine("US$ billion; * estimated; – not published. Each partner's own statistics on the line below China's, where it publishes them.");
            o.WriteLine();
            o.WriteLine($"| Partner | Whose figures | {string.Join(" | ", b.SeriesYears)} |");
            o.WriteLine($"|---|---|{string.Concat(b.SeriesYears.Select(_ => "---:|"))}");
            foreach (var row in b.TradeSeries)
            {
                o.WriteLine($"| {Cell(row.Partner)} | {Cell(row.Side)} | {string.Join(" | ", row.Values.Select((v, i) => v is { } value ? N(value) + (row.Estimated[i] ? "*" : string.Empty) : "–"))} |");
            }

            o.WriteLine();
        }

        o.WriteLine($"## Projects on {b.AsOf}");
        o.WriteLine();
        o.WriteLine("| Project | Kind | Route | Status | Since |");
        o.WriteLine("|---|---|---|---|---|");
        foreach (var p in b.Projects)
        {
            o.WriteLine($"| {Cell(p.Name)} | {p.Kind} | {Cell(p.Route)} | {Cell(p.Status)} | {p.Since} |");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", System.StringComparison.Ordinal);

    private static string N(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string P(decimal value) => (value * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
