// The README's quick start, compiled against the packed NuGet package.
using System;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;

// China's customs and Kazakhstan's statistics disagree about 2022: keep both, each with its reporter.
var ledger = ReferenceData.XianSummit2023.ToTradeLedger();
var mirror = ledger.Mirror(CountryCode.China, CountryCode.Kazakhstan, TradePeriod.ForYear(2022));
Console.WriteLine($"China reports {mirror.First!.Value}, Kazakhstan {mirror.Second!.Value}: gap {mirror.Gap}");

// Bad input: every error, each with a code and a JSON Pointer, in one go.
var result = TradeFlow.TryCreate(CountryCode.Parse("KAZ"), TradePartner.Parse("KG+KZ"), FlowDirection.Export,
    TradePeriod.Parse("2022"), Money.Parse("-5 USD"), estimated: true);
foreach (var error in result.Errors)
{
    Console.WriteLine(error);
}
