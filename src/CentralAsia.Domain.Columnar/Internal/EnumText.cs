using System;
using System.Collections.Frozen;
using System.Linq;
using System.Text.Json;

namespace CentralAsia.Domain.Columnar.Internal;

// The names the library's JSON gives each value of an enum (its KebabCaseEnumConverter: kebab-case lower of the
// member name): one spelling in JSON, Parquet and Arrow alike. EnumTextTests (Columnar tests) checks them against
// the JSON.
internal static class EnumText<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, ReadOnlyMemory<char>> Names =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()).AsMemory());

    private static readonly FrozenDictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> Values =
        Names.ToFrozenDictionary(p => p.Value.ToString(), p => p.Key, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    internal static string Expected { get; } = string.Join(", ", Names.Values.Select(n => n.ToString()).Order(StringComparer.Ordinal));

    internal static ReadOnlyMemory<char> Name(TEnum value) =>
        Names.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");

    internal static bool TryParse(ReadOnlySpan<char> text, out TEnum value) => Values.TryGetValue(text, out value);
}
