using System;
using System.Diagnostics.CodeAnalysis;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Values;

/// <summary>
/// The base of the typed identifiers (<see cref="LeaderId"/>, <see cref="SourceId"/>, …): a lowercase
/// slug such as <c>xi-jinping</c> or <c>line-d</c> — letters a–z and digits, single hyphens between
/// them, at most 64 characters.
/// </summary>
/// <typeparam name="TSelf">The concrete identifier type; identifiers of different types never compare equal.</typeparam>
/// <remarks>
/// <para>Ordering and equality are ordinal on <see cref="Value"/>. Only this library derives from this
/// class. Instances are immutable and thread-safe.</para>
/// </remarks>
#pragma warning disable CA1000 // Parse/TryParse must be static members of the generic base to implement ISpanParsable<TSelf> once for all identifiers.
public abstract class Identifier<TSelf> : IEquatable<TSelf>, IComparable<TSelf>, IComparable, ISpanParsable<TSelf>, ISpanFormattable
    where TSelf : Identifier<TSelf>, IIdentifier<TSelf>
{
    /// <summary>Checks and stores the slug.</summary>
    /// <param name="value">The slug.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid slug.</exception>
    private protected Identifier(string value)
    {
        Preconditions.CheckNotNull(value);
        if (Identifiers.Check(value) is { } code)
        {
            Preconditions.ThrowArgument(nameof(value), ParseErrors.Message(code, value));
        }

        Value = value;
    }

    /// <summary>The slug, for example <c>"xi-jinping"</c>.</summary>
    public string Value { get; }

    /// <summary>Parses a slug.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid slug; the message names the error code.</exception>
    public static TSelf Parse(string s) =>
        Identifiers.Check(Preconditions.CheckNotNull(s)) is { } code ? throw ParseErrors.Exception(code, s, typeof(TSelf).Name) : TSelf.Create(s);

    /// <summary>Parses a slug.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: identifiers are culture-invariant.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid slug.</exception>
    public static TSelf Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses a slug.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid slug.</exception>
    public static TSelf Parse(ReadOnlySpan<char> s) =>
        Identifiers.Check(s) is { } code ? throw ParseErrors.Exception(code, s, typeof(TSelf).Name) : TSelf.Create(s.ToString());

    /// <summary>Parses a slug.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a valid slug.</exception>
    public static TSelf Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a slug.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="result">The identifier, or null.</param>
    /// <returns>Whether the text is a valid slug.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, [MaybeNullWhen(false)] out TSelf result)
    {
        result = s is not null && Identifiers.Check(s) is null ? TSelf.Create(s) : null;
        return result is not null;
    }

    /// <summary>Tries to parse a slug.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The identifier, or null.</param>
    /// <returns>Whether the text is a valid slug.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out TSelf result) => TryParse(s, out result);

    /// <summary>Tries to parse a slug.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The identifier, or null.</param>
    /// <returns>Whether the text is a valid slug.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, [MaybeNullWhen(false)] out TSelf result)
    {
        result = Identifiers.Check(s) is null ? TSelf.Create(s.ToString()) : null;
        return result is not null;
    }

    /// <summary>Tries to parse a slug.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The identifier, or null.</param>
    /// <returns>Whether the text is a valid slug.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out TSelf result) => TryParse(s, out result);

    /// <summary>Parses a slug; returns null on success or the error code.</summary>
    internal static string? TryParseCore(ReadOnlySpan<char> s, out TSelf? result)
    {
        var code = Identifiers.Check(s);
        result = code is null ? TSelf.Create(s.ToString()) : null;
        return code;
    }

    /// <summary>Ordinal comparison of the slugs; null sorts first.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>The order.</returns>
    public int CompareTo(TSelf? other) => other is null ? 1 : string.CompareOrdinal(Value, other.Value);

    /// <summary>Compares with another identifier of the same type; null sorts first.</summary>
    /// <param name="obj">The other value.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <typeparamref name="TSelf"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        TSelf other => CompareTo(other),
        _ => throw Preconditions.NotComparable<TSelf>(obj, nameof(obj)),
    };

    /// <summary>Whether both have the same slug.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(TSelf? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TSelf other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The slug.</summary>
    /// <returns>The slug.</returns>
    public override string ToString() => Value;

    /// <summary>The slug; the only format is <c>"G"</c> (or null/empty).</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The slug.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        GeneralFormat.IsGeneral(format) ? Value : throw GeneralFormat.Unknown(format, "identifier");

    /// <summary>Writes the slug without allocating.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the span was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not "G".</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        GeneralFormat.Check(format, "identifier");

        charsWritten = Value.TryCopyTo(destination) ? Value.Length : 0;
        return charsWritten == Value.Length;
    }

    /// <summary>Whether both are null or have the same slug.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Identifier<TSelf>? left, Identifier<TSelf>? right) =>
        left is null ? right is null : right is not null && string.Equals(left.Value, right.Value, StringComparison.Ordinal);

    /// <summary>Whether they differ.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Identifier<TSelf>? left, Identifier<TSelf>? right) => !(left == right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (null first).</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Identifier<TSelf>? left, Identifier<TSelf>? right) => Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Identifier<TSelf>? left, Identifier<TSelf>? right) => Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Identifier<TSelf>? left, Identifier<TSelf>? right) => Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Identifier<TSelf>? left, Identifier<TSelf>? right) => Compare(left, right) >= 0;

    private static int Compare(Identifier<TSelf>? left, Identifier<TSelf>? right) =>
        left is null ? (right is null ? 0 : -1) : right is null ? 1 : string.CompareOrdinal(left.Value, right.Value);
}
#pragma warning restore CA1000
