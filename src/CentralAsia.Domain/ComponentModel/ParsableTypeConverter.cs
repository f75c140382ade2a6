using System;
using System.ComponentModel;
using System.Globalization;

namespace CentralAsia.Domain.ComponentModel;

/// <summary>
/// The <see cref="TypeConverter"/> of the library's single-text value types (<c>CountryCode</c>,
/// <c>TradePartner</c>, <c>TradePeriod</c>, <c>PartialDate</c>, <c>Money</c>, identifiers, …): converts
/// from and to their text form with <c>Parse</c> and <c>ToString</c>, culture-invariantly. It is what
/// ASP.NET Core MVC model binding and <c>Microsoft.Extensions.Configuration</c> binding use.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>
/// <para>Named by <c>[TypeConverter]</c> on each type, so you rarely need it directly. Minimal APIs bind
/// through the types' own <c>TryParse</c> (they implement <see cref="IParsable{TSelf}"/>) instead.</para>
/// <para>Text that is not valid throws <see cref="FormatException"/> with the library's message, and the
/// error code (for example <c>country.code.invalid</c>) in its <see cref="Exception.Data"/> under the key
/// <c>"ErrorCode"</c>, as every <c>Parse</c> method of the library does. Stateless and thread-safe.</para>
/// </remarks>
public sealed class ParsableTypeConverter<T> : TypeConverter
    where T : IParsable<T>, IFormattable
{
    /// <inheritdoc/>
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc/>
    public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType) =>
        destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

    /// <inheritdoc/>
    /// <exception cref="FormatException">The text is not a valid value; <see cref="Exception.Data"/> holds the error code under <c>"ErrorCode"</c>.</exception>
    /// <exception cref="NotSupportedException"><paramref name="value"/> is not a string.</exception>
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? T.Parse(text, CultureInfo.InvariantCulture) : base.ConvertFrom(context, culture, value);

    /// <inheritdoc/>
    /// <exception cref="NotSupportedException">The conversion is not to a string.</exception>
    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
        destinationType == typeof(string) && value is T typed ? typed.ToString(null, CultureInfo.InvariantCulture) : base.ConvertTo(context, culture, value, destinationType);
}
