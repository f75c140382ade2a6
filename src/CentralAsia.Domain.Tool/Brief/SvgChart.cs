using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace CentralAsia.Tool.Brief;

/// <summary>A horizontal bar chart of trade by partner as SVG, written with XmlWriter so it is always well formed.</summary>
internal static class SvgChart
{
    private const int BarHeight = 28;
    private const int Gap = 12;
    private const int LabelWidth = 130;
    private const int PlotWidth = 440;
    private const int Top = 56;

    public static void Write(Briefing b, Stream output)
    {
        var max = b.Trade.Count == 0 ? 1m : b.Trade.Max(t => t.ValueBillions);
        var height = Top + (b.Trade.Count * (BarHeight + Gap)) + 36;
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

        Text(w, ns, 20, height - 12, "Light bars are estimates derived by arithmetic. Source: CentralAsia.Domain reference dataset.", "11", "normal", "start");
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
