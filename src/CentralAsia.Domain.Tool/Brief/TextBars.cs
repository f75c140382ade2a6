using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CentralAsia.Tool.Brief;

/// <summary>A horizontal bar chart in text: every value above zero gets at least one block, so no partner disappears.</summary>
internal static class TextBars
{
    internal static IEnumerable<string> Lines(IReadOnlyList<(string Label, decimal Value)> items, int width)
    {
        var max = items.Count == 0 ? 0m : items.Max(i => i.Value);
        var labelWidth = items.Count == 0 ? 0 : items.Max(i => i.Label.Length);
        foreach (var (label, value) in items)
        {
            var blocks = max <= 0m || value <= 0m ? 0 : Math.Max(1, (int)Math.Round(width * value / max, MidpointRounding.AwayFromZero));
            yield return $"{label.PadLeft(labelWidth)}  {new string('█', blocks)} {value.ToString("0.00", CultureInfo.InvariantCulture)}";
        }
    }
}
