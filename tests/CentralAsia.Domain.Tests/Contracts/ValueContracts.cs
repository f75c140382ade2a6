using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace CentralAsia.Domain.Tests.Contracts;

/// <summary>
/// The contracts every value type keeps: equality (with its operators and hash), ordering (with its
/// operators), and parse/format round trips. Properties call these with generated values.
/// </summary>
public static class ValueContracts
{
    /// <summary>Equals is reflexive and symmetric, agrees with ==, != and object.Equals, and equal values hash alike.</summary>
    public static void Equality<T>(T a, T b)
        where T : IEquatable<T>
    {
        Assert.True(a.Equals(a));
        Assert.Equal(a.Equals(b), b.Equals(a));
        Assert.Equal(a.Equals(b), a.Equals((object?)b));
        Assert.False(a.Equals((object?)null));
        Assert.False(a.Equals((object)"not a value"));
        Assert.Equal(a.Equals(b), Operator<T>("op_Equality", a, b));
        Assert.Equal(!a.Equals(b), Operator<T>("op_Inequality", a, b));
        if (a.Equals(b))
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    /// <summary>CompareTo is a total order consistent with Equals, antisymmetric, transitive, and the operators agree.</summary>
    public static void Ordering<T>(T a, T b, T c)
        where T : IComparable<T>, IComparable, IEquatable<T>
    {
        Assert.Equal(0, a.CompareTo(a));
        Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
        Assert.Equal(a.Equals(b), a.CompareTo(b) == 0);
        Assert.Equal(Math.Sign(a.CompareTo(b)), Math.Sign(a.CompareTo((object)b)));
        Assert.True(a.CompareTo((object?)null) > 0);
        Assert.Contains(typeof(T).Name, Assert.Throws<ArgumentException>(() => a.CompareTo((object)"not a value")).Message, StringComparison.Ordinal);
        if (a.CompareTo(b) <= 0 && b.CompareTo(c) <= 0)
        {
            Assert.True(a.CompareTo(c) <= 0);
        }

        Assert.Equal(a.CompareTo(b) < 0, Operator<T>("op_LessThan", a, b));
        Assert.Equal(a.CompareTo(b) <= 0, Operator<T>("op_LessThanOrEqual", a, b));
        Assert.Equal(a.CompareTo(b) > 0, Operator<T>("op_GreaterThan", a, b));
        Assert.Equal(a.CompareTo(b) >= 0, Operator<T>("op_GreaterThanOrEqual", a, b));

        // A value against itself: the strict operators are false, the others true.
        Assert.False(Operator<T>("op_LessThan", a, a));
        Assert.True(Operator<T>("op_LessThanOrEqual", a, a));
        Assert.False(Operator<T>("op_GreaterThan", a, a));
        Assert.True(Operator<T>("op_GreaterThanOrEqual", a, a));
    }

    /// <summary>Parse(ToString()) returns an equal value whose text is the same; span and string forms agree; TryFormat writes the same text.</summary>
    public static void RoundTrip<T>(T value)
        where T : ISpanParsable<T>, ISpanFormattable, IEquatable<T>
    {
        var text = value.ToString()!;
        var parsed = T.Parse(text, null);
        Assert.Equal(value, parsed);
        Assert.Equal(text, parsed.ToString());
        Assert.Equal(value, T.Parse(text.AsSpan(), null));
        Assert.True(T.TryParse(text, null, out var tried));
        Assert.Equal(value, tried);
        Assert.Equal(text, value.ToString(null, null));
        Assert.Equal(text, value.ToString("G", null));
        Assert.Equal(text, value.ToString(string.Empty, null));
        var unknown = Assert.Throws<FormatException>(() => value.ToString("unknown format", null)).Message;
        Assert.Contains(unknown, (string[])[$"Unknown {typeof(T).Name} format 'unknown format': use G.", "Unknown identifier format 'unknown format': use G.", "Unknown CountryCode format 'unknown format': use G, A2, A3 or N."]);
        Assert.Equal(unknown, Assert.Throws<FormatException>(() => value.TryFormat(new char[text.Length + 8], out _, "unknown format", null)).Message);

        Span<char> buffer = stackalloc char[text.Length + 8];
        Assert.True(value.TryFormat(buffer, out var written, default, null));
        Assert.Equal(text, buffer[..written].ToString());
        Assert.True(value.TryFormat(buffer, out written, "G", null));
        Assert.Equal(text, buffer[..written].ToString());
        if (text.Length > 0)
        {
            Assert.False(value.TryFormat(buffer[..(text.Length - 1)], out _, default, null));
        }
    }

    private static bool Operator<T>(string name, T a, T b)
    {
        var method = typeof(T).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)
            .Single(m => m.Name == name && m.GetParameters().Length == 2);
        return (bool)method.Invoke(null, [a, b])!;
    }
}
