using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace CentralAsia.Tool.Brief;

/// <summary>
/// Trade by partner as SVG, written with XmlWriter so it is always well formed: a horizontal bar chart of the year
/// before the summit and, when the dataset has more than one year, a line chart over time — one colour per partner,
/// China's figures solid and the partner's own dashed.
/// </summary>
internal static class SvgChart
{
    private const int BarHeight = 28;
    private const int Gap = 12;
    private const int LabelWidth = 130;
    private const int PlotWidth = 440;
    private const int Top = 56;
    private const int LinePanelHeight = 300;
    private const int LinePlotLeft = 70;
    private const int LinePlotWidth = 440;
    private const int LinePlotHeight = 200;
    private static readonly string[] Palette = ["#2b6cb0", "#c05621", "#2f855a", "#6b46c1", "#b83280", "#4a5568"];

    public static void Write(Briefing b, Stream output)
    {
        var max = b.Trade.Count == 0 ? 1m : b.Trade.Max(t => t.ValueBillions);
        var barsHeight = Top + (b.Trade.Count * (BarHeight + Gap)) + 36;
        var withLines = b.SeriesYears.Count > 1;
        var height = barsHeight + (withLines ? LinePanelHeight : 0);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var w = XmlWriter.Create(output, settings);
        const string ns = "http://www.w3.org/2000/svg";
        w.WriteStartElement("svg", ns);
        w.WriteAttributeString("width", "680");
        w.WriteAttributeString("height", Num(height));
        w.WriteAttributeString("viewBox", $"0 0 680 {Num(height)}");
        w.WriteAttributeString("font-family", "Helvetica, Arial, sans-serif");
        w.WriteAttributeString("role", "img");
        w.WriteElementString("title", ns, $"{b.TradeReporter}'s trade with each partner, {b.TradeYear} (US$ bn)");
        Text(w, ns, 20, 30, $"{b.TradeReporter}'s trade with each partner, {b.TradeYear}", "18", "bold", "start");
        Text(w, ns, 20, 48, $"US$ billion, {b.TradeReporter}'s statistics; total {Money(b.TradeTotalBillions)}", "12", "normal", "start");

        for (var i = 0; i < b.Trade.Count; i++)
        {
            var t = b.Trade[i];
            var y = Top + (i * (BarHeight + Gap));
            var width = max == 0m ? 0m : PlotWidth * t.ValueBillions / max;
            Text(w, ns, LabelWidth - 10, y + 19, t.Partner, "13", "normal", "end");
            w.WriteStartElement("rect", ns);
            w.WriteAttributeString("class", "bar");
            w.WriteAttributeString("x", Num(LabelWidth));
            w.WriteAttributeString("y", Num(y));
            w.WriteAttributeString("width", Num(width));
            w.WriteAttributeString("height", Num(BarHeight));
            w.WriteAttributeString("fill", t.Estimated ? "#9ecae1" : "#2b6cb0");
            w.WriteElementString("title", ns, $"{t.Partner}: {Money(t.ValueBillions)}{(t.Estimated ? " (estimated)" : string.Empty)}");
            w.WriteEndElement();
            Text(w, ns, LabelWidth + (double)width + 8, y + 19, $"{Money(t.ValueBillions)} ({(t.Share * 100m).ToString("0.0", CultureInfo.InvariantCulture)}%){(t.Estimated ? " est." : string.Empty)}", "12", "normal", "start");
        }

        Text(w, ns, 20, barsHeight - 12, "Light bars are estimates derived by arithmetic. Source: CentralAsia.Domain reference dataset.", "11", "normal", "start");
        if (withLines)
        {
            Lines(w, ns, b, barsHeight);
        }

        w.WriteEndElement();
    }

    private static void Lines(XmlWriter w, string ns, Briefing b, int top)
    {
        Text(w, ns, 20, top + 24, $"{b.TradeReporter}'s trade with each partner over time", "18", "bold", "start");
        Text(w, ns, 20, top + 42, $"US$ billion; solid: {b.TradeReporter}'s statistics, dashed with open markers: the partner's own", "12", "normal", "start");
        var plotTop = top + 60;
        var max = b.TradeSeries.SelectMany(r => r.Values).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(1m).Max();
        var years = b.SeriesYears;
        decimal X(int i) => LinePlotLeft + (years.Count == 1 ? 0 : LinePlotWidth * i / (decimal)(years.Count - 1));
        decimal Y(decimal value) => plotTop + LinePlotHeight - (max == 0m ? 0 : LinePlotHeight * value / max);

        Line(w, ns, LinePlotLeft, plotTop + LinePlotHeight, LinePlotLeft + LinePlotWidth, plotTop + LinePlotHeight, "axis");
        Line(w, ns, LinePlotLeft, plotTop, LinePlotLeft, plotTop + LinePlotHeight, "axis");
        Text(w, ns, LinePlotLeft - 6, (double)plotTop + 4, Money(max), "11", "normal", "end");
        Line(w, ns, LinePlotLeft, plotTop + (LinePlotHeight / 2), LinePlotLeft + LinePlotWidth, plotTop + (LinePlotHeight / 2), "grid", "#e2e8f0");
        Text(w, ns, LinePlotLeft - 6, plotTop + (LinePlotHeight / 2) + 4, Money(max / 2), "11", "normal", "end");
        Text(w, ns, LinePlotLeft - 6, plotTop + LinePlotHeight + 4, "0", "11", "normal", "end");
        for (var i = 0; i < years.Count; i++)
        {
            Text(w, ns, (double)X(i), plotTop + LinePlotHeight + 18, years[i].ToString(CultureInfo.InvariantCulture), "11", "normal", "middle");
        }

        var partners = b.TradeSeries.Select(r => r.Code).Distinct().ToList();
        foreach (var row in b.TradeSeries)
        {
            var colour = Palette[partners.IndexOf(row.Code) % Palette.Length];
            var own = row.Side == row.Partner;
            var points = row.Values.Select((v, i) => (v, i)).Where(p => p.v is not null).Select(p => (X: X(p.i), Y: Y(p.v!.Value), Year: years[p.i], Value: p.v!.Value)).ToArray();
            w.WriteStartElement("polyline", ns);
            w.WriteAttributeString("class", own ? "series partner" : "series reporter");
            w.WriteAttributeString("data-partner", row.Code);
            w.WriteAttributeString("points", string.Join(" ", points.Select(p => $"{Num(p.X)},{Num(p.Y)}")));
            w.WriteAttributeString("fill", "none");
            w.WriteAttributeString("stroke", colour);
            w.WriteAttributeString("stroke-width", "2");
            if (own)
            {
                w.WriteAttributeString("stroke-dasharray", "6 4");
            }

            w.WriteElementString("title", ns, $"{row.Partner}, {row.Side}'s figures: " + string.Join(", ", points.Select(p => $"{p.Year} {Money(p.Value)}")));
            w.WriteEndElement();

            // A marker on every figure: a series with one year (Kazakhstan's own, 2022) is a point, not an invisible line.
            foreach (var point in points)
            {
                w.WriteStartElement("circle", ns);
                w.WriteAttributeString("class", "point");
                w.WriteAttributeString("cx", Num(point.X));
                w.WriteAttributeString("cy", Num(point.Y));
                w.WriteAttributeString("r", "3.5");
                w.WriteAttributeString("fill", own ? "#ffffff" : colour);
                w.WriteAttributeString("stroke", colour);
                w.WriteAttributeString("stroke-width", "2");
                w.WriteElementString("title", ns, $"{row.Partner} {point.Year}, {row.Side}'s figure: {Money(point.Value)}");
                w.WriteEndElement();
            }
        }

        // The legend: one entry per partner, in the series' order, beside the plot.
        for (var i = 0; i < partners.Count; i++)
        {
            var row = b.TradeSeries.First(r => r.Code == partners[i]);
            var y = plotTop + 8 + (i * 20);
            Line(w, ns, LinePlotLeft + LinePlotWidth + 20, y, LinePlotLeft + LinePlotWidth + 44, y, "legend", Palette[i % Palette.Length]);
            Text(w, ns, LinePlotLeft + LinePlotWidth + 50, y + 4, row.Partner, "12", "normal", "start");
        }
    }

    private static void Line(XmlWriter w, string ns, decimal x1, decimal y1, decimal x2, decimal y2, string cssClass, string colour = "#a0aec0")
    {
        w.WriteStartElement("line", ns);
        w.WriteAttributeString("class", cssClass);
        w.WriteAttributeString("x1", Num(x1));
        w.WriteAttributeString("y1", Num(y1));
        w.WriteAttributeString("x2", Num(x2));
        w.WriteAttributeString("y2", Num(y2));
        w.WriteAttributeString("stroke", colour);
        w.WriteAttributeString("stroke-width", "2");
        w.WriteEndElement();
    }

    private static void Text(XmlWriter w, string ns, double x, double y, string text, string size, string weight, string anchor)
    {
        w.WriteStartElement("text", ns);
        w.WriteAttributeString("x", Num((decimal)x));
        w.WriteAttributeString("y", Num((decimal)y));
        w.WriteAttributeString("font-size", size);
        w.WriteAttributeString("font-weight", weight);
        w.WriteAttributeString("text-anchor", anchor);
        w.WriteAttributeString("fill", "#1a202c");
        w.WriteString(text);
        w.WriteEndElement();
    }

    private static string Num(decimal value) => decimal.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    private static string Money(decimal billions) => billions.ToString("0.00", CultureInfo.InvariantCulture);
}
