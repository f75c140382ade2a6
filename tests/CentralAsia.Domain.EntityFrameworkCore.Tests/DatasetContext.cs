using Microsoft.EntityFrameworkCore;

namespace CentralAsia.Domain.EntityFrameworkCore.Tests;

/// <summary>A context as an app would write it: the library's conventions and record mappings, plus an entity of its own.</summary>
public sealed class DatasetContext(DbContextOptions<DatasetContext> options) : DbContext(options)
{
    public DbSet<Shipment> Shipments => Set<Shipment>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.AddCentralAsia();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.MapCentralAsiaRecords();
        modelBuilder.Entity<Shipment>().MoneyProperty(s => s.Price);
    }
}
