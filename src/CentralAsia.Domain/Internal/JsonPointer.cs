using System;

namespace CentralAsia.Domain.Internal;

/// <summary>Builds and checks JSON Pointers (RFC 6901).</summary>
internal static class JsonPointer
{
    internal static bool IsValid(ReadOnlySpan<char> pointer)
    {
        if (pointer.IsEmpty)
        {
            return true;
        }

        if (pointer[0] != '/')
        {
            return false;
        }

        for (var i = 0; i < pointer.Length; i++)
        {
            if (pointer[i] == '~' && (i + 1 == pointer.Length || (pointer[i + 1] != '0' && pointer[i + 1] != '1')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Escapes one reference token: '~' becomes "~0" and '/' becomes "~1".</summary>
    internal static string Escape(string token) =>
        token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal); // no copy when there is nothing to escape

    internal static string Unescape(string token) =>
        token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    internal static string Item(string arrayPath, int index) => arrayPath + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
