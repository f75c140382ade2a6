using System;
using System.Globalization;

namespace CentralAsia.Domain.Import.Internal;

/// <summary>The parsing of cell text shared by the readers: invariant culture, surrounding white space ignored.</summary>
internal static class CellText
{
    private const NumberStyles Decimal = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    internal static bool IsEmpty(ReadOnlySpan<char> text) => text.IsWhiteSpace();

    /// <summary>A decimal such as <c>31200000000</c>, <c>1.5</c> or <c>3.12E+10</c> (as Comtrade writes large values).</summary>
    internal static bool TryDecimal(ReadOnlySpan<char> text, out decimal value) =>
        decimal.TryParse(text, Decimal, CultureInfo.InvariantCulture, out value);

    /// <summary>A whole number; also <c>2022.0</c>, as a workbook's numeric cell reads.</summary>
    internal static bool TryInt(ReadOnlySpan<char> text, out int value)
    {
        text = text.Trim();
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (decimal.TryParse(text, Decimal, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && d >= int.MinValue && d <= int.MaxValue)
        {
            value = (int)d;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary><c>true</c>/<c>false</c>, <c>1</c>/<c>0</c>, <c>Yes</c>/<c>No</c>, any case; null for anything else.</summary>
    internal static bool? Boolean(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("1", StringComparison.Ordinal) || text.Equals("yes", StringComparison.OrdinalIgnoreCase) ? true
            : text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("0", StringComparison.Ordinal) || text.Equals("no", StringComparison.OrdinalIgnoreCase) ? false
            : null;
    }

    /// <summary>The text for a message: quoted, cut at 40 characters.</summary>
    internal static string Quote(ReadOnlySpan<char> text) =>
        text.Length <= 40 ? $"'{text}'" : $"'{text[..40]}…' ({text.Length.ToString(CultureInfo.InvariantCulture)} characters)";
}
