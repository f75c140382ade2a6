using System.Globalization;
using System.IO;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CentralAsia.Tool.Brief;

/// <summary>The briefing for a terminal: tables and a bar chart drawn by Spectre.Console.</summary>
internal static class TextRenderer
{
    public static void Write(Briefing b, TextWriter output)
    {
        // A console of fixed width and no colour when the output is not a terminal, so the text is stable.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 110;

        console.Write(new Rule($"{b.Summit} — {b.City}, {b.Host} — {b.Dates}").LeftJustified());
        console.WriteLine($"As of {b.AsOf}.");
        console.WriteLine();

        var participants = new Table().Title("Participants").AddColumns("Leader", "Country", "Office at the summit", $"On {b.AsOf}");
        foreach (var p in b.Participants)
        {
            participants.AddRow(Escape(p.Name), Escape(p.Country), Escape(p.Office), Escape(p.OnAsOfDate));
        }

        console.Write(participants);

        foreach (var d in b.Documents)
        {
            console.WriteLine($"Adopted {d.Adopted}, signed by {d.Signatories}: {d.Title}");
        }

        var several = b.Documents.Count > 1;
        var commitments = new Tree(several ? "Commitments of the summit's documents, by theme" : "Commitments of the declaration, by theme");
        foreach (var group in b.Commitments)
        {
            var node = commitments.AddNode($"{Escape(group.Theme)} ({group.Items.Count})");
            foreach (var c in group.Items)
            {
                node.AddNode(Escape($"[{c.Strength}] {c.Text}" + (c.Projects.Count > 0 ? $" — projects: {string.Join(", ", c.Projects)}" : string.Empty) + (several ? $" ({c.Document})" : string.Empty)));
            }
        }

        console.Write(commitments);
        console.WriteLine();
        foreach (var q in b.Quotes)
        {
            console.WriteLine(Escape($"{q.Speaker}: \u201c{q.Words}\u201d"));
        }

        if (b.Quotes.Count > 0)
        {
            console.WriteLine();
        }

        var trade = new Table().Title($"{b.TradeReporter}'s trade with each partner, {b.TradeYear} (US$ bn, {b.TradeReporter}'s statistics)")
            .AddColumns("Partner", "Value", "Share", "Growth", "Partner's own figure");
        foreach (var t in b.Trade)
        {
            trade.AddRow(
                Escape(t.Partner),
                Number(t.ValueBillions) + (t.Estimated ? " (est.)" : string.Empty),
                Percent(t.Share),
                t.Growth is { } g ? (g >= 0 ? "+" : string.Empty) + Percent(g) : "–",
                t.MirrorBillions is { } m ? Number(m) : "–");
        }

        trade.AddRow("Total", Number(b.TradeTotalBillions), "100.0%", string.Empty, b.PublishedTotalBillions is { } published ? $"published total: {Number(published)}" : string.Empty);
        console.Write(trade);

        // Drawn here, not with Spectre's BarChart, which gave a small partner (Tajikistan, 2.56 of 31.20) no bar at all.
        console.WriteLine($"{b.TradeReporter}'s trade {b.TradeYear}, US$ bn");
        foreach (var line in TextBars.Lines(b.Trade.Select(t => (t.Partner, t.ValueBillions)).ToArray(), 60))
        {
            console.WriteLine(line);
        }

        console.WriteLine();

        if (b.SeriesYears.Count > 1)
        {
            var series = new Table().Title($"{b.TradeReporter}'s trade over time (US$ bn; * estimated)")
                .AddColumns(["Partner", "Whose figures", .. b.SeriesYears.Select(y => y.ToString(CultureInfo.InvariantCulture))]);
            foreach (var row in b.TradeSeries)
            {
                series.AddRow([Escape(row.Partner), Escape(row.Side), .. row.Values.Select((v, i) => v is { } value ? Number(value) + (row.Estimated[i] ? "*" : string.Empty) : "–")]);
            }

            console.Write(series);
            console.WriteLine();
        }

        var projects = new Table().Title($"Projects on {b.AsOf}").AddColumns("Project", "Kind", "Route", "Status", "Since");
        foreach (var p in b.Projects)
        {
            projects.AddRow(Escape(p.Name), p.Kind, Escape(p.Route), Escape(p.Status), p.Since);
        }

        console.Write(projects);
    }

    private static string Escape(string text) => Markup.Escape(text);

    private static string Number(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Percent(decimal value) => (value * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
