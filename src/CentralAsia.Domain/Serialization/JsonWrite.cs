using System;
using System.Globalization;
using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Values;
using NodaTime;

namespace CentralAsia.Domain.Serialization;

/// <summary>Writes the canonical wire form of value objects without intermediate strings.</summary>
internal static class JsonWrite
{
    internal static void Formatted<T>(Utf8JsonWriter writer, JsonEncodedText name, T value)
        where T : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[128];
        if (value.TryFormat(buffer, out var n, default, CultureInfo.InvariantCulture))
        {
            writer.WriteString(name, buffer[..n]);
        }
        else
        {
            writer.WriteString(name, value.ToString(null, CultureInfo.InvariantCulture));
        }
    }

    internal static void FormattedValue<T>(Utf8JsonWriter writer, T value)
        where T : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[128];
        if (value.TryFormat(buffer, out var n, default, CultureInfo.InvariantCulture))
        {
            writer.WriteStringValue(buffer[..n]);
        }
        else
        {
            writer.WriteStringValue(value.ToString(null, CultureInfo.InvariantCulture));
        }
    }

    internal static void FormattedName<T>(Utf8JsonWriter writer, T value)
        where T : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[128];
        if (value.TryFormat(buffer, out var n, default, CultureInfo.InvariantCulture))
        {
            writer.WritePropertyName(buffer[..n]);
        }
        else
        {
            writer.WritePropertyName(value.ToString(null, CultureInfo.InvariantCulture));
        }
    }

    internal static void Date(Utf8JsonWriter writer, JsonEncodedText name, LocalDate date)
    {
        Span<char> buffer = stackalloc char[10];
        IsoDateText.TryFormat(date.Year, date.Month, date.Day, buffer, out var n);
        writer.WriteString(name, buffer[..n]);
    }

    internal static void Money(Utf8JsonWriter writer, JsonEncodedText name, Money money)
    {
        writer.WritePropertyName(name);
        MoneyValue(writer, money);
    }

    /// <summary>Writes the amount, or nothing when there is none (the property is optional).</summary>
    internal static void OptionalMoney(Utf8JsonWriter writer, JsonEncodedText name, Money? money)
    {
        if (money is { } value)
        {
            Money(writer, name, value);
        }
    }

    /// <summary>Writes the value, or nothing when there is none (the property is optional).</summary>
    internal static void OptionalFormatted<T>(Utf8JsonWriter writer, JsonEncodedText name, T? value)
        where T : struct, ISpanFormattable
    {
        if (value is { } present)
        {
            Formatted(writer, name, present);
        }
    }

    internal static void MoneyValue(Utf8JsonWriter writer, Money money)
    {
        writer.WriteStartObject();
        Span<char> digits = stackalloc char[DecimalText.MaxLength + 2];
        DecimalText.TryFormat(money.Amount, digits, out var n);
        Span<byte> utf8 = stackalloc byte[DecimalText.MaxLength + 2];
        for (var i = 0; i < n; i++)
        {
            utf8[i] = (byte)digits[i];
        }

        writer.WritePropertyName(AmountName);
        writer.WriteRawValue(utf8[..n], skipInputValidation: true);
        Formatted(writer, CurrencyName, money.Currency);
        writer.WriteEndObject();
    }

    /// <summary>Writes an array property, or nothing when it is empty (the canonical form omits empty arrays).</summary>
    internal static void Array<T>(Utf8JsonWriter writer, JsonEncodedText name, EquatableArray<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        if (items.IsEmpty)
        {
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
    }

    internal static void FormattedArray<T>(Utf8JsonWriter writer, JsonEncodedText name, EquatableArray<T> items)
        where T : ISpanFormattable => Array(writer, name, items, static (w, item) => FormattedValue(w, item));

    internal static void Strings(Utf8JsonWriter writer, JsonEncodedText name, EquatableArray<string> items) =>
        Array(writer, name, items, static (w, item) => w.WriteStringValue(item));

    internal static void OptionalString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static readonly JsonEncodedText AmountName = JsonEncodedText.Encode("amount");
    private static readonly JsonEncodedText CurrencyName = JsonEncodedText.Encode("currency");
}
