using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CentralAsia.Domain.EntityFrameworkCore;
using CentralAsia.Domain.EntityFrameworkCore.Rows;
using CentralAsia.Domain.Trade;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CentralAsia.Domain.Benchmarks;

/// <summary>
/// Reading 100k trade flows from SQLite through Entity Framework Core: the rows with the library's
/// converters (and, further, as validated records) against the same query into a DTO of primitive columns.
/// </summary>
[MemoryDiagnoser]
public class EfCoreBenchmarks
{
    private string file = string.Empty;

    [Params(100_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        file = Path.Combine(Path.GetTempPath(), $"centralasia-bench-{Guid.NewGuid():N}.db");
        using var db = Typed();
        db.Database.EnsureCreated();
        db.AddDataset(FlowData.Dataset(Count));
        db.SaveChanges();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    [Benchmark(Baseline = true, Description = "EF Core, DTO of primitive columns")]
    public List<PlainFlowRow> PrimitiveColumns()
    {
        using var db = new PlainContext(new DbContextOptionsBuilder<PlainContext>().UseSqlite($"Data Source={file}").Options);
        return db.Set<PlainFlowRow>().AsNoTracking().ToList();
    }

    [Benchmark(Description = "EF Core, TradeFlowRow with the converters")]
    public List<TradeFlowRow> WithConverters()
    {
        using var db = Typed();
        return db.Set<TradeFlowRow>().AsNoTracking().ToList();
    }

    [Benchmark(Description = "EF Core, TradeFlowRow -> validated TradeFlow")]
    public List<TradeFlow> AsValidatedRecords()
    {
        using var db = Typed();
        return db.Set<TradeFlowRow>().AsNoTracking().AsEnumerable().Select(r => r.ToTradeFlow()).ToList();
    }

    private TypedContext Typed() => new(new DbContextOptionsBuilder<TypedContext>().UseSqlite($"Data Source={file}").Options);

    public sealed class TypedContext(DbContextOptions<TypedContext> options) : DbContext(options)
    {
        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.AddCentralAsia();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.MapCentralAsiaRecords();
    }

    public sealed class PlainContext(DbContextOptions<PlainContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<PlainFlowRow>().ToTable("TradeFlows");
    }
}

/// <summary>The same table as plain columns: what an app would read without the library.</summary>
public sealed class PlainFlowRow
{
    public long Id { get; set; }

    public int Ordinal { get; set; }

    public string Reporter { get; set; } = string.Empty;

    public string Partner { get; set; } = string.Empty;

    public string Direction { get; set; } = string.Empty;

    public string Period { get; set; } = string.Empty;

    public decimal ValueAmount { get; set; }

    public string ValueCurrency { get; set; } = string.Empty;

    public string Valuation { get; set; } = string.Empty;

    public string? Commodity { get; set; }

    public bool Estimated { get; set; }

    public string? Note { get; set; }

    public string Citations { get; set; } = string.Empty;
}
