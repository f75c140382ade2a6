using Xunit;
using CentralAsia.Domain.Internal;

namespace CentralAsia.Domain.Tests.Internal;

public class LanguageTagTests
{
    [Theory]
    [InlineData("ru", true)]
    [InlineData("kaz", true)] // ISO 639-2/3 three-letter codes are languages too
    [InlineData("kk-Cyrl", true)]
    [InlineData("zh-Hans-CN", true)]
    [InlineData("de-CH-1901", true)]
    [InlineData("sl-rozaj-biske", true)]
    [InlineData("x", false)]
    [InlineData("kaza", false)]
    [InlineData("KK", false)]
    [InlineData("kk-", false)]
    [InlineData("-kk", false)]
    [InlineData("kk--Cyrl", false)]
    [InlineData("kk-C", false)]
    [InlineData("kk-abcdefghi", false)]
    [InlineData("kk-Cy rl", false)]
    [InlineData("kk-abcdefgh-abcdefgh-abcdefgh-abcde", true)] // 35 characters, the longest accepted
    [InlineData("kk-abcdefgh-abcdefgh-abcdefgh-abcdef", false)]
    [InlineData("", false)]
    public void Only_well_formed_BCP_47_tags_are_valid(string tag, bool valid) => Assert.Equal(valid, LanguageTag.IsValid(tag));
}
