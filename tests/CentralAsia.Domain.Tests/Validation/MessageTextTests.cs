using System;
using Xunit;
using static CentralAsia.Domain.Validation.ErrorCodes;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Tests.Validation;

/// <summary>The pieces error paths and messages are built from.</summary>
public class MessageTextTests
{
    [Theory]
    [InlineData("colour", "colour")]
    [InlineData("~", "~0")]
    [InlineData("/", "~1")]
    [InlineData("a/b~c", "a~1b~0c")]
    [InlineData("~1", "~01")] // '~' first, so "~1" in the name does not turn into '/'
    public void Property_names_are_escaped_as_JSON_Pointer_tokens(string name, string token) =>
        Assert.Equal(token, JsonPointer.Escape(name));

    [Fact]
    public void An_unknown_property_is_reported_at_its_escaped_pointer()
    {
        var error = Assert.Single(CentralAsia.Domain.Serialization.CentralAsiaJson.Validate("""{"schemaVersion":"1.0","a/b~c":1}"""u8));
        Assert.Equal((JsonPropertyUnknown, "/a~1b~0c"), (error.Code, error.Path));
    }

    [Fact]
    public void Long_texts_are_cut_in_messages()
    {
        var forty = new string('x', 40);
        Assert.Contains($"'{forty}' is not a country code", ParseErrors.Message(CountryCodeInvalid, forty), StringComparison.Ordinal);
        var message = ParseErrors.Message(CountryCodeInvalid, forty + "y");
        Assert.StartsWith($"'{forty}…' (41 characters) is not a country code", message, StringComparison.Ordinal);
        Assert.DoesNotContain("y", message[..50], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_parse_error_has_a_message_of_its_own_quoting_the_text()
    {
        string[] codes =
        [
            CountryCodeInvalid, CountryCodeUnknown, CurrencyCodeInvalid, CurrencyCodeUnknown, MoneyInvalid, NumberOutOfRange,
            DateInvalid, DateNonexistent, QuantityInvalid, QuantityUnitUnknown, QuantityNegative, HsCodeInvalid,
            HsCodeEditionUnknown, IdentifierInvalid, IdentifierTooLong, CollectionDuplicate, RegionUnknown,
        ];
        var messages = Array.ConvertAll(codes, code => ParseErrors.Message(code, "01"));
        Assert.All(messages, m => Assert.StartsWith("'01' ", m, StringComparison.Ordinal));
        Assert.All(messages, m => Assert.True(m.Length > 25, m));
        Assert.Equal(codes.Length, new System.Collections.Generic.HashSet<string>(messages).Count);
        Assert.Contains("canonical decimal", ParseErrors.Message(MoneyInvalid, "01"), StringComparison.Ordinal);
    }
}
