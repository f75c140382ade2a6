using System;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.EntityFrameworkCore.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsia.Domain.EntityFrameworkCore;

/// <summary>Maps the records of CentralAsia.Domain to tables, as an app would store a dataset.</summary>
public static class ModelBuilderExtensions
{
    /// <summary>The name of the shadow property that keeps each record's position in its dataset collection.</summary>
    public const string OrdinalProperty = "Ordinal";

    /// <summary>
    /// Maps <see cref="Source"/>, <see cref="Country"/>, <see cref="Leader"/>, trade flows (as <see cref="TradeFlowRow"/>),
    /// <see cref="InfrastructureProject"/>, <see cref="Summit"/> and <see cref="SummitDeclaration"/> to the tables
    /// <c>Sources</c>, <c>Countries</c>, <c>Leaders</c>, <c>TradeFlows</c>, <c>Projects</c>, <c>Summits</c> and
    /// <c>Declarations</c> (call it from <c>OnModelCreating</c>, with
    /// <see cref="ModelConfigurationBuilderExtensions.AddCentralAsia"/> in <c>ConfigureConventions</c>).
    /// </summary>
    /// <param name="modelBuilder">The model builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelBuilder"/> is null.</exception>
    /// <remarks>
    /// <para>Every scalar of a record is a column. Trade flows are stored as <see cref="TradeFlowRow"/>s, whose
    /// value is two columns, <c>ValueAmount</c> (a decimal: <c>numeric</c> on PostgreSQL, exact text on SQLite, so
    /// the scale survives) and <c>ValueCurrency</c>, so sums and groupings by currency run in SQL; the other records
    /// are entities themselves. Nested records — a leader's name and
    /// terms, a project's status history, a declaration's commitments and quotes — and lists of codes and
    /// identifiers are JSON columns holding the library's canonical JSON: they are read and written whole,
    /// as the records are immutable, and read back strictly. A project's cost (optional money) is its text
    /// form, <c>"1.50 USD"</c>.</para>
    /// <para>Records are materialized through their validating constructors, so a row that breaks a rule
    /// (changed by hand in SQL) throws the library's exception with its error code instead of loading a
    /// wrong value (a trade flow row, when it is turned into a record with <see cref="TradeFlowRow.ToTradeFlow"/>).
    /// Each table has an <see cref="OrdinalProperty"/> column (a shadow property of the records), so that a dataset
    /// loads back in its order.</para>
    /// </remarks>
    public static ModelBuilder MapCentralAsiaRecords(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Source>(e =>
        {
            e.ToTable("Sources").HasKey(s => s.Id);
            e.Property(s => s.Publisher);
            e.Property(s => s.Title);
            e.Property(s => s.Url);
            e.Property(s => s.Published);
            Ordinal(e);
        });
        modelBuilder.Entity<Country>(e =>
        {
            e.ToTable("Countries").HasKey(c => c.Code);
            e.Property(c => c.ShortName);
            e.Property(c => c.OfficialName);
            e.Property(c => c.Capital);
            e.Property(c => c.Region);
            e.Property(c => c.SubRegion);
            e.Property(c => c.Currency);
            e.Property(c => c.Aliases);
            e.Property(c => c.Citations);
            Ordinal(e);
        });
        modelBuilder.Entity<Leader>(e =>
        {
            e.ToTable("Leaders").HasKey(l => l.Id);
            e.Property(l => l.Name);
            e.Property(l => l.Country);
            e.Property(l => l.BirthDate);
            e.Property(l => l.Terms);
            e.Property(l => l.Citations);
            Ordinal(e);
        });
        modelBuilder.Entity<TradeFlowRow>(e =>
        {
            e.ToTable("TradeFlows").HasKey(f => f.Id);
            e.Property(f => f.Partner).IsRequired();
            e.Property(f => f.Amount).HasColumnName("ValueAmount");
            e.Property(f => f.Currency).HasColumnName("ValueCurrency");
            e.HasIndex(f => new { f.Reporter, f.Period });
        });
        modelBuilder.Entity<InfrastructureProject>(e =>
        {
            e.ToTable("Projects").HasKey(p => p.Id);
            e.Property(p => p.Name);
            e.Property(p => p.Kind);
            e.Property(p => p.Route);
            e.Property(p => p.History);
            e.Property(p => p.Aliases);
            e.Property(p => p.Capacity);
            e.Property(p => p.Length);
            e.Property(p => p.Cost).HasConversion<Conversion.TextValueConverter<Values.Money>>().HasMaxLength(64); // optional money: one text column
            e.Property(p => p.Operators);
            e.Property(p => p.Financiers);
            e.Property(p => p.Citations);
            Ordinal(e);
        });
        modelBuilder.Entity<Summit>(e =>
        {
            e.ToTable("Summits").HasKey(s => s.Id);
            e.Property(s => s.Name);
            e.Property(s => s.Edition);
            e.Property(s => s.Host);
            e.Property(s => s.City);
            e.Property(s => s.Start);
            e.Property(s => s.End);
            e.Property(s => s.Participants);
            e.Property(s => s.Citations);
            Ordinal(e);
        });
        modelBuilder.Entity<SummitDeclaration>(e =>
        {
            e.ToTable("Declarations").HasKey(d => d.Id);
            e.Property(d => d.Summit);
            e.Property(d => d.Title);
            e.Property(d => d.Adopted);
            e.Property(d => d.Signatories);
            e.Property(d => d.Commitments);
            e.Property(d => d.Quotes);
            e.Property(d => d.Citations);
            Ordinal(e);
        });
        modelBuilder.Entity<FinanceCommitment>(e =>
        {
            e.ToTable("FinanceCommitments").HasKey(f => f.RecordId);
            e.Property(f => f.RecordId).ValueGeneratedNever(); // AidData's id, not the database's
            e.Property(f => f.Recipient);
            e.Property(f => f.Title);
            e.Property(f => f.FundingAgencies);
            e.Property(f => f.FlowType);
            e.Property(f => f.FlowClass);
            e.Property(f => f.Status);
            e.Property(f => f.Sector);
            e.Property(f => f.Committed);
            e.Property(f => f.ImplementationStarted);
            e.Property(f => f.Completed);
            e.Property(f => f.Amount).HasConversion<Conversion.TextValueConverter<Values.Money>>().HasMaxLength(64);
            e.Property(f => f.ConstantUsd2021).HasConversion<Conversion.TextValueConverter<Values.Money>>().HasMaxLength(64);
            e.Property(f => f.AdjustedConstantUsd2021).HasConversion<Conversion.TextValueConverter<Values.Money>>().HasMaxLength(64);
            e.Property(f => f.RecommendedForAggregates);
            e.Property(f => f.Umbrella);
            e.Property(f => f.Project);
            e.Property(f => f.Citations);
            e.HasIndex(f => f.Recipient);
            Ordinal(e);
        });
        return modelBuilder;
    }

    private static void Ordinal<T>(EntityTypeBuilder<T> entity)
        where T : class => entity.Property<int>(OrdinalProperty);
}
