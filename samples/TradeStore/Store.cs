using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.EntityFrameworkCore;
using CentralAsia.Domain.EntityFrameworkCore.Rows;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace TradeStore;

/// <summary>The sample's work: store the reference dataset, query it in SQL, load it back.</summary>
public static class Store
{
    /// <summary>Runs the sample on a SQLite database in <paramref name="file"/>, writing what it does to <paramref name="output"/>.</summary>
    public static async Task<int> RunAsync(string file, TextWriter output)
    {
        var options = new DbContextOptionsBuilder<TradeContext>().UseSqlite($"Data Source={file}").Options;
        await using (var db = new TradeContext(options))
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.EnsureCreatedAsync();
            db.AddDataset(ReferenceData.XianSummit2023);
            var written = await db.SaveChangesAsync();
            await output.WriteLineAsync($"Stored the reference dataset in {file}: {written} rows.");
        }

        await using (var db = new TradeContext(options))
        {
            var usd = CurrencyCode.Parse("USD");
            var query = db.Set<TradeFlowRow>()
                .Where(f => f.Reporter == CountryCode.China && f.Period == TradePeriod.ForYear(2022) && f.Direction == FlowDirection.Turnover
                    && f.Currency == usd && f.Commodity == null)
                .GroupBy(f => f.Partner)
                .Select(g => new { Partner = g.Key!, Value = g.Sum(f => f.Amount), Estimated = g.Any(f => f.Estimated) })
                .OrderByDescending(p => p.Value);

            await output.WriteLineAsync();
            await output.WriteLineAsync("China's trade with each partner, 2022 (China's statistics, US$):");
            foreach (var row in await query.ToListAsync())
            {
                await output.WriteLineAsync($"  {row.Partner,-16} {row.Value,20:N0}{(row.Estimated ? " (est.)" : string.Empty)}");
            }

            await output.WriteLineAsync();
            await output.WriteLineAsync("The SQL that ran:");
            await output.WriteLineAsync(query.ToQueryString());

            // Reading back validates every row: the dataset comes out equal to what went in.
            var loaded = await db.LoadDatasetAsync();
            await output.WriteLineAsync();
            await output.WriteLineAsync($"Loaded back: {(loaded == ReferenceData.XianSummit2023 ? "equal to" : "DIFFERENT from")} the reference dataset.");
            return loaded == ReferenceData.XianSummit2023 ? 0 : 1;
        }
    }
}
