// Exercises the JSON API the way an app would, in a Native AOT binary: write, read back, validate a
// bad document, stream JSON Lines, and use the records through System.Text.Json's own serializer.
using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;

var flow = new TradeFlow(
    CountryCode.China, TradePartner.Of(CountryCode.Kazakhstan), FlowDirection.Turnover, TradePeriod.ForYear(2022),
    Money.Parse("31200000000 USD"), citations: [SourceId.Parse("s20")]);
var source = new CentralAsia.Domain.Sources.Source(SourceId.Parse("s20"), "nCa (citing Kazinform)", "Kazakhstan-China trade turnover in 2022 exceeded USD 31 billion",
    new Uri("https://www.newscentralasia.net/2023/01/20/kazakhstan-china-trade-turnover-in-2022-exceeded-usd-31-billion/"));
var dataset = new CentralAsiaDataset(sources: [source], tradeFlows: [flow]);

var bytes = CentralAsiaJson.SerializeToUtf8Bytes(dataset);
var roundTrip = CentralAsiaJson.Deserialize<CentralAsiaDataset>(bytes);
Console.WriteLine($"round trip: {(roundTrip == dataset ? "equal" : "DIFFERENT")}");

var bad = """{"schemaVersion":"1.0","tradeFlows":[{"reporter":"ZZ","partner":"KZ","direction":"up","period":"2022-13","value":{"amount":-1,"currency":"USD"}}]}""";
foreach (var error in CentralAsiaJson.Validate(Encoding.UTF8.GetBytes(bad)))
{
    Console.WriteLine($"error: {error.Path} {error.Code}");
}

using var lines = new MemoryStream();
CentralAsiaJson.SerializeLines(lines, Enumerable.Repeat(flow, 3));
lines.Position = 0;
var count = 0;
await foreach (var _ in CentralAsiaJson.DeserializeLinesAsync<TradeFlow>(lines))
{
    count++;
}

Console.WriteLine($"json lines: {count} records");

// In an AOT app, take the JsonTypeInfo from the resolver instead of the reflection-based overloads.
var options = new JsonSerializerOptions { TypeInfoResolver = CentralAsiaJson.TypeInfoResolver };
var typeInfo = (JsonTypeInfo<TradeFlow>)options.GetTypeInfo(typeof(TradeFlow));
var stj = JsonSerializer.Serialize(flow, typeInfo);
Console.WriteLine($"system.text.json: {(JsonSerializer.Deserialize(stj, typeInfo) == flow ? "equal" : "DIFFERENT")}");
Console.WriteLine($"schema: {CentralAsiaJson.GetSchema().Length > 1000}");

// The value types inside an app's own DTO, through the app's own source-generated context.
var order = new Shipment(TradePartner.Parse("KG+KZ"), Money.Parse("1.50 USD"), TradePeriod.Parse("2022-05"), [CountryCode.Kazakhstan, CountryCode.Uzbekistan],
    new Dictionary<CountryCode, Quantity> { [CountryCode.China] = Quantity.Parse("30 bcm/yr") }, flow);
var dto = JsonSerializer.Serialize(order, AppJsonContext.Default.Shipment);
Console.WriteLine($"user dto: {(JsonSerializer.Deserialize(dto, AppJsonContext.Default.Shipment) is { } back && back.Price == order.Price && back.Partner == order.Partner && back.Route == order.Route && back.Flow == flow && back.Volumes[CountryCode.China] == order.Volumes[CountryCode.China] ? "equal" : "DIFFERENT")}");
try
{
    JsonSerializer.Deserialize("""{"Partner":"KZ+KG"}""", AppJsonContext.Default.Shipment);
}
catch (CentralAsiaJsonException e)
{
    Console.WriteLine($"user dto error: {e.Path} {e.Errors[0].Code}");
}

/// <summary>An app's own type holding the library's values.</summary>
internal sealed record Shipment(TradePartner Partner, Money Price, TradePeriod Period, EquatableArray<CountryCode> Route, Dictionary<CountryCode, Quantity> Volumes, TradeFlow? Flow);

/// <summary>The app's own context: it lists only its own type.</summary>
[JsonSerializable(typeof(Shipment))]
internal sealed partial class AppJsonContext : JsonSerializerContext;
