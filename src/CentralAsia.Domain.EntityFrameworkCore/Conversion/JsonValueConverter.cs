using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CentralAsia.Domain.EntityFrameworkCore.Conversion;

/// <summary>
/// Stores a nested record or a list (<c>PersonName</c>, <c>EquatableArray&lt;Term&gt;</c>,
/// <c>EquatableArray&lt;SourceId&gt;</c>, …) as one text column holding its canonical JSON, compact.
/// </summary>
/// <typeparam name="T">The stored type; one of the types listed by <see cref="ModelConfigurationBuilderExtensions.AddCentralAsia"/>.</typeparam>
/// <remarks>Reading is as strict as the library's JSON reader: a column changed by hand into something
/// invalid throws <c>CentralAsiaJsonException</c> with every error and its code (Entity Framework Core
/// wraps it in an <see cref="System.InvalidOperationException"/> naming the column).</remarks>
public sealed class JsonValueConverter<T> : ValueConverter<T, string>
{
    /// <summary>Creates the converter.</summary>
    public JsonValueConverter()
        : base(value => Columns.ToJson(value), json => Columns.FromJson<T>(json))
    {
    }
}
