using System;
using System.Globalization;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Values;

/// <summary>
/// The one wire form of decimals: invariant culture, optional '-', digits, optional '.' and digits;
/// no '+', exponent, grouping, white space or leading zeros. A text is accepted only when it is
/// exactly the canonical formatting of the value it denotes, so no digit is ever lost or altered.
/// </summary>
internal static class DecimalText
{
    // 29 digits, a sign and a point: the longest canonical decimal text.
    internal const int MaxLength = 31;

    internal static string? TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        if (!HasDecimalShape(text))
        {
            return ErrorCodes.MoneyInvalid;
        }

        // Rejects leading zeros ("01"), "-0", digits beyond decimal's precision (which decimal.TryParse
        // rounds silently) and, since a failed parse leaves 0, which no other text formats to, overflow.
        // No length limit comes first: padding "1" with any number of zeros is still a style fault.
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            || !IsCanonical(value, text))
        {
            value = 0m;
            return IsRepresentableButNotCanonical(text) ? ErrorCodes.MoneyInvalid : ErrorCodes.NumberOutOfRange;
        }

        return null;
    }

    internal static bool TryFormat(decimal value, Span<char> destination, out int charsWritten) =>
        value.TryFormat(destination, out charsWritten, default, CultureInfo.InvariantCulture);

    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool HasDecimalShape(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        var digitsBefore = CountDigits(text[i..]);
        if (digitsBefore == 0)
        {
            return false;
        }

        i += digitsBefore;
        if (i == text.Length)
        {
            return true;
        }

        if (text[i] != '.')
        {
            return false;
        }

        i++;
        var digitsAfter = CountDigits(text[i..]);
        return digitsAfter > 0 && i + digitsAfter == text.Length;
    }

    // A text of the right shape that is not canonical has either a style fault (a leading zero, "-0")
    // or more digits than decimal holds (TryParse rounded them). Only the first kind is canonical
    // once its sign and extra leading zeros are gone.
    private static bool IsRepresentableButNotCanonical(ReadOnlySpan<char> text)
    {
        var unsigned = text[0] == '-' ? text[1..] : text;
        var zeros = unsigned.Length - unsigned.TrimStart('0').Length;
        if (zeros == unsigned.Length || unsigned[zeros] == '.')
        {
            zeros--; // the zero of "0" or "0.5" is not extra
        }

        var digits = unsigned[zeros..];
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && IsCanonical(value, digits);
    }

    // Whether the value's one wire form is exactly the text.
    private static bool IsCanonical(decimal value, ReadOnlySpan<char> text)
    {
        Span<char> canonical = stackalloc char[MaxLength + 2];
        return value.TryFormat(canonical, out var written, default, CultureInfo.InvariantCulture) && canonical[..written].SequenceEqual(text);
    }

    private static int CountDigits(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && char.IsAsciiDigit(text[n]))
        {
            n++;
        }

        return n;
    }
}
