using System;
using CentralAsia.Domain.Tests.Contracts;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck.Xunit;
using Xunit;

namespace CentralAsia.Domain.Tests.Values;

[Properties(Arbitrary = [typeof(Arbitraries)])]
public class QuantityTests
{
    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Equality_contract(Quantity a, Quantity b) => ValueContracts.Equality(a, b);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Ordering_contract_within_one_unit(Quantity a, Quantity b, Quantity c) =>
        ValueContracts.Ordering(a, new Quantity(b.Value, a.Unit), new Quantity(c.Value, a.Unit));

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Round_trips_through_text(Quantity quantity) => ValueContracts.RoundTrip(quantity);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Units_are_never_mixed(Quantity a, Quantity b)
    {
        if (a.Unit != b.Unit)
        {
            Assert.Throws<ArgumentException>(() => a + b);
            Assert.Throws<ArgumentException>(() => a.CompareTo(b));
        }
        else
        {
            Assert.Equal(a.Value + b.Value, (a + b).Value);
        }
    }

    [Fact]
    public void Every_unit_has_one_symbol_that_parses_back()
    {
        foreach (var unit in Enum.GetValues<Unit>())
        {
            Assert.True(Units.TryParseSymbol(Units.GetSymbol(unit), out var parsed));
            Assert.Equal(unit, parsed);
        }

        Assert.Equal(new Quantity(30m, Unit.BillionCubicMetresPerYear), Quantity.Parse("30 bcm/yr"));
        Assert.Equal("523 km", new Quantity(523m, Unit.Kilometres).ToString());
        Assert.True(Units.IsCapacity(Unit.TeuPerYear));
        Assert.False(Units.IsCapacity(Unit.Kilometres));
        Assert.True(Units.IsLength(Unit.Millimetres));
        Assert.Throws<ArgumentOutOfRangeException>(() => Units.GetSymbol((Unit)99));
    }

    [Theory]
    [InlineData("30", ErrorCodes.QuantityInvalid)]
    [InlineData("thirty bcm/yr", ErrorCodes.QuantityInvalid)]
    [InlineData("30 BCM/yr", ErrorCodes.QuantityUnitUnknown)]
    [InlineData("30 mt", ErrorCodes.QuantityUnitUnknown)]
    [InlineData("30 ", ErrorCodes.QuantityUnitUnknown)]
    [InlineData("-5 km", ErrorCodes.QuantityNegative)]
    [InlineData("79228162514264337593543950336 km", ErrorCodes.NumberOutOfRange)]
    public void Invalid_text_yields_its_code(string text, string code) => Assert.Equal(code, Quantity.TryParseCore(text, out _));

    [Fact]
    public void Construction_checks_sign_and_unit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity(-1m, Unit.Kilometres));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity(1m, default));
        Assert.Equal(string.Empty, default(Quantity).ToString());
    }
}
