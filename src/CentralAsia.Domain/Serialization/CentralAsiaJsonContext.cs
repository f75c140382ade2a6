using System.Text.Json.Serialization;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;

namespace CentralAsia.Domain.Serialization;

/// <summary>
/// The source-generated metadata that lets System.Text.Json (in the caller's own options, ASP.NET
/// included) read and write the records — no reflection. Each record names its strict converter
/// with <c>[JsonConverter]</c>, so no generated property metadata can bypass validation.
/// </summary>
[JsonSerializable(typeof(CentralAsiaDataset))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(Country))]
[JsonSerializable(typeof(Leader))]
[JsonSerializable(typeof(TradeFlow))]
[JsonSerializable(typeof(InfrastructureProject))]
[JsonSerializable(typeof(Summit))]
[JsonSerializable(typeof(SummitDeclaration))]
[JsonSerializable(typeof(Source[]))]
[JsonSerializable(typeof(Country[]))]
[JsonSerializable(typeof(Leader[]))]
[JsonSerializable(typeof(TradeFlow[]))]
[JsonSerializable(typeof(InfrastructureProject[]))]
[JsonSerializable(typeof(Summit[]))]
[JsonSerializable(typeof(SummitDeclaration[]))]
internal sealed partial class CentralAsiaJsonContext : JsonSerializerContext
{
}
