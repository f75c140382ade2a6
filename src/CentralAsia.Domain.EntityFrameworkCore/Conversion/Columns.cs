using System;
using System.Collections.Frozen;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CentralAsia.Domain.Serialization;

namespace CentralAsia.Domain.EntityFrameworkCore.Conversion;

/// <summary>
/// The conversions behind the value converters, as plain methods (value-converter lambdas are
/// expression trees, which cannot call static abstract interface members such as <c>T.Parse</c>).
/// </summary>
internal static class Columns
{
    private static readonly JsonSerializerOptions JsonOptions = new() { TypeInfoResolver = JsonTypeInfoResolver.Combine(ColumnJsonContext.Default, CentralAsiaJson.TypeInfoResolver) };

    internal static string Format<T>(T value)
        where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);

    internal static T Parse<T>(string text)
        where T : IParsable<T> => typeof(T).IsValueType ? ParseText<T>(text) : ReadCache<T>.GetOrRead(text, ParseText<T>);

    internal static T FromJson<T>(string json) => ReadCache<T>.GetOrRead(json, ParseJson<T>);

    internal static string ToJson<T>(T value) => JsonSerializer.Serialize(value, (JsonTypeInfo<T>)JsonOptions.GetTypeInfo(typeof(T)));

    // Reference types (partners, identifiers) are shared through the cache; structs cost nothing to make.
    private static T ParseText<T>(string text)
        where T : IParsable<T> => T.Parse(text, CultureInfo.InvariantCulture);

    private static T ParseJson<T>(string json) => JsonSerializer.Deserialize(json, (JsonTypeInfo<T>)JsonOptions.GetTypeInfo(typeof(T)))!;

    internal static string EnumName<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames<TEnum>.Names.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");

    internal static TEnum EnumValue<TEnum>(string name)
        where TEnum : struct, Enum => EnumNames<TEnum>.Values.TryGetValue(name, out var value)
            ? value
            : throw new FormatException($"'{name}' is not a {typeof(TEnum).Name}; expected one of: {string.Join(", ", EnumNames<TEnum>.Values.Keys.Order(StringComparer.Ordinal))}.") { Data = { ["ErrorCode"] = "enum.undefined" } };

    // The kebab-case names the library's JSON gives each value, taken from its own converter (one rule, one spelling).
    private static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        internal static readonly FrozenDictionary<TEnum, string> Names = Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => ToJson(v).Trim('"'));

        internal static readonly FrozenDictionary<string, TEnum> Values = Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
