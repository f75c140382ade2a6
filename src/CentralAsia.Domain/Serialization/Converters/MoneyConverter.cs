using System.Text.Json;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="Money"/>, in the canonical form
/// <c>{"amount": 31200000000, "currency": "USD"}</c>: the amount a JSON number (never a string, never
/// floating point on the way), the currency its ISO 4217 code. Reading is strict and throws one
/// <see cref="CentralAsiaJsonException"/> listing every error of the value.
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the type, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain amounts.</remarks>
public sealed class MoneyConverter : DomainConverter<Money>
{
    internal override Money ReadCore(ref Utf8JsonReader reader, JsonReadState state) => ValueReaders.ReadMoney(ref reader, state) ?? default;

    internal override void WriteCore(Utf8JsonWriter writer, Money value) => JsonWrite.MoneyValue(writer, value);

    internal override string? WriteProblem(Money value) => value == default ? NoValue(nameof(Money)) : null;
}
