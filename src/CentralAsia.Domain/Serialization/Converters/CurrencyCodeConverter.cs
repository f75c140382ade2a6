using System.Text.Json;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="CurrencyCode"/>: the ISO 4217 code, <c>"USD"</c>, as a string (also as a dictionary key).
/// Reading accepts only the canonical form and throws <see cref="CentralAsiaJsonException"/> with the error code otherwise.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the type, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the value.</remarks>
public sealed class CurrencyCodeConverter : TextValueConverter<CurrencyCode>
{
    internal override CurrencyCode ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ValueReaders.ReadCurrency(ref reader, state);
}
