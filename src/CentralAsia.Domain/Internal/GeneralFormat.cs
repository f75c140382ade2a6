using System;

namespace CentralAsia.Domain.Internal;

/// <summary>
/// The format strings of the value types that have one text: <c>"G"</c>, or null or empty for it.
/// One place, so that every type accepts and refuses the same strings with the same message.
/// </summary>
internal static class GeneralFormat
{
    /// <summary>Whether <paramref name="format"/> asks for the one text (a null string converts to an empty span).</summary>
    internal static bool IsGeneral(ReadOnlySpan<char> format) => format.IsEmpty || format.SequenceEqual("G");

    /// <summary>Throws for a format other than the general one.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor "G".</exception>
    internal static void Check(ReadOnlySpan<char> format, string typeName)
    {
        if (!IsGeneral(format))
        {
            throw Unknown(format, typeName);
        }
    }

    /// <summary>The exception for a format other than the general one.</summary>
    internal static FormatException Unknown(ReadOnlySpan<char> format, string typeName) => new($"Unknown {typeName} format '{format}': use G.");
}
