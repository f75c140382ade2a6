using System.Text.Json;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Trade;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="TradePartner"/>: one country code or members joined by <c>+</c> in alphabetical order, <c>"KZ"</c> or <c>"KG+KZ+TJ+TM+UZ"</c>, as a string (also as a dictionary key).
/// Reading accepts only the canonical form and throws <see cref="CentralAsiaJsonException"/> with the error code otherwise.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the type, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the value.</remarks>
public sealed class TradePartnerConverter : TextValueConverter<TradePartner>
{
    internal override TradePartner? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ValueReaders.ReadPartner(ref reader, state);
}
