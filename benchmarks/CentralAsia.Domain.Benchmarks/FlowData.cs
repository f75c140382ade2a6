using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Benchmarks;

/// <summary>Deterministic trade flows (fixed seed): realistic codes, periods, amounts with cents, a note now and then, citations.</summary>
public static class FlowData
{
    private static readonly CountryCode[] Countries = CountryCode.All.Take(60).Concat(CountryCode.CentralAsia).Append(CountryCode.China).Distinct().ToArray();

    public static TradeFlow[] Flows(int count)
    {
        var random = new Random(20230519);
        var flows = new List<TradeFlow>(count);
        var seen = new HashSet<(CountryCode, CountryCode, FlowDirection, TradePeriod)>();
        while (flows.Count < count)
        {
            var reporter = Countries[random.Next(Countries.Length)];
            var partner = Countries[random.Next(Countries.Length)];
            var direction = (FlowDirection)random.Next(1, 4);
            var period = TradePeriod.ForMonth(1995 + random.Next(30), 1 + random.Next(12));
            if (reporter == partner || !seen.Add((reporter, partner, direction, period)))
            {
                continue;
            }

            var amount = new decimal(random.NextInt64(1, 50_000_000_000)) / 100m;
            var estimated = random.Next(20) == 0;
            flows.Add(new TradeFlow(
                reporter, TradePartner.Of(partner), direction, period, new Money(amount, CurrencyCode.Usd),
                direction == FlowDirection.Import ? Valuation.Cif : Valuation.Fob, null, estimated,
                estimated ? "Derived from the partner's figure." : null,
                [SourceId.Parse("comtrade-" + (1 + random.Next(40)).ToString(System.Globalization.CultureInfo.InvariantCulture))]));
        }

        return [.. flows];
    }

    /// <summary>
    /// Flows streamed one at a time, for files larger than memory: the same shape as <see cref="Flows"/>, without the
    /// check that each (reporter, partner, direction, period) is new (a dataset rule, not a JSON Lines or Parquet one).
    /// </summary>
    public static IEnumerable<TradeFlow> Stream(long count)
    {
        var random = new Random(20230519);
        var sources = Enumerable.Range(1, 40).Select(i => SourceId.Parse("comtrade-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        for (long i = 0; i < count; i++)
        {
            var reporter = Countries[random.Next(Countries.Length)];
            var partner = Countries[random.Next(Countries.Length - 1)];
            partner = partner == reporter ? Countries[^1] : partner;
            var direction = (FlowDirection)random.Next(1, 4);
            var amount = new decimal(random.NextInt64(1, 50_000_000_000)) / 100m;
            var estimated = random.Next(20) == 0;
            yield return new TradeFlow(
                reporter, TradePartner.Of(partner), direction, TradePeriod.ForMonth(1995 + random.Next(30), 1 + random.Next(12)), new Money(amount, CurrencyCode.Usd),
                direction == FlowDirection.Import ? Valuation.Cif : Valuation.Fob, null, estimated,
                estimated ? "Derived from the partner's figure." : null, [sources[random.Next(sources.Length)]]);
        }
    }

    public static CentralAsiaDataset Dataset(int count) => new(tradeFlows: EquatableArray.Create<TradeFlow>(Flows(count)), sources: EquatableArray.From(Enumerable.Range(1, 40).Select(i =>
        new CentralAsia.Domain.Sources.Source(SourceId.Parse("comtrade-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), "UN Comtrade", "Extract " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), new Uri("https://comtradeplus.un.org/")))));

    public static byte[] DocumentBytes(int count) => CentralAsiaJson.SerializeToUtf8Bytes(Dataset(count));
}

/// <summary>The same document as plain, unvalidated DTOs: what System.Text.Json or Newtonsoft would give without this library.</summary>
public sealed class DocumentDto
{
    public string? SchemaVersion { get; set; }

    public List<SourceDto>? Sources { get; set; }

    public List<FlowDto>? TradeFlows { get; set; }
}

public sealed class SourceDto
{
    public string? Id { get; set; }

    public string? Publisher { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }
}

public sealed class FlowDto
{
    public string? Reporter { get; set; }

    public string? Partner { get; set; }

    public string? Direction { get; set; }

    public string? Period { get; set; }

    public MoneyDto? Value { get; set; }

    public string? Valuation { get; set; }

    public string? Commodity { get; set; }

    public bool? Estimated { get; set; }

    public string? Note { get; set; }

    public List<string>? Citations { get; set; }
}

public sealed class MoneyDto
{
    public decimal Amount { get; set; }

    public string? Currency { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(DocumentDto))]
public sealed partial class DtoContext : JsonSerializerContext
{
}
