using System.Linq;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using Xunit;

namespace CentralAsia.Domain.Tests.Serialization;

/// <summary>
/// JSON numbers in exponent form are valid JSON: an amount in that form is read when decimal holds
/// every significant digit exactly (at most 28; leading zeros and trailing zeros do not count).
/// A negative zero is zero.
/// </summary>
public class JsonNumberTests
{
    [Theory]
    [InlineData("1.5e3", "1500")]
    [InlineData("15E2", "1500")]
    [InlineData("1234567890123456789012345678e0", "1234567890123456789012345678")]
    [InlineData("12345678901234567890123456780e0", "12345678901234567890123456780")] // 28 significant digits and a zero
    [InlineData("1000000000000000000000000000000e-10", "100000000000000000000")] // 31 digits, 1 significant
    [InlineData("0.0000000000000000000000000000012345e30", "1.2345")] // leading zeros are not significant
    [InlineData("2.5e-3", "0.0025")]
    public void An_exponent_amount_with_every_digit_held_is_read(string number, string expected)
    {
        var flow = CentralAsiaJson.Deserialize<TradeFlow>(Flow(number));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), flow.Value.Amount);
    }

    [Theory]
    [InlineData("12345678901234567890123456789e0")] // 29 significant digits
    [InlineData("10203040506070809010203040506e0")] // 29, zeros inside count
    [InlineData("1.2345678901234567890123456789e5")]
    [InlineData("1e29")]
    public void An_exponent_amount_with_more_digits_than_decimal_holds_is_out_of_range(string number)
    {
        var error = Assert.Single(CentralAsiaJson.Validate<TradeFlow>(System.Text.Encoding.UTF8.GetBytes(Flow(number))));
        Assert.Equal((ErrorCodes.NumberOutOfRange, "/value/amount"), (error.Code, error.Path));
        Assert.Equal($"'{number}' cannot be held exactly as a decimal (more than 28 significant digits, or too large).", error.Message);
    }

    [Fact]
    public void A_plain_amount_with_a_leading_zero_cannot_be_JSON_but_a_long_one_is_out_of_range()
    {
        var error = Assert.Single(CentralAsiaJson.Validate<TradeFlow>(System.Text.Encoding.UTF8.GetBytes(Flow("1.00000000000000000000000000001"))));
        Assert.Equal(ErrorCodes.NumberOutOfRange, error.Code);
        Assert.StartsWith("'1.00000000000000000000000000001' cannot be held exactly", error.Message, System.StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.JsonSyntax, CentralAsiaJson.Validate<TradeFlow>(System.Text.Encoding.UTF8.GetBytes(Flow("01"))).Single().Code);
    }

    [Theory]
    [InlineData("-0", "0")]
    [InlineData("-0.0", "0.0")]
    [InlineData("-0e0", "0")]
    [InlineData("-0.00e3", "0")]
    public void A_negative_zero_is_zero_as_the_schema_says(string number, string canonical)
    {
        var flow = CentralAsiaJson.Deserialize<TradeFlow>(Flow(number));
        Assert.False(decimal.IsNegative(flow.Value.Amount));
        Assert.Equal(canonical, flow.Value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Flow(string amount) =>
        $$"""{"reporter":"CN","partner":"KZ","direction":"export","period":"2022","value":{"amount":{{amount}},"currency":"USD"},"citations":["s1"]}""";
}
