using System;
using System.Buffers;
using System.Collections.Generic;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Values;

/// <summary>
/// The field rules every record shares. Each adds its errors to the collector and never throws;
/// paths are constants relative to the record being validated.
/// </summary>
internal static class FieldRules
{
    internal const int MaxNameLength = 500;
    internal const int MaxProseLength = 10_000;

    // The C0 control characters. A SearchValues, not IndexOfAnyInRange('\0', '\u001f'): on .NET 10 the range search
    // over chars allocates 96 bytes a call, which made validating every name and note of a valid record allocate.
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>A required name, title or label: one line, at most 500 characters.</summary>
    internal static void Name(ref ErrorCollector errors, string? value, string path) =>
        RequiredText(ref errors, value, path, MaxNameLength, allowLineBreaks: false);

    /// <summary>An optional name: null is fine, anything else must be a valid name.</summary>
    internal static void OptionalName(ref ErrorCollector errors, string? value, string path) =>
        OptionalText(ref errors, value, path, MaxNameLength, allowLineBreaks: false);

    /// <summary>Required prose (a commitment's text, a quote): at most 10,000 characters, line breaks allowed.</summary>
    internal static void Prose(ref ErrorCollector errors, string? value, string path) =>
        RequiredText(ref errors, value, path, MaxProseLength, allowLineBreaks: true);

    /// <summary>Optional prose (a note).</summary>
    internal static void OptionalProse(ref ErrorCollector errors, string? value, string path) =>
        OptionalText(ref errors, value, path, MaxProseLength, allowLineBreaks: true);

    internal static void Required<T>(ref ErrorCollector errors, T value, string path)
        where T : struct, IEquatable<T>
    {
        if (value.Equals(default))
        {
            errors.Add(ErrorCodes.ValueRequired, path, $"A {typeof(T).Name} is required; default({typeof(T).Name}) is not a value.");
        }
    }

    internal static void Required(ref ErrorCollector errors, object? value, string path)
    {
        if (value is null)
        {
            errors.Add(ErrorCodes.ValueRequired, path, "A value is required.");
        }
    }

    internal static void Defined<TEnum>(ref ErrorCollector errors, TEnum value, string path)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            errors.Add(ErrorCodes.EnumUndefined, path, $"{value} is not a defined {typeof(TEnum).Name}.");
        }
    }

    /// <summary>Every element present (not null or default), no element twice, and optionally at least one.</summary>
    internal static void DistinctItems<T>(ref ErrorCollector errors, EquatableArray<T> items, string path, bool nonEmpty)
    {
        if (nonEmpty && items.IsEmpty)
        {
            errors.Add(ErrorCodes.CollectionEmpty, path, "At least one element is required.");
        }

        var span = items.AsSpan();
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] is null || comparer.Equals(span[i], default!))
            {
                errors.Add(ErrorCodes.ValueRequired, JsonPointer.Item(path, i), "A value is required.");
                continue;
            }

            // Collections in records are short (a route, a few citations): a quadratic scan beats a hash set's allocation.
            for (var j = 0; j < i; j++)
            {
                if (comparer.Equals(span[i], span[j]))
                {
                    errors.Add(ErrorCodes.CollectionDuplicate, JsonPointer.Item(path, i), $"'{span[i]}' is already at index {j}.");
                    break;
                }
            }
        }
    }

    /// <summary>Source ids cited by a record: none missing, none twice (an empty list is allowed).</summary>
    internal static void Citations<TId>(ref ErrorCollector errors, EquatableArray<TId> citations) =>
        DistinctItems(ref errors, citations, "/citations", nonEmpty: false);

    /// <summary>A list of names (aliases, operators): each a valid name, none twice, optionally at least one.</summary>
    internal static void Names(ref ErrorCollector errors, EquatableArray<string> items, string path, bool nonEmpty)
    {
        var start = errors.Count;
        DistinctItems(ref errors, items, path, nonEmpty);
        if (errors.Count > start)
        {
            return;
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is { } item)
            {
                var before = errors.Count;
                Text(ref errors, item, string.Empty, MaxNameLength, allowLineBreaks: false);
                if (errors.Count > before)
                {
                    errors.PrefixSince(before, JsonPointer.Item(path, i));
                }
            }
        }
    }

    /// <summary>Nested records are valid by construction: only a missing (null) element is an error here.</summary>
    internal static void NoNulls<T>(ref ErrorCollector errors, EquatableArray<T> items, string path, bool nonEmpty)
        where T : class
    {
        if (nonEmpty && items.IsEmpty)
        {
            errors.Add(ErrorCodes.CollectionEmpty, path, "At least one element is required.");
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                errors.Add(ErrorCodes.ValueRequired, JsonPointer.Item(path, i), "A value is required.");
            }
        }
    }

    /// <summary>An optional amount that must not be negative.</summary>
    internal static void OptionalNonNegative(ref ErrorCollector errors, Money? value, string path)
    {
        if (value is not { } money)
        {
            return;
        }

        if (money == default)
        {
            errors.Add(ErrorCodes.ValueRequired, path, "An amount needs a currency; default(Money) is not a value.");
        }
        else if (money.Amount < 0m)
        {
            errors.Add(ErrorCodes.MoneyNegative, path + "/amount", $"The amount {money} is negative; it must be zero or more.");
        }
    }

    /// <summary>An optional partial date: null is fine, <c>default</c> is not a date.</summary>
    internal static void OptionalPartialDate(ref ErrorCollector errors, PartialDate? value, string path)
    {
        if (value is { } date)
        {
            Required(ref errors, date, path);
        }
    }

    /// <summary>An optional BCP 47 language tag.</summary>
    internal static void OptionalLanguage(ref ErrorCollector errors, string? language, string path)
    {
        if (language is not null && !LanguageTag.IsValid(language))
        {
            errors.Add(ErrorCodes.LanguageTagInvalid, path, $"'{language}' is not a BCP 47 language tag such as \"ru\" or \"kk-Cyrl\".");
        }
    }

    private static void RequiredText(ref ErrorCollector errors, string? value, string path, int maxLength, bool allowLineBreaks)
    {
        if (value is null)
        {
            errors.Add(ErrorCodes.ValueRequired, path, "A value is required.");
            return;
        }

        Text(ref errors, value, path, maxLength, allowLineBreaks);
    }

    private static void OptionalText(ref ErrorCollector errors, string? value, string path, int maxLength, bool allowLineBreaks)
    {
        if (value is not null)
        {
            Text(ref errors, value, path, maxLength, allowLineBreaks);
        }
    }

    private static void Text(ref ErrorCollector errors, string value, string path, int maxLength, bool allowLineBreaks)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(ErrorCodes.TextBlank, path, "The text is empty or only white space.");
            return;
        }

        if (value.Length > maxLength)
        {
            errors.Add(ErrorCodes.TextTooLong, path, $"The text has {value.Length} characters; the limit is {maxLength}.");
            return;
        }

        var span = value.AsSpan();
        var index = span.IndexOfAny(ControlCharacters);
        while (index >= 0)
        {
            var c = span[index];
            if (!allowLineBreaks || (c != '\n' && c != '\r' && c != '\t'))
            {
                errors.Add(ErrorCodes.TextControlCharacter, path, $"The text holds the control character U+{(int)c:X4} at position {index}.");
                return;
            }

            var next = span[(index + 1)..].IndexOfAny(ControlCharacters);
            index = next < 0 ? -1 : index + 1 + next;
        }
    }
}
