using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace CentralAsia.Domain.Internal;

/// <summary>
/// Argument checks that return the checked value, so they work inside constructor chains.
/// The throwing code lives in separate methods to keep the checks small enough to inline.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        if (value is null)
        {
            ThrowArgumentNull(paramName);
        }

        return value;
    }

    internal static string CheckNotBlank([NotNull] string? value, string paramName)
    {
        if (value is null)
        {
            ThrowArgumentNull(paramName);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            ThrowArgument(paramName, "The value must not be empty or white space.");
        }

        return value;
    }

    internal static int CheckRange(int value, int min, int max, string paramName)
    {
        if (value < min || value > max)
        {
            ThrowArgumentOutOfRange(paramName, value, min, max);
        }

        return value;
    }

    /// <summary>
    /// Refuses <c>default(T)</c> of a value type whose default is no value (a currency, a country, a period).
    /// The message names the type, so a caller sees which argument was never set.
    /// </summary>
    internal static T CheckNotDefault<T>(T value, string paramName)
        where T : struct, IEquatable<T>
    {
        if (value.Equals(default))
        {
            ThrowArgument(paramName, $"A {typeof(T).Name} is required; default({typeof(T).Name}) is not a value.");
        }

        return value;
    }

    /// <summary>Refuses a negative amount; the message starts with the library's error code.</summary>
    internal static decimal CheckNotNegative(decimal value, string errorCode, string paramName)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"[{errorCode}] The value must be zero or more.");
        }

        return value;
    }

    /// <summary>Refuses a value outside an enumeration's named members.</summary>
    internal static TEnum CheckDefined<TEnum>(TEnum value, bool isDefined, string paramName)
        where TEnum : struct, Enum
    {
        if (!isDefined)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Not a defined {typeof(TEnum).Name}.");
        }

        return value;
    }

    /// <summary>
    /// The exception of <see cref="IComparable.CompareTo(object)"/> given an object of another type,
    /// worded as the BCL's own types word it.
    /// </summary>
    internal static ArgumentException NotComparable<T>(object other, string paramName) =>
        new($"Object must be of type {typeof(T).Name}, not {other.GetType().Name}.", paramName);

    internal static string CheckJsonPointer([NotNull] string? value, string paramName)
    {
        if (value is null)
        {
            ThrowArgumentNull(paramName);
        }

        if (!JsonPointer.IsValid(value))
        {
            ThrowArgument(paramName, $"'{value}' is not a JSON Pointer (RFC 6901): it must be empty or start with '/', and '~' must be followed by 0 or 1.");
        }

        return value;
    }

    [DoesNotReturn]
    internal static void ThrowArgumentNull(string? paramName) => throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    internal static void ThrowArgument(string? paramName, string message) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    private static void ThrowArgumentOutOfRange(string paramName, int value, int min, int max) =>
        throw new ArgumentOutOfRangeException(paramName, value, $"The value must be between {min} and {max} inclusive.");
}
