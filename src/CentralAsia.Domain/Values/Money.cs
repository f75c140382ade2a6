using System;
using System.Diagnostics.CodeAnalysis;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Values;

/// <summary>
/// An amount of money: a <see cref="decimal"/> amount in one ISO 4217 currency.
/// </summary>
/// <remarks>
/// <para>Arithmetic and comparison work only within one currency: combining or comparing two
/// currencies throws <see cref="ArgumentException"/> (error code <see cref="ErrorCodes.MoneyCurrencyMismatch"/>),
/// never a silent result. Equality across currencies is simply false.</para>
/// <para>Amounts keep their scale (<c>1.50 USD</c> formats as <c>"1.50 USD"</c>), and <c>1.5 USD</c>
/// equals <c>1.50 USD</c>, as decimals do. Amounts may be negative (a trade balance); fields that
/// must not be negative say so.</para>
/// <para>Text form: the canonical invariant decimal, one space, the currency code: <c>"31200000000 USD"</c>.</para>
/// <para><c>default(Money)</c> has no currency: it means "no value". It equals only itself, formats
/// as the empty string, and records reject it with <see cref="ErrorCodes.ValueRequired"/>.</para>
/// <para>This type is an immutable value type and thread-safe.</para>
/// </remarks>
[System.ComponentModel.TypeConverter(typeof(ComponentModel.ParsableTypeConverter<Money>))]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.MoneyConverter))]
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable, ISpanParsable<Money>, ISpanFormattable
{
    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default</c>.</exception>
    public Money(decimal amount, CurrencyCode currency)
    {
        Amount = amount;
        Currency = Preconditions.CheckNotDefault(currency, nameof(currency));
    }

    /// <summary>The amount, in units of <see cref="Currency"/> (not minor units).</summary>
    public decimal Amount { get; }

    /// <summary>The currency.</summary>
    public CurrencyCode Currency { get; }

    /// <summary>Zero in the given currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default</c>.</exception>
    public static Money Zero(CurrencyCode currency) => new(0m, currency);

    /// <summary>Parses <c>"amount CUR"</c>, for example <c>"31200000000 USD"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not in the canonical form; the message names the error code.</exception>
    public static Money Parse(string s) => Parse(Preconditions.CheckNotNull(s).AsSpan());

    /// <summary>Parses <c>"amount CUR"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is culture-invariant.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not in the canonical form.</exception>
    public static Money Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses <c>"amount CUR"</c> without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException">The text is not in the canonical form.</exception>
    public static Money Parse(ReadOnlySpan<char> s) =>
        TryParseCore(s, out var result) is { } code ? throw ParseErrors.Exception(code, s, nameof(Money)) : result;

    /// <summary>Parses <c>"amount CUR"</c> without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException">The text is not in the canonical form.</exception>
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse <c>"amount CUR"</c>.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="result">The amount, or default on failure.</param>
    /// <returns>Whether the text is a valid amount.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Money result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse <c>"amount CUR"</c>.</summary>
    /// <param name="s">The text; null fails.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The amount, or default on failure.</param>
    /// <returns>Whether the text is a valid amount.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse <c>"amount CUR"</c> without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount, or default on failure.</param>
    /// <returns>Whether the text is a valid amount.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Money result) => TryParseCore(s, out result) is null;

    /// <summary>Tries to parse <c>"amount CUR"</c> without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The amount, or default on failure.</param>
    /// <returns>Whether the text is a valid amount.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result) => TryParse(s, out result);

    internal static string? TryParseCore(ReadOnlySpan<char> s, out Money result)
    {
        result = default;
        var space = s.IndexOf(' ');
        if (space < 0)
        {
            return ErrorCodes.MoneyInvalid;
        }

        if (DecimalText.TryParse(s[..space], out var amount) is { } amountError)
        {
            return amountError;
        }

        if (CurrencyCode.TryParseCore(s[(space + 1)..], exact: true, out var currency) is { } currencyError)
        {
            return currencyError;
        }

        result = new Money(amount, currency);
        return null;
    }

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>The order of the amounts.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public int CompareTo(Money other) => Amount.CompareTo(SameCurrency(this, other, nameof(other)).Amount);

    /// <summary>Compares with another boxed <see cref="Money"/> of the same currency; null sorts first.</summary>
    /// <param name="obj">The other value.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Money"/>, or its currency differs.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw Preconditions.NotComparable<Money>(obj, nameof(obj)),
    };

    /// <summary>Whether both have the same currency and equal amounts (<c>1.5</c> equals <c>1.50</c>).</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Money other) => Currency == other.Currency && Amount == other.Amount;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>The canonical text, for example <c>"31200000000 USD"</c> (empty for <c>default</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Currency == default ? string.Empty : DecimalText.Format(Amount) + " " + Currency.ToString();

    /// <summary>The canonical text; the only format is <c>"G"</c> (or null/empty).</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        GeneralFormat.IsGeneral(format) ? ToString() : throw GeneralFormat.Unknown(format, nameof(Money));

    /// <summary>Writes the canonical text without allocating.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the span was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not "G".</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        GeneralFormat.Check(format, nameof(Money));

        charsWritten = 0;
        if (Currency == default)
        {
            return true;
        }

        if (!DecimalText.TryFormat(Amount, destination, out var n) || destination.Length < n + 4)
        {
            return false;
        }

        destination[n] = ' ';
        Currency.TryFormat(destination[(n + 1)..], out _, default, null);
        charsWritten = n + 4;
        return true;
    }

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator +(Money left, Money right) => new(left.Amount + SameCurrency(left, right, nameof(right)).Amount, left.Currency);

    /// <summary>Subtracts two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator -(Money left, Money right) => new(left.Amount - SameCurrency(left, right, nameof(right)).Amount, left.Currency);

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default</c>.</exception>
    public static Money operator -(Money value) => new(-value.Amount, value.Currency);

    /// <summary>Multiplies an amount by a factor.</summary>
    /// <param name="value">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default</c>.</exception>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator *(Money value, decimal factor) => new(value.Amount * factor, value.Currency);

    /// <summary>Adds two amounts of the same currency (the named form of <c>+</c>).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts two amounts of the same currency (the named form of <c>-</c>).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="decimal"/>.</exception>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Negates an amount (the named form of unary <c>-</c>).</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default</c>.</exception>
    public static Money Negate(Money value) => -value;

    /// <summary>Multiplies an amount by a factor (the named form of <c>*</c>).</summary>
    /// <param name="value">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default</c>.</exception>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money Multiply(Money value, decimal factor) => value * factor;

    /// <summary>Whether both have the same currency and equal amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Whether the currencies or amounts differ.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount, in the same currency.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount, in the same currency.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount, in the same currency.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount, in the same currency.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    private static Money SameCurrency(Money left, Money right, string paramName)
    {
        if (left.Currency != right.Currency)
        {
            Preconditions.ThrowArgument(
                paramName,
                $"[{ErrorCodes.MoneyCurrencyMismatch}] Cannot combine or compare {left.Currency.ToString()} with {right.Currency.ToString()}: convert one first.");
        }

        return right;
    }
}
