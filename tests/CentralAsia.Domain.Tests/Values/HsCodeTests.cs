using System;
using CentralAsia.Domain.Tests.Contracts;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck.Xunit;
using Xunit;

namespace CentralAsia.Domain.Tests.Values;

[Properties(Arbitrary = [typeof(Arbitraries)])]
public class HsCodeTests
{
    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Equality_contract(HsCode a, HsCode b) => ValueContracts.Equality(a, b);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Ordering_contract(HsCode a, HsCode b, HsCode c) => ValueContracts.Ordering(a, b, c);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Round_trips_through_text(HsCode code) => ValueContracts.RoundTrip(code);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void A_chapter_contains_its_headings_and_sorts_first(HsCode code)
    {
        var chapter = HsCode.Parse((code.Edition is { } e ? $"H{(int)e - 1}:" : string.Empty) + code.Digits[..2]);
        Assert.True(chapter.Contains(code));
        Assert.True(chapter <= code);
        Assert.Equal(code.Chapter, chapter.Chapter);
    }

    [Fact]
    public void Parts()
    {
        var lng = HsCode.Parse("H6:271111");
        Assert.Equal(HsEdition.Hs2022, lng.Edition);
        Assert.Equal(6, lng.Level);
        Assert.Equal(27, lng.Chapter);
        Assert.Equal("271111", lng.Digits);
        Assert.NotEqual(HsCode.Parse("2711"), HsCode.Parse("H6:2711"));
        Assert.False(HsCode.Parse("2711").Contains(HsCode.Parse("H6:271111")));
        Assert.Equal("0101", HsCode.Parse("0101").ToString());
    }

    [Theory]
    [InlineData("", ErrorCodes.HsCodeInvalid)]
    [InlineData("1", ErrorCodes.HsCodeInvalid)]
    [InlineData("271", ErrorCodes.HsCodeInvalid)]
    [InlineData("27111100", ErrorCodes.HsCodeInvalid)]
    [InlineData("00", ErrorCodes.HsCodeInvalid)]
    [InlineData("0011", ErrorCodes.HsCodeInvalid)]
    [InlineData("27a1", ErrorCodes.HsCodeInvalid)]
    [InlineData("H6271111", ErrorCodes.HsCodeInvalid)]
    [InlineData("H7:2711", ErrorCodes.HsCodeEditionUnknown)]
    [InlineData("HX:2711", ErrorCodes.HsCodeEditionUnknown)]
    public void Invalid_text_yields_its_code(string text, string code) => Assert.Equal(code, HsCode.TryParseCore(text, out _));

    [Fact]
    public void Default_is_no_value()
    {
        Assert.Equal(string.Empty, default(HsCode).ToString());
        Assert.Throws<InvalidOperationException>(() => default(HsCode).Digits);
    }
}
