using System;
using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.EntityFrameworkCore.Conversion;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Xunit;

namespace CentralAsia.Domain.EntityFrameworkCore.Tests;

/// <summary><c>AddCentralAsia</c> covers every value type and enumeration of the core: a new one without a conversion fails here.</summary>
public class ConventionTests
{
    private static readonly Type[] CoreValueTypes = typeof(CountryCode).Assembly.GetExportedTypes()
        .Where(t => t.Namespace!.StartsWith("CentralAsia.Domain", StringComparison.Ordinal))
        .Where(t => t.IsEnum || (!t.IsGenericTypeDefinition && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IParsable<>))))
        .ToArray();

    public static TheoryData<Type> ValueTypes() => new(CoreValueTypes);

    [Theory]
    [MemberData(nameof(ValueTypes))]
    public void Every_value_type_and_enumeration_has_a_conversion(Type type)
    {
        using var db = new HolderContext(type);
        if (type == typeof(Money))
        {
            // Deliberately none: money is two columns (MoneyProperty), or one text column when mapped so explicitly.
            var e = Assert.Throws<InvalidOperationException>(() => db.Model);
            Assert.Contains("'Money'", e.Message, StringComparison.Ordinal);
            return;
        }

        var property = db.Model.FindEntityType(typeof(Holder<>).MakeGenericType(type))!.FindProperty("Value")!;
        var converter = property.GetValueConverter();
        Assert.NotNull(converter);
        Assert.Equal(typeof(string), converter.ProviderClrType);
        var expected = type.IsEnum ? typeof(KebabCaseEnumValueConverter<>) : typeof(TextValueConverter<>);
        Assert.Equal(expected.MakeGenericType(type), converter.GetType());
    }

    [Fact]
    public void Lists_and_dates_have_conversions()
    {
        using var db = new HolderContext(typeof(EquatableArray<SourceId>));
        Assert.IsType<JsonValueConverter<EquatableArray<SourceId>>>(db.Model.FindEntityType(typeof(Holder<EquatableArray<SourceId>>))!.FindProperty("Value")!.GetValueConverter());
        using var dates = new HolderContext(typeof(NodaTime.LocalDate));
        Assert.IsType<LocalDateValueConverter>(dates.Model.FindEntityType(typeof(Holder<NodaTime.LocalDate>))!.FindProperty("Value")!.GetValueConverter());
    }

    [Fact]
    public void The_read_cache_is_bounded()
    {
        for (var i = 0; i < ReadCache<LeaderId>.Capacity + 100; i++)
        {
            Assert.Equal(LeaderId.Parse("leader-" + i), new TextValueConverter<LeaderId>().ConvertFromProvider("leader-" + i));
        }

        Assert.Equal(ReadCache<LeaderId>.Capacity, ReadCache<LeaderId>.Count);
    }

    [Fact]
    public void Invalid_text_is_never_cached_nor_read_as_default()
    {
        var converter = new TextValueConverter<TradePartner>();
        for (var i = 0; i < 2; i++)
        {
            var e = Assert.Throws<FormatException>(() => converter.ConvertFromProvider("KZ+ZZ"));
            Assert.Equal("country.code.unknown", e.Data["ErrorCode"]);
        }
    }

    public sealed class Holder<T>
    {
        public int Id { get; set; }

        public T Value { get; set; } = default!;
    }

    private sealed class HolderContext(Type valueType) : DbContext(new DbContextOptionsBuilder().UseSqlite("Data Source=:memory:").ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, PerTypeModelCacheKey>().Options)
    {
        public Type ValueType { get; } = valueType;

        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.AddCentralAsia();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity(typeof(Holder<>).MakeGenericType(ValueType));
    }

    private sealed class PerTypeModelCacheKey : Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) => (((HolderContext)context).ValueType, designTime);
    }
}
