using CentralAsia.Domain.Import.Internal;
using Xunit;

namespace CentralAsia.Domain.Import.Tests.Internal;

/// <summary>
/// The cell parsing every reader shares: invariant culture, white space around a value ignored, whole numbers also as a
/// workbook writes them (<c>2022.0</c>), and nothing outside <see cref="int"/> taken as one.
/// </summary>
public sealed class CellTextTests
{
    [Theory]
    [InlineData("2022", 2022)]
    [InlineData(" 2022 ", 2022)]
    [InlineData("-7", -7)]
    [InlineData("2022.0", 2022)]
    [InlineData("2.022E3", 2022)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("2147483647.0", int.MaxValue)]
    [InlineData("-2147483648.0", int.MinValue)]
    public void Whole_numbers(string text, int expected)
    {
        Assert.True(CellText.TryInt(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2022.5")]
    [InlineData("2147483648")]
    [InlineData("2147483648.0")]
    [InlineData("-2147483649.0")]
    [InlineData("1,000")]
    [InlineData("twenty")]
    [InlineData("0x10")]
    public void Not_whole_numbers_leave_zero(string text)
    {
        Assert.False(CellText.TryInt(text, out var value));
        Assert.Equal(0, value);
    }

    [Theory]
    [InlineData("31200000000", "31200000000")]
    [InlineData(" 1.5 ", "1.5")]
    [InlineData("3.12E+10", "31200000000")]
    [InlineData("-0.25", "-0.25")]
    public void Decimals(string text, string expected)
    {
        Assert.True(CellText.TryDecimal(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1 000")]
    [InlineData("$5")]
    [InlineData("(5)")]
    public void Not_decimals(string text) => Assert.False(CellText.TryDecimal(text, out _));

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData(" 1 ", true)]
    [InlineData("Yes", true)]
    [InlineData("yes", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("0", false)]
    [InlineData("NO", false)]
    [InlineData("no", false)]
    [InlineData("", null)]
    [InlineData("y", null)]
    [InlineData("01", null)]
    [InlineData("2", null)]
    public void Booleans(string text, bool? expected) => Assert.Equal(expected, CellText.Boolean(text));

    [Theory]
    [InlineData("", true)]
    [InlineData(" \t", true)]
    [InlineData(" x ", false)]
    public void Empty_means_white_space_only(string text, bool expected) => Assert.Equal(expected, CellText.IsEmpty(text));

    [Fact]
    public void Quotes_are_cut_at_forty_characters_and_say_how_long_the_value_was()
    {
        var forty = new string('a', 40);
        Assert.Equal($"'{forty}'", CellText.Quote(forty));
        Assert.Equal($"'{forty}…' (41 characters)", CellText.Quote(forty + "b"));
        Assert.Equal("''", CellText.Quote(string.Empty));
    }
}
