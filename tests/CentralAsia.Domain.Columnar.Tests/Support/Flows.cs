using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CentralAsia.Domain.Columnar.Tests.Support;

internal static class Flows
{
    private static readonly CountryCode[] Countries = CountryCode.All.Take(60).Concat(CountryCode.CentralAsia).Append(CountryCode.China).Distinct().ToArray();

    // Deterministic monthly flows: for each (reporter, partner, year) drawn, all twelve months, export and import, so
    // every year has a total in the ledger (its sum of months). Amounts have cents; every tenth flow cites two sources.
    internal static IEnumerable<TradeFlow> Generate(int count, int seed = 20230519)
    {
        var random = new Random(seed);
        var seen = new HashSet<(CountryCode, CountryCode, int)>();
        var made = 0;
        while (made < count)
        {
            var reporter = Countries[random.Next(Countries.Length)];
            var partner = Countries[random.Next(Countries.Length)];
            var year = 1995 + random.Next(30);
            if (reporter == partner || !seen.Add((reporter, partner, year)))
            {
                continue;
            }

            for (var month = 1; month <= 12 && made < count; month++)
            {
                foreach (var direction in new[] { FlowDirection.Export, FlowDirection.Import })
                {
                    // The flow for all goods, and now and then a commodity flow beside it (detail: it never adds to a total).
                    foreach (var commodity in random.Next(50) == 0 ? new HsCode?[] { null, HsCode.Parse("H6:2711") } : [null])
                    {
                        if (made++ == count)
                        {
                            yield break;
                        }

                        var amount = new decimal(random.NextInt64(1, 50_000_000_000)) / 100m;
                        var estimated = random.Next(20) == 0;
                        var source = SourceId.Parse("comtrade-" + (1 + random.Next(40)).ToString(CultureInfo.InvariantCulture));
                        yield return new TradeFlow(
                            reporter, TradePartner.Of(partner), direction, TradePeriod.ForMonth(year, month), new Money(amount, CurrencyCode.Usd),
                            direction == FlowDirection.Import ? Valuation.Cif : Valuation.Fob, commodity,
                            estimated, estimated ? "Derived from the partner's figure." : null,
                            random.Next(10) == 0 ? [source, SourceId.Parse("customs-" + year.ToString(CultureInfo.InvariantCulture))] : [source]);
                    }
                }
            }
        }
    }

    // Any valid flow of the core's generators whose amount fits the value column's scale (six decimal places).
    internal static Gen<TradeFlow> Representable { get; } =
        DomainGen.TradeFlow.Select(f => f.With(value: new Money(decimal.Round(f.Value.Amount, 6), f.Value.Currency)).Value);

    internal static async Task<byte[]> ToParquetAsync(IEnumerable<TradeFlow> flows, ParquetWriteOptions? options = null)
    {
        using var stream = new MemoryStream();
        await TradeFlowParquet.WriteAsync(stream, flows.ToAsyncEnumerable(), options, TestContext.Current.CancellationToken);
        return stream.ToArray();
    }

    internal static async Task<List<TradeFlow>> FromParquetAsync(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return await TradeFlowParquet.ReadAsync(stream, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
    }

    internal static async Task<List<ColumnarError>> ErrorsOfAsync(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return await TradeFlowParquet.ValidateAsync(stream, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
    }

    internal static CancellationToken Token => TestContext.Current.CancellationToken;
}
