using System;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace CentralAsia.Domain.Serialization.Reading;

/// <summary>The kebab-case wire names of an enumeration (<c>UnderConstruction</c> ⇄ <c>"under-construction"</c>).</summary>
internal static class KebabCaseEnum<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly string[] Names = Values.Select(v => ToKebab(v.ToString())).ToArray();
    private static readonly byte[][] Utf8Names = Names.Select(Encoding.UTF8.GetBytes).ToArray();

    internal static string AllNames { get; } = string.Join(", ", Names);

    internal static bool IsDefined(TEnum value) => Array.IndexOf(Values, value) >= 0;

    internal static ReadOnlySpan<byte> Utf8Name(TEnum value)
    {
        var index = Array.IndexOf(Values, value);
        return index >= 0 ? Utf8Names[index] : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");
    }

    internal static bool TryRead(ref Utf8JsonReader reader, out TEnum value)
    {
        var index = Utf8NameMatch.IndexOf(ref reader, Utf8Names);
        value = index >= 0 ? Values[index] : default;
        return index >= 0;
    }

    private static string ToKebab(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}
