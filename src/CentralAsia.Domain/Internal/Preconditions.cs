using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace CentralAsia.Domain;

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
