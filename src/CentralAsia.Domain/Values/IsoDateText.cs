using System;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Values;

/// <summary>
/// Reads and writes ISO 8601 calendar dates of reduced precision: <c>yyyy</c>, <c>yyyy-MM</c>,
/// <c>yyyy-MM-dd</c>, years 0001 to 9999, nothing else (no week dates, signs or time parts).
/// </summary>
internal static class IsoDateText
{
    /// <summary>Parses; month and day are 0 where the text omits them. Returns null or the error code.</summary>
    internal static string? TryParse(ReadOnlySpan<char> s, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (s.Length is not (4 or 7 or 10)
            || !TryDigits(s[..4], out year)
            || (s.Length >= 7 && (s[4] != '-' || !TryDigits(s.Slice(5, 2), out month)))
            || (s.Length == 10 && (s[7] != '-' || !TryDigits(s.Slice(8, 2), out day))))
        {
            year = month = day = 0;
            return ErrorCodes.DateInvalid;
        }

        if (year == 0 || (s.Length >= 7 && month is < 1 or > 12) || (s.Length == 10 && (day < 1 || day > DateTime.DaysInMonth(year, month))))
        {
            year = month = day = 0;
            return ErrorCodes.DateNonexistent;
        }

        return null;
    }

    /// <summary>Writes year, year-month or a full date (month/day 0 = omitted); false when the span is too small.</summary>
    internal static bool TryFormat(int year, int month, int day, Span<char> destination, out int charsWritten)
    {
        var length = day > 0 ? 10 : month > 0 ? 7 : 4;
        charsWritten = 0;
        if (destination.Length < length)
        {
            return false;
        }

        WriteDigits(destination, year, 4);
        if (month > 0)
        {
            destination[4] = '-';
            WriteDigits(destination[5..], month, 2);
        }

        if (day > 0)
        {
            destination[7] = '-';
            WriteDigits(destination[8..], day, 2);
        }

        charsWritten = length;
        return true;
    }

    internal static string Format(int year, int month, int day)
    {
        Span<char> buffer = stackalloc char[10];
        TryFormat(year, month, day, buffer, out var n);
        return new string(buffer[..n]);
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static void WriteDigits(Span<char> destination, int value, int width)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
