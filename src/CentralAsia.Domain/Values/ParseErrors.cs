using System;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Values;

/// <summary>Turns a parse error code into a message and a <see cref="FormatException"/>.</summary>
internal static class ParseErrors
{
    // Long inputs are cut in messages: a 10 MB string must not become a 10 MB message.
    private const int MaxQuotedLength = 40;

    internal static string Message(string code, ReadOnlySpan<char> text)
    {
        var quoted = Quote(text);
        return code switch
        {
            ErrorCodes.CountryCodeInvalid => $"{quoted} is not a country code: expected ISO 3166-1 alpha-2 (\"KZ\"), alpha-3 (\"KAZ\") or numeric (\"398\").",
            ErrorCodes.CountryCodeUnknown => $"{quoted} is not an assigned ISO 3166-1 country code.",
            ErrorCodes.CurrencyCodeInvalid => $"{quoted} is not a currency code: expected three letters (ISO 4217, e.g. \"USD\").",
            ErrorCodes.CurrencyCodeUnknown => $"{quoted} is not an active ISO 4217 currency code.",
            ErrorCodes.MoneyInvalid => $"{quoted} is not a canonical decimal amount (digits, optional '-' and '.', no leading zeros, exponent or grouping).",
            ErrorCodes.NumberOutOfRange => $"{quoted} cannot be held exactly as a decimal (more than 28 significant digits, or too large).",
            ErrorCodes.DateInvalid => $"{quoted} is not an ISO 8601 date of the allowed precision (yyyy, yyyy-MM or yyyy-MM-dd).",
            ErrorCodes.DateNonexistent => $"{quoted} is well formed but no such date exists.",
            ErrorCodes.QuantityInvalid => $"{quoted} is not a quantity: expected a decimal, one space and a unit symbol, e.g. \"30 bcm/yr\".",
            ErrorCodes.QuantityUnitUnknown => $"{quoted} has an unknown unit; known units: {Units.AllSymbols}.",
            ErrorCodes.QuantityNegative => $"{quoted} is negative; quantities are zero or more.",
            ErrorCodes.HsCodeInvalid => $"{quoted} is not an HS code: expected 2, 4 or 6 digits with a chapter from 01 to 99, optionally prefixed by an edition such as \"H6:\".",
            ErrorCodes.HsCodeEditionUnknown => $"{quoted} has an unknown HS edition; expected H0 (1992) to H6 (2022).",
            ErrorCodes.IdentifierInvalid => $"{quoted} is not an identifier: expected a lowercase slug of a-z and 0-9 separated by single hyphens.",
            ErrorCodes.IdentifierTooLong => $"{quoted} is longer than {Identifiers.MaxLength} characters.",
            ErrorCodes.CollectionDuplicate => $"{quoted} names the same country twice.",
            ErrorCodes.TradePartnerUnordered => $"{quoted} lists its members out of order; the canonical form writes them in alphabetical order of their codes: \"{InOrder(text)}\".",
            ErrorCodes.RegionUnknown => $"{quoted} is not a UN M49 region or sub-region code.",
            _ => $"{quoted} is not valid ({code}).",
        };
    }

    /// <summary>The key of <see cref="Exception.Data"/> under which a parse failure carries its error code.</summary>
    internal const string CodeKey = "ErrorCode";

    internal static FormatException Exception(string code, ReadOnlySpan<char> text, string typeName) =>
        new($"Cannot parse {typeName} [{code}]: {Message(code, text)}") { Data = { [CodeKey] = code } };

    private static string InOrder(ReadOnlySpan<char> text)
    {
        var parts = text.ToString().Split('+');
        Array.Sort(parts, StringComparer.Ordinal);
        return string.Join('+', parts);
    }

    private static string Quote(ReadOnlySpan<char> text) =>
        text.Length <= MaxQuotedLength ? $"'{text}'" : $"'{text[..MaxQuotedLength]}…' ({text.Length} characters)";
}
