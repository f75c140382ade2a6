using System.Text.Json.Serialization;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Serialization;

/// <summary>
/// The source-generated metadata that lets System.Text.Json (in the caller's own options, ASP.NET
/// included) read and write every type of the library — no reflection. Each type names its strict
/// converter with <c>[JsonConverter]</c>, so no generated property metadata can bypass validation.
/// </summary>
/// <remarks>The types listed here are those of <see cref="JsonTypes"/> (a test checks that the two agree),
/// plus arrays of the dataset's top-level records.</remarks>
[JsonSerializable(typeof(CentralAsiaDataset))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(Country))]
[JsonSerializable(typeof(Leader))]
[JsonSerializable(typeof(PersonName))]
[JsonSerializable(typeof(NameAlias))]
[JsonSerializable(typeof(Term))]
[JsonSerializable(typeof(Office))]
[JsonSerializable(typeof(TradeFlow))]
[JsonSerializable(typeof(InfrastructureProject))]
[JsonSerializable(typeof(StatusChange))]
[JsonSerializable(typeof(Summit))]
[JsonSerializable(typeof(SummitDeclaration))]
[JsonSerializable(typeof(Commitment))]
[JsonSerializable(typeof(Quote))]
[JsonSerializable(typeof(FinanceCommitment))]
[JsonSerializable(typeof(ValidationError))]
[JsonSerializable(typeof(TradeTotal))]
[JsonSerializable(typeof(PartnerShare))]
[JsonSerializable(typeof(MirrorComparison))]
[JsonSerializable(typeof(GroupTotalCheck))]
[JsonSerializable(typeof(TradeBreakdown))]
[JsonSerializable(typeof(Incumbency))]
[JsonSerializable(typeof(ProjectStatusOnDate))]
[JsonSerializable(typeof(FinanceTotal))]
[JsonSerializable(typeof(MirrorFlow))]
[JsonSerializable(typeof(CountryCode))]
[JsonSerializable(typeof(CurrencyCode))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(PartialDate))]
[JsonSerializable(typeof(TradePeriod))]
[JsonSerializable(typeof(Quantity))]
[JsonSerializable(typeof(HsCode))]
[JsonSerializable(typeof(Region))]
[JsonSerializable(typeof(TradePartner))]
[JsonSerializable(typeof(SourceId))]
[JsonSerializable(typeof(LeaderId))]
[JsonSerializable(typeof(ProjectId))]
[JsonSerializable(typeof(SummitId))]
[JsonSerializable(typeof(DeclarationId))]
[JsonSerializable(typeof(CommitmentId))]
[JsonSerializable(typeof(CommitmentStrength))]
[JsonSerializable(typeof(CommitmentTheme))]
[JsonSerializable(typeof(FlowDirection))]
[JsonSerializable(typeof(FinanceFlowClass))]
[JsonSerializable(typeof(FinanceStatus))]
[JsonSerializable(typeof(HsEdition))]
[JsonSerializable(typeof(NameAliasKind))]
[JsonSerializable(typeof(OfficeRole))]
[JsonSerializable(typeof(PartialDatePrecision))]
[JsonSerializable(typeof(ProjectKind))]
[JsonSerializable(typeof(ProjectStatus))]
[JsonSerializable(typeof(TermKind))]
[JsonSerializable(typeof(TotalBasis))]
[JsonSerializable(typeof(TradePeriodKind))]
[JsonSerializable(typeof(Unit))]
[JsonSerializable(typeof(Valuation))]
[JsonSerializable(typeof(Source[]))]
[JsonSerializable(typeof(Country[]))]
[JsonSerializable(typeof(Leader[]))]
[JsonSerializable(typeof(TradeFlow[]))]
[JsonSerializable(typeof(InfrastructureProject[]))]
[JsonSerializable(typeof(Summit[]))]
[JsonSerializable(typeof(SummitDeclaration[]))]
[JsonSerializable(typeof(FinanceCommitment[]))]
internal sealed partial class CentralAsiaJsonContext : JsonSerializerContext
{
}
