using System;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CentralAsia.Domain.EntityFrameworkCore.Conversion;

/// <summary>
/// Stores a single-text value type of the library (<c>CountryCode</c>, <c>TradePartner</c>,
/// <c>TradePeriod</c>, <c>PartialDate</c>, <c>Quantity</c>, <c>HsCode</c>, <c>Region</c>, identifiers)
/// as its canonical text: <c>"KZ"</c>, <c>"KG+KZ"</c>, <c>"2022-05"</c>, <c>"30 bcm/yr"</c>, <c>"xi-jinping"</c>.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>
/// Reading a text that is not valid (a row changed by hand) throws the type's <see cref="FormatException"/>
/// with the library's message and its error code in <c>Data["ErrorCode"]</c> (Entity Framework Core
/// wraps it in an <see cref="InvalidOperationException"/> naming the column); nothing is read as <c>default</c>.
/// Equality and ordering in SQL follow the text, which for codes and periods is the natural order.
/// </remarks>
public sealed class TextValueConverter<T> : ValueConverter<T, string>
    where T : IParsable<T>, IFormattable
{
    /// <summary>Creates the converter.</summary>
    public TextValueConverter()
        : base(value => Columns.Format(value), text => Columns.Parse<T>(text))
    {
    }
}
