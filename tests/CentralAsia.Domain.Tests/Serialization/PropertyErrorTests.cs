using System.Linq;
using System.Text;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using Xunit;
using static CentralAsia.Domain.Validation.ErrorCodes;

namespace CentralAsia.Domain.Tests.Serialization;

/// <summary>Unknown and repeated properties: the exact errors, and that reading goes on correctly after them.</summary>
public class PropertyErrorTests
{
    private const string Rest = "\"partner\":\"KZ\",\"direction\":\"export\",\"period\":\"2022\",\"value\":{\"amount\":1,\"currency\":\"USD\"},\"citations\":[\"s1\"]";

    [Fact]
    public void An_unknown_property_is_named_with_the_properties_the_object_has()
    {
        var error = Assert.Single(Errors($$"""{"reporter":"CN","colour":{"deep":[1,2,{"x":3}]},{{Rest}}}"""));
        Assert.Equal((JsonPropertyUnknown, "/colour"), (error.Code, error.Path));
        Assert.Equal("'colour' is not a property here; expected one of: reporter, partner, direction, period, value, valuation, commodity, estimated, note, citations.", error.Message);
    }

    [Theory]
    [InlineData(40, "")]
    [InlineData(41, "…")]
    public void A_long_unknown_name_is_quoted_up_to_40_characters(int length, string ellipsis)
    {
        var name = new string('n', length);
        var error = Assert.Single(Errors($$"""{"reporter":"CN","{{name}}":1,{{Rest}}}"""));
        Assert.StartsWith($"'{new string('n', 40)}{ellipsis}' is not a property here", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_property_with_an_object_value_is_one_error_and_reading_goes_on_at_the_right_place()
    {
        // The repeated value is skipped whole, and the pointer of a later error is still right.
        var errors = Errors($$"""{"reporter":"CN","partner":"KZ","direction":"export","period":"2022","value":{"amount":1,"currency":"USD"},"value":{"amount":2,"currency":"EUR"},"note":"","citations":["s1"]}""");
        Assert.Equal(
            [(JsonPropertyDuplicate, "/value", "'value' appears more than once in this object."), (TextBlank, "/note", null)],
            errors.Select(e => (e.Code, e.Path, e.Code == JsonPropertyDuplicate ? e.Message : null)));
    }

    private static ValidationError[] Errors(string json) => [.. CentralAsiaJson.Validate<TradeFlow>(Encoding.UTF8.GetBytes(json))];
}
