using System;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.EntityFrameworkCore.Rows;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CentralAsia.Domain.EntityFrameworkCore.Tests;

public sealed class SqliteStoreTests(SqliteDatabase database) : StoreTests<SqliteDatabase>(database);

public sealed class PostgresStoreTests(PostgresDatabase database) : StoreTests<PostgresDatabase>(database);

/// <summary>The same tests on each database: the reference dataset round trip, SQL translation, rows changed by hand.</summary>
public abstract class StoreTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : Database
{
    // The reference dataset and two made-up finance commitments (it has none yet), so every table is written and read.
    private static CentralAsiaDataset Reference { get; } = WithFinance(ReferenceData.XianSummit2023);

    private static CentralAsiaDataset WithFinance(CentralAsiaDataset d) => new(
        d.Sources, d.Countries, d.Leaders, d.TradeFlows, d.Projects, d.Summits, d.Declarations,
        [
            new Finance.FinanceCommitment(
                90001, CountryCode.Kyrgyzstan, "A made-up loan for a pipeline section", ["Export-Import Bank of China (China Eximbank)"], "Loan",
                Finance.FinanceFlowClass.OofLike, Finance.FinanceStatus.Implementation, "ENERGY", PartialDate.Parse("2014-09-13"), PartialDate.Parse("2015"), null,
                Money.Parse("1200000000.10 CNY"), Money.Parse("215000000 USD"), Money.Parse("214500000.50 USD"), recommendedForAggregates: true,
                project: d.Projects[0].Id, citations: [d.Sources[0].Id]),
            new Finance.FinanceCommitment(90002, CountryCode.Tajikistan, "A made-up grant", ["Ministry of Commerce (MOFCOM)"], "Grant", Finance.FinanceFlowClass.OdaLike, Finance.FinanceStatus.Pledged),
        ]);

    private static System.Threading.CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_reference_dataset_saved_and_loaded_back_is_equal()
    {
        await using var db = await SavedReferenceAsync();
        await using var again = database.Reopen(db);
        var loaded = await again.LoadDatasetAsync(Cancel);
        Assert.Equal(Reference, loaded);
        if (database.KeepsDecimalScale)
        {
            Assert.Equal(CentralAsiaJson.Serialize(Reference), CentralAsiaJson.Serialize(loaded)); // scales of amounts, order, every nested record
        }
        Assert.Equal(Reference.TradeFlows.Length, await again.Set<TradeFlowRow>().CountAsync(Cancel));
    }

    [Fact]
    public async Task A_grouped_trade_query_runs_in_sql()
    {
        await using var db = await SavedReferenceAsync();
        var usd = CurrencyCode.Parse("USD");
        var query = db.Set<TradeFlowRow>()
            .Where(f => f.Reporter == CountryCode.China && f.Period == TradePeriod.ForYear(2022) && f.Direction == FlowDirection.Turnover
                && f.Currency == usd && f.Commodity == null)
            .GroupBy(f => f.Partner)
            .Select(g => new { Partner = g.Key!, Flows = g.Count() });
        var sql = query.ToQueryString();
        TestContext.Current.SendDiagnosticMessage($"{database.Name}:\n{sql}");
        Assert.Contains("GROUP BY", sql, StringComparison.Ordinal);
        Assert.Contains("\"ValueCurrency\"", sql, StringComparison.Ordinal);
        Assert.Contains("\"Reporter\"", sql, StringComparison.Ordinal);
        Assert.Contains("\"Period\"", sql, StringComparison.Ordinal);
        var rows = await query.ToListAsync(Cancel);
        var expected = Reference.TradeFlows.Where(f => f.Reporter == CountryCode.China && f.Period == TradePeriod.ForYear(2022) && f.Direction == FlowDirection.Turnover && f.Value.Currency == CurrencyCode.Parse("USD") && f.Commodity is null)
            .GroupBy(f => f.Partner).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(p => p.Key.ToString()), rows.ToDictionary(r => r.Partner, r => r.Flows).OrderBy(p => p.Key.ToString()));
        Assert.Contains(rows, r => r.Partner == TradePartner.Of(CountryCode.Kazakhstan));
    }

    [Fact]
    public async Task Sums_of_amounts_are_exact()
    {
        await using var db = await SavedReferenceAsync();
        var usd = CurrencyCode.Parse("USD");
        var rows = db.Set<TradeFlowRow>().Where(f => f.Reporter == CountryCode.China && f.Period == TradePeriod.ForYear(2022) && f.Currency == usd);
        var expected = Reference.TradeFlows.Where(f => f.Reporter == CountryCode.China && f.Period == TradePeriod.ForYear(2022) && f.Value.Currency == usd).Sum(f => f.Value.Amount);
        Assert.Equal(expected, (await rows.ToListAsync(Cancel)).Sum(f => f.ToTradeFlow().Value.Amount));
        Assert.Equal(expected, await rows.SumAsync(f => f.Amount, Cancel)); // in SQL
    }

    [Theory]
    [InlineData("UPDATE \"TradeFlows\" SET \"ValueAmount\" = -1", ErrorCodes.MoneyNegative)]
    [InlineData("UPDATE \"TradeFlows\" SET \"Reporter\" = 'QQ'", ErrorCodes.CountryCodeUnknown)]
    [InlineData("UPDATE \"TradeFlows\" SET \"Period\" = '2022-13'", ErrorCodes.DateNonexistent)]
    [InlineData("UPDATE \"TradeFlows\" SET \"Direction\" = 'sideways'", ErrorCodes.EnumUndefined)]
    [InlineData("UPDATE \"Leaders\" SET \"Terms\" = '[{{\"office\":{{\"title\":\"President\",\"role\":\"head-of-state\"}},\"start\":\"2013-02-30\",\"kind\":\"elected\"}}]'", ErrorCodes.DateNonexistent)]
    [InlineData("UPDATE \"Leaders\" SET \"Country\" = 'ZZ'", ErrorCodes.CountryCodeUnknown)]
    [InlineData("UPDATE \"Sources\" SET \"Url\" = 'ftp://example.org/x'", ErrorCodes.UrlInvalid)]
    public async Task A_row_made_invalid_by_hand_fails_on_load_with_the_library_code(string update, string code)
    {
        await using var db = await SavedReferenceAsync();
        await db.Database.ExecuteSqlRawAsync(update, Cancel);
        await using var again = database.Reopen(db);
        var e = await Assert.ThrowsAnyAsync<Exception>(() => again.LoadDatasetAsync(Cancel));
        Assert.Equal(code, CodeOf(e));
    }

    [Fact]
    public async Task The_value_types_are_stored_in_an_apps_own_entity()
    {
        await using var db = database.NewDatabase();
        var shipment = new Shipment
        {
            Origin = CountryCode.China, Destination = TradePartner.CentralAsia, Period = TradePeriod.Parse("2022-05"), Price = Money.Parse("1.50 USD"),
            Volume = Quantity.Parse("30 bcm/yr"), Commodity = HsCode.Parse("H6:271121"), Direction = FlowDirection.Export, SignedBy = LeaderId.Parse("xi-jinping"),
            Citations = [SourceId.Parse("s20"), SourceId.Parse("s21")],
        };
        db.Shipments.Add(shipment);
        await db.SaveChangesAsync(Cancel);
        await using var again = database.Reopen(db);
        var back = await again.Shipments.SingleAsync(s => s.Origin == CountryCode.China && s.Destination == TradePartner.CentralAsia, Cancel);
        Assert.Equal((shipment.Origin, shipment.Destination, shipment.Period, shipment.Price, shipment.Volume, shipment.Commodity, shipment.Direction, shipment.SignedBy, shipment.Citations),
            (back.Origin, back.Destination, back.Period, back.Price, back.Volume, back.Commodity, back.Direction, back.SignedBy, back.Citations));
        Assert.Equal(database.KeepsDecimalScale ? "1.50 USD" : "1.5 USD", back.Price.ToString());
    }

    private async Task<DatasetContext> SavedReferenceAsync()
    {
        var db = database.NewDatabase();
        db.AddDataset(Reference);
        await db.SaveChangesAsync(Cancel);
        db.ChangeTracker.Clear();
        return db;
    }

    private static string? CodeOf(Exception e) => e switch
    {
        DomainValidationException d => d.Errors[0].Code,
        CentralAsiaJsonException j => j.Errors[0].Code,
        FormatException f => f.Data["ErrorCode"] as string,
        _ => e.InnerException is { } inner ? CodeOf(inner) : $"{e.GetType().Name}: {e.Message}",
    };
}
