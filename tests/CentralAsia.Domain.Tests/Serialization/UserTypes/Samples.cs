using System;
using System.Collections.Generic;
using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using NodaTime;

namespace CentralAsia.Domain.Tests.Serialization.UserTypes;

/// <summary>One valid, non-trivial value of every serializable public type of the library (from the reference dataset).</summary>
internal static class Samples
{
    private static readonly CentralAsiaDataset Data = ReferenceData.XianSummit2023;

    internal static readonly IReadOnlyDictionary<Type, object> ByType = Build();

    /// <summary>Every public type of the library that System.Text.Json must read and write in its canonical form.</summary>
    internal static IEnumerable<Type> SerializablePublicTypes() =>
        typeof(CountryCode).Assembly.GetExportedTypes()
            .Where(t => t.Namespace!.StartsWith("CentralAsia.Domain", StringComparison.Ordinal))
            .Where(t => t.IsValueType || IsRecord(t) || IsIdentifier(t))
            .Where(t => t != typeof(Change<>)) // a parameter type of With, not data: it has no JSON form
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>The query results: written, not read.</summary>
    internal static bool IsWriteOnly(Type type) =>
        type == typeof(TradeTotal) || type == typeof(PartnerShare) || type == typeof(MirrorComparison) || type == typeof(GroupTotalCheck)
        || type == typeof(TradeBreakdown) || type == typeof(Incumbency) || type == typeof(ProjectStatusOnDate) || type == typeof(FinanceTotal) || type == typeof(MirrorFlow);

    internal static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    private static bool IsIdentifier(Type type) => type.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(Identifier<>);

    private static Dictionary<Type, object> Build()
    {
        var leader = Data.Leaders.First(l => l.Name.Aliases.Length > 0 && l.BirthDate is not null);
        var project = Data.Projects.First(p => p.History.Length > 1);
        var declaration = Data.Declarations.First(d => d.Quotes.Length > 0);
        var ledger = Data.ToTradeLedger();
        var y2022 = TradePeriod.ForYear(2022);
        var values = new object[]
        {
            CountryCode.Kazakhstan, CurrencyCode.Parse("CNY"), Money.Parse("1.50 USD"), PartialDate.Parse("2014-09"),
            TradePeriod.Parse("2022-05"), Quantity.Parse("30 bcm/yr"), HsCode.Parse("H6:271121"), Region.Parse("143"),
            TradePartner.Parse("KG+KZ+TJ+TM+UZ"), SourceId.Parse("s20"), LeaderId.Parse("xi-jinping"), ProjectId.Parse("line-d"),
            SummitId.Parse("xian-2023"), DeclarationId.Parse("xian-declaration"), CommitmentId.Parse("c-1"),
            (EquatableArray<CountryCode>)[CountryCode.Kazakhstan, CountryCode.Uzbekistan],
            CommitmentStrength.Pledge, CommitmentTheme.Energy, FlowDirection.Import, HsEdition.Hs2017, NameAliasKind.Transliteration,
            OfficeRole.HeadOfGovernment, PartialDatePrecision.Month, ProjectKind.Railway, ProjectStatus.UnderConstruction, TermKind.Acting,
            TotalBasis.ExportsPlusImports, TradePeriodKind.Month, Unit.Kilometres, Valuation.Cif, FinanceFlowClass.OdaLike, FinanceStatus.Completed,
            GoldenTests.LineDLoan,
            Data, Data.Sources[0], Data.Countries[0], leader, leader.Name, leader.Name.Aliases[0], leader.Terms[0], leader.Terms[0].Office,
            Data.TradeFlows[0], project, project.History[1], Data.Summits[0], declaration, declaration.Commitments[0], declaration.Quotes[0],
            new ValidationError(ErrorCodes.MoneyNegative, "/tradeFlows/3/value/amount", "The amount is negative.", 12),
            ledger.Total(CountryCode.China, CountryCode.Kazakhstan, y2022)!,
            ledger.Breakdown(CountryCode.China, y2022).Partners[0],
            ledger.Mirror(CountryCode.China, CountryCode.Kazakhstan, y2022),
            ledger.CheckGroupTotal(CountryCode.China, TradePartner.CentralAsia, y2022)!,
            ledger.Breakdown(CountryCode.China, y2022),
            Data.ToLeaderDirectory().HeadOfState(CountryCode.China, new LocalDate(2023, 5, 19))!,
            project.StatusOn(new LocalDate(2023, 5, 19))!,
            new[] { GoldenTests.LineDLoan }.TotalForAggregates(),
            ledger.MirrorFlows().First(m => m.Exports is not null && m.Imports is not null),
        };
        return values.ToDictionary(v => v.GetType());
    }
}
