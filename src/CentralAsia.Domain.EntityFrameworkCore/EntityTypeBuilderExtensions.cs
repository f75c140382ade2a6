using System;
using System.Linq.Expressions;
using CentralAsia.Domain.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsia.Domain.EntityFrameworkCore;

/// <summary>Maps a <see cref="Money"/> property of an entity as two columns.</summary>
public static class EntityTypeBuilderExtensions
{
    /// <summary>
    /// Maps a <see cref="Money"/> property as a complex property of two columns, <c>{Name}Amount</c> (a decimal)
    /// and <c>{Name}Currency</c> (the ISO 4217 code), so that sums and filters by currency run in SQL
    /// (<c>Where(s =&gt; s.Price.Currency == CurrencyCode.Parse("USD"))</c>).
    /// </summary>
    /// <typeparam name="TEntity">The entity type.</typeparam>
    /// <param name="entity">The entity builder.</param>
    /// <param name="property">The property, for example <c>s =&gt; s.Price</c>.</param>
    /// <returns>The builder of the complex property, to configure further.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>Rows are read back through <see cref="Money"/>'s constructor: a row without a currency fails to load,
    /// it is never read as <c>default(Money)</c>. For an optional amount (<c>Money?</c>) map the property with
    /// <see cref="Conversion.TextValueConverter{T}"/> (one text column, <c>"1.50 USD"</c>).</remarks>
    public static ComplexPropertyBuilder<Money> MoneyProperty<TEntity>(this EntityTypeBuilder<TEntity> entity, Expression<Func<TEntity, Money>> property)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(property);
        var name = property.Body is MemberExpression member ? member.Member.Name : throw new ArgumentException("Expected a property access such as s => s.Price.", nameof(property));
        var money = entity.ComplexProperty(property);
        money.Property(m => m.Amount).HasColumnName(name + "Amount");
        money.Property(m => m.Currency).HasColumnName(name + "Currency");
        return money;
    }
}
