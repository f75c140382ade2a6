using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Serialization.Reading;

// Strings, numbers, booleans, enumerations and the value objects parsed from strings.
internal sealed partial class JsonReadState
{
    private const int StackTextLimit = 256;

    internal string? ReadString(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            TypeError(ref reader, what);
            return null;
        }

        return GetString(ref reader);
    }

    /// <summary>Reads a string and parses it as a value object without allocating (for short, unescaped text).</summary>
    internal T ReadParsed<T>(ref Utf8JsonReader reader, TextParser<T> parse, string what)
    {
        // A property name is read the same way: value objects that can be dictionary keys.
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            TypeError(ref reader, what);
            return default!;
        }

        var raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped && raw.Length <= StackTextLimit)
        {
            if (!Utf8.IsValid(raw))
            {
                Error(ErrorCodes.JsonStringInvalid, "The string is not valid UTF-8.", reader.TokenStartIndex);
                return default!;
            }

            Span<char> chars = stackalloc char[StackTextLimit];
            var n = Encoding.UTF8.GetChars(raw, chars);
            return Parse(chars[..n], parse, reader.TokenStartIndex);
        }

        var text = GetString(ref reader);
        return text is null ? default! : Parse(text.AsSpan(), parse, reader.TokenStartIndex);
    }

    /// <summary>Reads an identifier, reusing the instance when the same unescaped slug was read before.</summary>
    internal TId? ReadId<TId>(ref Utf8JsonReader reader, TextParser<TId?> parse, string what)
        where TId : class
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.ValueSpan.Length > Identifiers.MaxLength)
        {
            var value = ReadParsed(ref reader, parse, what);
            if (value is not null)
            {
                NoteKey(value.ToString()!);
            }

            return value;
        }

        var raw = reader.ValueSpan;
        if (identifiers.TryGet<TId>(raw, out var key, out var id))
        {
            NoteKey(id.ToString()!);
            return id;
        }

        var parsed = ReadParsed(ref reader, parse, what);
        if (parsed is not null)
        {
            identifiers.Add(key, parsed);
            NoteKey(parsed.ToString()!);
        }

        return parsed;
    }

    internal decimal? ReadDecimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            TypeError(ref reader, "a number");
            return null;
        }

        var raw = reader.ValueSpan;
        Span<char> chars = stackalloc char[StackTextLimit];
        if (raw.Length > StackTextLimit)
        {
            Error(ErrorCodes.NumberOutOfRange, $"The number has {raw.Length} characters; it cannot be held exactly as a decimal.", reader.TokenStartIndex);
            return null;
        }

        var n = Encoding.UTF8.GetChars(raw, chars);
        var text = chars[..n];
        string? code;
        decimal value;
        if (text.IndexOfAny('e', 'E') >= 0)
        {
            // Exponent form is valid JSON: accept it when the decimal holds every digit exactly.
            code = decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && SignificantDigits(text) <= 28
                ? null
                : ErrorCodes.NumberOutOfRange;
        }
        else
        {
            code = DecimalText.TryParse(text, out value);

            // JSON's grammar leaves one plain number that is not the canonical text of its value: a
            // negative zero ("-0", "-0.0"). It is that zero, as "-0e0" is (and as the schema says).
            if (code == ErrorCodes.MoneyInvalid && text[0] == '-')
            {
                code = DecimalText.TryParse(text[1..], out value);
            }
        }

        if (code is not null)
        {
            Error(code, ParseErrors.Message(code, text), reader.TokenStartIndex);
            return null;
        }

        // A negative zero (from "-0e0") is stored as plain zero, so that it never shows a sign.
        return value == 0m ? Math.Abs(value) : value;
    }

    internal int? ReadInt32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            TypeError(ref reader, "a whole number");
            return null;
        }

        if (!reader.TryGetInt32(out var value))
        {
            Error(ErrorCodes.NumberOutOfRange, "The number is not a whole number between -2147483648 and 2147483647.", reader.TokenStartIndex);
            return null;
        }

        return value;
    }

    internal bool? ReadBoolean(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            return reader.TokenType == JsonTokenType.True;
        }

        TypeError(ref reader, "true or false");
        return null;
    }

    internal TEnum? ReadEnum<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            TypeError(ref reader, "a string naming a " + typeof(TEnum).Name);
            return null;
        }

        if (KebabCaseEnum<TEnum>.TryRead(ref reader, out var value))
        {
            return value;
        }

        if (GetString(ref reader) is not { } text)
        {
            return null; // json.string.invalid is recorded; the text has no name to report.
        }

        Error(ErrorCodes.EnumUndefined, $"'{Truncate(text)}' is not a {typeof(TEnum).Name}; expected one of: {KebabCaseEnum<TEnum>.AllNames}.", reader.TokenStartIndex);
        return null;
    }

    private T Parse<T>(ReadOnlySpan<char> text, TextParser<T> parse, long offset)
    {
        var code = parse(text, out var value);
        if (code is not null)
        {
            Error(code, ParseErrors.Message(code, text), offset);
        }

        return value;
    }

    private string? GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8, or an escape that decodes to a lone surrogate.
            Error(ErrorCodes.JsonStringInvalid, "The string holds invalid UTF-8 or a lone surrogate escape.", reader.TokenStartIndex);
            return null;
        }
    }

    private static int SignificantDigits(ReadOnlySpan<char> number)
    {
        var mantissa = number[..number.IndexOfAny('e', 'E')];
        var digits = 0;
        var leading = true;
        var trailingZeros = 0;
        foreach (var c in mantissa)
        {
            if (!char.IsAsciiDigit(c) || (leading && c == '0'))
            {
                continue;
            }

            leading = false;
            digits++;
            trailingZeros = c == '0' ? trailingZeros + 1 : 0;
        }

        return digits - trailingZeros;
    }
}
