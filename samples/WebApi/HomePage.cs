using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;

namespace WebApi;

/// <summary>A small HTML page: the summit, its participants and China's trade with each partner as a bar chart.</summary>
internal static class HomePage
{
    public static string Render(CentralAsiaDataset data)
    {
        var summit = data.Summits[0];
        var year = TradePeriod.ForYear(summit.Start.Year - 1);
        var breakdown = data.ToTradeLedger().Breakdown(summit.Host, year, CountryCode.CentralAsia);
        var max = breakdown.Partners.IsEmpty ? 1m : breakdown.Partners.Max(p => p.Total.Value.Amount);
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(summit.Name)).Append("</title>")
            .Append("<style>body{font-family:Helvetica,Arial,sans-serif;max-width:760px;margin:2em auto;color:#1a202c}")
            .Append(".bar{background:#2b6cb0;height:22px;display:inline-block;vertical-align:middle}.est{background:#9ecae1}")
            .Append("td{padding:4px 8px}</style></head><body>");
        html.Append("<h1>").Append(E(summit.Name)).Append("</h1><p>").Append(E(summit.City)).Append(", ")
            .Append(summit.Start.ToString("d MMMM", CultureInfo.InvariantCulture)).Append('–').Append(summit.End.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append("</p>");
        html.Append("<h2>Participants</h2><ul>");
        foreach (var id in summit.Participants)
        {
            var leader = data.Leaders.Single(l => l.Id == id);
            html.Append("<li>").Append(E(leader.Name.Preferred)).Append(" (").Append(E(leader.Country.EnglishName)).Append(")</li>");
        }

        html.Append("</ul><h2>China's trade with each partner, ").Append(year.Year).Append(" (US$ bn)</h2><table>");
        foreach (var row in breakdown.Partners)
        {
            var width = (int)(400m * row.Total.Value.Amount / max);
            html.Append("<tr><td>").Append(E(row.Total.Partner.Countries[0].EnglishName)).Append("</td><td><span class=\"bar")
                .Append(row.Total.Estimated ? " est" : string.Empty).Append("\" style=\"width:").Append(width).Append("px\"></span> ")
                .Append((row.Total.Value.Amount / 1e9m).ToString("0.00", CultureInfo.InvariantCulture))
                .Append(" (").Append((row.Share * 100m).ToString("0.0", CultureInfo.InvariantCulture)).Append("%)</td></tr>");
        }

        html.Append("</table><p>Light bars are estimates. Data: CentralAsia.Domain reference dataset; endpoints: ")
            .Append("<code>/countries</code>, <code>/leaders?at=</code>, <code>/trade?year=&amp;reporter=&amp;partner=</code>, ")
            .Append("<code>/projects?country=&amp;status=&amp;at=</code>, <code>/declarations</code>, <code>POST /validate</code>; ")
            .Append("the <a href=\"/reference\">API reference</a>.</p>");

        // Paste a dataset and see every error: the page posts it to /validate and lists the problem's errors
        // (built with textContent, never innerHTML, so a document's text cannot inject markup).
        html.Append("<h2>Check a dataset</h2><textarea id=\"document\" rows=\"8\" cols=\"80\" aria-label=\"Dataset JSON\"></textarea>")
            .Append("<p><button id=\"check\" type=\"button\">Validate</button> <span id=\"verdict\" role=\"status\"></span></p><ol id=\"errors\"></ol>")
            .Append("<script>document.getElementById('check').addEventListener('click',async()=>{")
            .Append("const list=document.getElementById('errors'),verdict=document.getElementById('verdict');list.replaceChildren();verdict.textContent='Checking…';")
            .Append("const response=await fetch('/validate',{method:'POST',headers:{'Content-Type':'application/json'},body:document.getElementById('document').value});")
            .Append("const body=await response.json();if(response.ok){verdict.textContent='Valid: '+body.tradeFlows+' trade flows, '+body.sources+' sources.';return;}")
            .Append("verdict.textContent=body.title+' '+(body.detail||'');for(const e of body.errors||[]){const item=document.createElement('li');")
            .Append("item.textContent=e.code+' at '+(e.pointer||'(root)')+(e.line?' (line '+e.line+')':'')+': '+e.message;list.appendChild(item);}});</script></body></html>");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
