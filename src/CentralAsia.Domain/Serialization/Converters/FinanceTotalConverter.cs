using System.Text.Json;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Serialization.Reading;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of <see cref="FinanceTotal"/>, a query result: written as
/// <c>{"amount", "counted", "umbrella", "notRecommended", "withoutAmount"}</c>, never read (reading throws a
/// <see cref="CentralAsiaJsonException"/> with <c>json.type.write-only</c>).
/// </summary>
/// <remarks>Named by <c>[JsonConverter]</c> on the record, so you rarely need it directly; it is public so that
/// source-generated contexts in your own assembly can serialize types that contain the record.</remarks>
public sealed class FinanceTotalConverter : DomainConverter<FinanceTotal>
{
    // The properties of the JSON object, in the order they are written; each member's camelCase name is the
    // JSON name, so this enumeration is the one list of them (see JsonPropertyTable<TProperty>).
    private enum Property
    {
        Amount,
        Counted,
        Umbrella,
        NotRecommended,
        WithoutAmount,
    }

    private static readonly JsonPropertyTable<Property> Properties = new();

    internal override FinanceTotal? ReadCore(ref Utf8JsonReader reader, JsonReadState state) => WriteOnly.Refuse<FinanceTotal>(ref reader, state);

    internal override void WriteCore(Utf8JsonWriter writer, FinanceTotal value)
    {
        writer.WriteStartObject();
        JsonWrite.Money(writer, Properties[Property.Amount], value.Amount);
        writer.WriteNumber(Properties[Property.Counted], value.Counted);
        writer.WriteNumber(Properties[Property.Umbrella], value.Umbrella);
        writer.WriteNumber(Properties[Property.NotRecommended], value.NotRecommended);
        writer.WriteNumber(Properties[Property.WithoutAmount], value.WithoutAmount);
        writer.WriteEndObject();
    }
}
