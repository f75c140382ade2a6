using System;
using CentralAsia.Domain.Tests.Contracts;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CentralAsia.Domain.Tests.Values;

[Properties(Arbitrary = [typeof(Arbitraries)])]
public class MoneyTests
{
    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Equality_contract(Money a, Money b) => ValueContracts.Equality(a, b);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Ordering_contract_within_one_currency(Money a, Money b, Money c) =>
        ValueContracts.Ordering(a, new Money(b.Amount, a.Currency), new Money(c.Amount, a.Currency));

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Round_trips_through_text_keeping_every_digit_and_the_scale(Money money)
    {
        ValueContracts.RoundTrip(money);
        var parsed = Money.Parse(money.ToString());
        Assert.Equal(decimal.GetBits(money.Amount), decimal.GetBits(parsed.Amount));
    }

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Mixing_currencies_is_refused_never_summed(Money a, Money b)
    {
        if (a.Currency == b.Currency)
        {
            return;
        }

        foreach (var attempt in new Func<object>[] { () => a + b, () => a - b, () => a < b, () => a.CompareTo(b), () => Money.Add(a, b) })
        {
            var ex = Assert.Throws<ArgumentException>(attempt);
            Assert.Contains(ErrorCodes.MoneyCurrencyMismatch, ex.Message, StringComparison.Ordinal);
        }

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Arithmetic_within_one_currency()
    {
        var kz = Money.Parse("31200000000 USD");
        var kzStats = Money.Parse("24100000000 USD");
        Assert.Equal(Money.Parse("7100000000 USD"), kz - kzStats);
        Assert.Equal(Money.Parse("55300000000 USD"), kz + kzStats);
        Assert.Equal(Money.Parse("-31200000000 USD"), -kz);
        Assert.Equal(Money.Parse("15.6 USD"), Money.Parse("31.2 USD") * 0.5m);
        Assert.True(kzStats < kz);
    }

    [Fact]
    public void Scale_is_kept_but_does_not_change_equality()
    {
        var a = Money.Parse("1.50 USD");
        var b = Money.Parse("1.5 USD");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("1.50 USD", a.ToString());
        Assert.Equal("1.5 USD", b.ToString());
    }

    [Theory]
    [InlineData("", ErrorCodes.MoneyInvalid)]
    [InlineData("100", ErrorCodes.MoneyInvalid)]
    [InlineData("100  USD", ErrorCodes.CurrencyCodeInvalid)]
    [InlineData("1e5 USD", ErrorCodes.MoneyInvalid)]
    [InlineData("1,000 USD", ErrorCodes.MoneyInvalid)]
    [InlineData("+5 USD", ErrorCodes.MoneyInvalid)]
    [InlineData("01 USD", ErrorCodes.MoneyInvalid)]
    [InlineData("1. USD", ErrorCodes.MoneyInvalid)]
    [InlineData(".5 USD", ErrorCodes.MoneyInvalid)]
    [InlineData("-0 USD", ErrorCodes.MoneyInvalid)]
    [InlineData("NaN USD", ErrorCodes.MoneyInvalid)]
    [InlineData("79228162514264337593543950336 USD", ErrorCodes.NumberOutOfRange)]
    [InlineData("0.12345678901234567890123456789 USD", ErrorCodes.NumberOutOfRange)]
    // A leading zero is a style fault whenever decimal holds the digits; digits it would round are out of range.
    [InlineData("01234567890123456789012345678 USD", ErrorCodes.MoneyInvalid)]
    [InlineData("-01234567890123456789012345678 USD", ErrorCodes.MoneyInvalid)]
    [InlineData("012345678901234567890123456789 USD", ErrorCodes.MoneyInvalid)]
    [InlineData("01.2345678901234567890123456789 USD", ErrorCodes.MoneyInvalid)]
    [InlineData("-01.234567890123456789012345678 USD", ErrorCodes.MoneyInvalid)]
    [InlineData("-00 USD", ErrorCodes.MoneyInvalid)]
    [InlineData("00.5 USD", ErrorCodes.MoneyInvalid)]
    [InlineData("00000000000000000000000000000000000000001 USD", ErrorCodes.MoneyInvalid)]
    [InlineData("-0000000000000000000000000000000000000000.5 USD", ErrorCodes.MoneyInvalid)]
    [InlineData("00000000000000000000000000000000000000001234567890123456789012345678901 USD", ErrorCodes.NumberOutOfRange)]
    [InlineData("0.00000000000000000000000000001 USD", ErrorCodes.NumberOutOfRange)]
    [InlineData("1.23456789012345678901234567891 USD", ErrorCodes.NumberOutOfRange)]
    [InlineData("1 usd", ErrorCodes.CurrencyCodeInvalid)]
    [InlineData("1 XYZ", ErrorCodes.CurrencyCodeUnknown)]
    [InlineData("1 US", ErrorCodes.CurrencyCodeInvalid)]
    public void Invalid_text_yields_its_code(string text, string code)
    {
        Assert.Equal(code, Money.TryParseCore(text, out var result));
        Assert.Equal(default, result);
        Assert.Contains(code, Assert.Throws<FormatException>(() => Money.Parse(text)).Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 100 / Runs.Divisor)]
    public Property Any_amount_with_more_digits_than_decimal_holds_is_out_of_range() =>
        Prop.ForAll(
            Gen.Choose(30, 60).SelectMany(n => Gen.Elements("123456789".ToCharArray()).ArrayOf(n), (_, digits) => new string(digits)).ToArbitrary(),
            digits => Money.TryParseCore(digits + " USD", out _) == ErrorCodes.NumberOutOfRange);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public bool Any_number_of_leading_zeros_before_an_amount_is_a_style_fault(decimal amount, bool negative, PositiveInt zeros)
    {
        var digits = Math.Abs(amount).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var padded = (negative ? "-" : "") + new string('0', zeros.Get) + digits + " USD";
        return Money.TryParseCore(padded, out _) == ErrorCodes.MoneyInvalid;
    }

    [Fact]
    public void The_named_forms_of_the_operators_compute_the_same()
    {
        var a = Money.Parse("31.2 USD");
        var b = Money.Parse("7.5 USD");
        Assert.Equal(Money.Parse("38.7 USD"), Money.Add(a, b));
        Assert.Equal(Money.Parse("23.7 USD"), Money.Subtract(a, b));
        Assert.Equal(a + b, Money.Add(a, b));
        Assert.Equal(a - b, Money.Subtract(a, b));
    }

    [Fact]
    public void Default_has_no_currency_and_cannot_be_built()
    {
        Assert.Equal(string.Empty, default(Money).ToString());
        Assert.Throws<ArgumentException>(() => new Money(1m, default));
        Assert.Throws<ArgumentException>(() => default(Money) + default(Money));
        Assert.Equal(Money.Parse("0 KZT"), Money.Zero(CurrencyCode.Kzt));
    }
}
