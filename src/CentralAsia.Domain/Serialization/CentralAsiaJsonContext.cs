using System.Text.Json.Serialization;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Serialization.Converters;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;

namespace CentralAsia.Domain.Serialization;

/// <summary>
/// The source-generated metadata that lets System.Text.Json (in the caller's own options, ASP.NET
/// included) read and write the records with this library's converters — no reflection.
/// </summary>
[JsonSourceGenerationOptions(
    Converters =
    [
        typeof(CentralAsiaDatasetConverter), typeof(SourceConverter), typeof(CountryConverter), typeof(LeaderConverter), typeof(PersonNameConverter),
        typeof(NameAliasConverter), typeof(TermConverter), typeof(TradeFlowConverter), typeof(InfrastructureProjectConverter), typeof(StatusChangeConverter),
        typeof(SummitConverter), typeof(SummitDeclarationConverter), typeof(CommitmentConverter), typeof(QuoteConverter),
    ])]
[JsonSerializable(typeof(CentralAsiaDataset))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(Country))]
[JsonSerializable(typeof(Leader))]
[JsonSerializable(typeof(TradeFlow))]
[JsonSerializable(typeof(InfrastructureProject))]
[JsonSerializable(typeof(Summit))]
[JsonSerializable(typeof(SummitDeclaration))]
[JsonSerializable(typeof(TradeFlow[]))]
internal sealed partial class CentralAsiaJsonContext : JsonSerializerContext
{
}
