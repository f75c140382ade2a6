using System;
using System.Diagnostics.CodeAnalysis;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Values;

/// <summary>
/// A non-negative measured amount with a <see cref="Values.Unit"/>: a pipeline's <c>30 bcm/yr</c>,
/// a railway's <c>523 km</c>.
/// </summary>
/// <remarks>
/// <para>Text form: the canonical invariant decimal, one space, the unit symbol: <c>"30 bcm/yr"</c>.</para>
/// <para>Comparison and addition work only within one unit (no conversions are implied);
/// mixing units throws <see cref="ArgumentException"/>. <c>30 km</c> equals <c>30.0 km</c>.</para>
/// <para><c>default(Quantity)</c> has no unit: it means "no value". It equals only itself,
/// formats as the empty string, and records reject it with <see cref="ErrorCodes.ValueRequired"/>.</para>
/// <para>This type is an immutable value type and thread-safe.</para>
/// </remarks>
[System.ComponentModel.TypeConverter(typeof(ComponentModel.ParsableTypeConverter<Quantity>))]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.QuantityConverter))]
public readonly struct Quantity : IEquatable<Quantity>, IComparable<Quantity>, IComparable, ISpanParsable<Quantity>, ISpanFormattable
{
    /// <summary>Creates a quantity.</summary>
    /// <param name="value">The amount, zero or more.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or <paramref name="unit"/> is not defined.</exception>
    public Quantity(decimal value, Unit unit)
    {
        Value = Preconditions.CheckNotNegative(value, ErrorCodes.QuantityNegative, nameof(value));
        Unit = Preconditions.CheckDefined(unit, Units.IsDefined(unit), nameof(unit));
    }

    /// <summary>The amount, zero or more.</summary>
    public decimal Value { get; }

    /// <summary>The unit.</summary>
    public Unit Unit { get; }

    /// <summary>Parses <c>"value unit"</c>, for example <c>"30 bcm/yr"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a canonical quantity; the message names the error code.</exception>
    public static Quantity Parse(string s) => Parse(Preconditions.CheckNotNull(s).AsSpan());

    /// <summary>Parses <c>"value unit"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a canonical quantity.</exception>
    public static Quantity Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses <c>"value unit"</c> without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="FormatException">The text is not a canonical quantity.</exception>
    public static Quantity Parse(ReadOnlySpan<char> s) =>
        TryParseCore(s, out var result) is { } code ? throw ParseErrors.Exception(code, s, nameof(Quantity)) : result;

    /// <summary>Parses <c>"value unit"</c> without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="FormatException">The text is not a canonical quantity.</exception>
    public static Quantity Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse <c>"value unit"</c>.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="result">The quantity, or default on failure.</param>
    /// <returns>Whether the text is a quantity.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Quantity result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse <c>"value unit"</c>.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The quantity, or default on failure.</param>
    /// <returns>Whether the text is a quantity.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Quantity result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The quantity, or default on failure.</param>
    /// <returns>Whether the text is a quantity.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Quantity result) => TryParseCore(s, out result) is null;

    /// <summary>Tries to parse without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The quantity, or default on failure.</param>
    /// <returns>Whether the text is a quantity.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Quantity result) => TryParse(s, out result);

    internal static string? TryParseCore(ReadOnlySpan<char> s, out Quantity result)
    {
        result = default;
        var space = s.IndexOf(' ');
        if (space < 0)
        {
            return ErrorCodes.QuantityInvalid;
        }

        var error = DecimalText.TryParse(s[..space], out var value);
        if (error is not null)
        {
            return error == ErrorCodes.MoneyInvalid ? ErrorCodes.QuantityInvalid : error;
        }

        if (!Units.TryParseSymbol(s[(space + 1)..], out var unit))
        {
            return ErrorCodes.QuantityUnitUnknown;
        }

        if (value < 0m)
        {
            return ErrorCodes.QuantityNegative;
        }

        result = new Quantity(value, unit);
        return null;
    }

    /// <summary>Compares two quantities of the same unit.</summary>
    /// <param name="other">The other quantity.</param>
    /// <returns>The order of the values.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public int CompareTo(Quantity other) => Value.CompareTo(SameUnit(this, other).Value);

    /// <summary>Compares with another boxed <see cref="Quantity"/> of the same unit; null sorts first.</summary>
    /// <param name="obj">The other value.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Quantity"/>, or its unit differs.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Quantity other => CompareTo(other),
        _ => throw Preconditions.NotComparable<Quantity>(obj, nameof(obj)),
    };

    /// <summary>Whether both have the same unit and equal values.</summary>
    /// <param name="other">The other quantity.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Quantity other) => Unit == other.Unit && Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Unit);

    /// <summary>The canonical text, for example <c>"30 bcm/yr"</c> (empty for <c>default</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Unit == default ? string.Empty : DecimalText.Format(Value) + " " + Units.GetSymbol(Unit);

    /// <summary>The canonical text; the only format is <c>"G"</c> (or null/empty).</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        GeneralFormat.IsGeneral(format) ? ToString() : throw GeneralFormat.Unknown(format, nameof(Quantity));

    /// <summary>Writes the canonical text without allocating.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the span was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not "G".</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        GeneralFormat.Check(format, nameof(Quantity));

        charsWritten = 0;
        if (Unit == default)
        {
            return true;
        }

        var symbol = Units.GetSymbol(Unit);
        if (!DecimalText.TryFormat(Value, destination, out var n) || destination.Length < n + 1 + symbol.Length)
        {
            return false;
        }

        destination[n] = ' ';
        symbol.CopyTo(destination[(n + 1)..]);
        charsWritten = n + 1 + symbol.Length;
        return true;
    }

    /// <summary>Adds two quantities of the same unit.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public static Quantity operator +(Quantity left, Quantity right) => new(left.Value + SameUnit(left, right).Value, left.Unit);

    /// <summary>Adds two quantities of the same unit (the named form of <c>+</c>).</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public static Quantity Add(Quantity left, Quantity right) => left + right;

    /// <summary>Whether both have the same unit and equal values.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Whether the units or values differ.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity, in the same unit.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity, in the same unit.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public static bool operator <=(Quantity left, Quantity right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity, in the same unit.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity, in the same unit.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public static bool operator >=(Quantity left, Quantity right) => left.CompareTo(right) >= 0;

    private static Quantity SameUnit(Quantity left, Quantity right)
    {
        if (left.Unit != right.Unit)
        {
            Preconditions.ThrowArgument(nameof(right), $"Cannot combine or compare {left.Unit} with {right.Unit}: units are never converted implicitly.");
        }

        return right;
    }
}
