using System;

namespace CentralAsia.Domain.Internal;

/// <summary>
/// A pragmatic BCP 47 check: a 2–3 letter lowercase language subtag, then subtags of 2–8 letters
/// or digits separated by hyphens (<c>ru</c>, <c>kk-Cyrl</c>, <c>zh-Hans-CN</c>).
/// </summary>
internal static class LanguageTag
{
    internal static bool IsValid(ReadOnlySpan<char> tag)
    {
        if (tag.Length is 0 or > 35)
        {
            return false;
        }

        var first = true;
        while (true)
        {
            var hyphen = tag.IndexOf('-');
            var part = hyphen < 0 ? tag : tag[..hyphen];
            var ok = first
                ? part.Length is >= 2 and <= 3 && IsLowercase(part)
                : part.Length is >= 2 and <= 8 && IsAlphanumeric(part);
            if (!ok)
            {
                return false;
            }

            if (hyphen < 0)
            {
                return true;
            }

            tag = tag[(hyphen + 1)..];
            first = false;
        }
    }

    // A loop, not ContainsAnyExceptInRange('a', 'z'): on .NET 10 the range search over chars allocates 96 bytes a call.
    private static bool IsLowercase(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAlphanumeric(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
