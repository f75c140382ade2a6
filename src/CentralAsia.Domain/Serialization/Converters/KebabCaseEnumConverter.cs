using System;
using System.Text.Json;
using CentralAsia.Domain.Serialization.Reading;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The System.Text.Json converter of the library's enumerations: each value as its kebab-case name
/// (<c>ProjectStatus.UnderConstruction</c> ⇄ <c>"under-construction"</c>), also as a dictionary key.
/// Numbers and other names are errors (<c>json.type</c>, <c>enum.undefined</c>, listing the valid names).
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
/// <remarks>Named by <c>[JsonConverter]</c> on each enumeration, so you rarely need it directly; it is public so
/// that source-generated contexts in your own assembly can serialize types that contain the values.</remarks>
public sealed class KebabCaseEnumConverter<TEnum> : DomainConverter<TEnum>
    where TEnum : struct, Enum
{
    internal override bool CanBeKey => true;

    internal override TEnum ReadCore(ref Utf8JsonReader reader, JsonReadState state) => state.ReadEnum<TEnum>(ref reader) ?? default;

    internal override void WriteCore(Utf8JsonWriter writer, TEnum value) => writer.WriteStringValue(KebabCaseEnum<TEnum>.Utf8Name(value));

    internal override void WriteKey(Utf8JsonWriter writer, TEnum value) => writer.WritePropertyName(KebabCaseEnum<TEnum>.Utf8Name(value));

    internal override string? WriteProblem(TEnum value) =>
        KebabCaseEnum<TEnum>.IsDefined(value) ? null : $"{value} is not a defined {typeof(TEnum).Name}; expected one of: {KebabCaseEnum<TEnum>.AllNames}.";
}
