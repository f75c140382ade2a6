using System;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Values;

/// <summary>The slug rule shared by every typed identifier.</summary>
internal static class Identifiers
{
    internal const int MaxLength = 64;

    /// <summary>Checks <c>[a-z0-9]+(-[a-z0-9]+)*</c>, at most 64 characters; returns null or the error code.</summary>
    internal static string? Check(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s[0] == '-' || s[^1] == '-')
        {
            return ErrorCodes.IdentifierInvalid;
        }

        var previous = '\0';
        foreach (var c in s)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && previous != '-')))
            {
                return ErrorCodes.IdentifierInvalid;
            }

            previous = c;
        }

        return s.Length > MaxLength ? ErrorCodes.IdentifierTooLong : null;
    }
}
