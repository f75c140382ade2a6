using System;
using System.Linq;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck.Xunit;
using Xunit;

namespace CentralAsia.Domain.Tests.Trade;

[Properties(Arbitrary = [typeof(Arbitraries)])]
public class TradePartnerTests
{
    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Round_trips_through_text_in_canonical_order(TradePartner partner)
    {
        var text = partner.ToString();
        Assert.Equal(partner, TradePartner.Parse(text));
        Assert.Null(TradePartner.TryParseCore(text, canonical: true, out var canonical));
        Assert.Equal(partner, canonical);
        Assert.Equal(partner.Countries.Order(), partner.Countries);
        Span<char> buffer = stackalloc char[text.Length];
        Assert.True(partner.TryFormat(buffer, out var n, default, null));
        Assert.Equal(text, buffer[..n].ToString());
    }

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Equality_is_equality_of_the_set(TradePartner partner)
    {
        var reversed = TradePartner.Group(partner.Countries.Reverse());
        Assert.Equal(partner, reversed);
        Assert.Equal(partner.GetHashCode(), reversed.GetHashCode());
    }

    [Fact]
    public void Central_Asia_is_the_C5()
    {
        Assert.Equal("KG+KZ+TJ+TM+UZ", TradePartner.CentralAsia.ToString());
        Assert.Equal(TradePartner.CentralAsia, TradePartner.Parse("uzb+KAZ+417+TJ+TM"));
        Assert.True(TradePartner.Of(CountryCode.Kazakhstan).IsSingleCountry);
        Assert.Same(TradePartner.Parse("KZ"), TradePartner.Parse("KAZ"));
    }

    [Theory]
    [InlineData("", ErrorCodes.CountryCodeInvalid)]
    [InlineData("KZ+", ErrorCodes.CountryCodeInvalid)]
    [InlineData("KZ+ZZ", ErrorCodes.CountryCodeUnknown)]
    [InlineData("KZ+KZ", ErrorCodes.CollectionDuplicate)]
    [InlineData("KZ,KG", ErrorCodes.CountryCodeInvalid)]
    public void Invalid_text_yields_its_code(string text, string code) => Assert.Equal(code, TradePartner.TryParseCore(text, canonical: false, out _));

    [Theory]
    [InlineData("kz", ErrorCodes.CountryCodeInvalid)]
    [InlineData("KAZ", ErrorCodes.CountryCodeInvalid)]
    [InlineData("KZ+KG", ErrorCodes.TradePartnerUnordered)]
    public void The_canonical_reader_accepts_only_the_canonical_form(string text, string code) =>
        Assert.Equal(code, TradePartner.TryParseCore(text, canonical: true, out _));

    [Fact]
    public void Factories_check_their_arguments()
    {
        Assert.Throws<ArgumentException>(() => TradePartner.Of(default));
        Assert.Throws<ArgumentException>(() => TradePartner.Group([]));
        Assert.Throws<ArgumentException>(() => TradePartner.Group([CountryCode.China, CountryCode.China]));
        Assert.Throws<ArgumentNullException>(() => TradePartner.Group(null!));
    }
}
