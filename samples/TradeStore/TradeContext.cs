using CentralAsia.Domain.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace TradeStore;

/// <summary>The app's context: the library's conventions and record mappings are all it needs.</summary>
public sealed class TradeContext(DbContextOptions<TradeContext> options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.AddCentralAsia();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.MapCentralAsiaRecords();
}
