using System;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Values;
using Xunit;

namespace CentralAsia.Domain.Tests.Geography;

public class CountryDirectoryTests
{
    private static readonly CountryDirectory Directory = ReferenceData.XianSummit2023.ToCountryDirectory();

    [Theory]
    [InlineData("KG")]
    [InlineData("kgz")]
    [InlineData("417")]
    [InlineData("Kyrgyzstan")]
    [InlineData("Kyrgyz Republic")]
    [InlineData("kirghizia")]
    [InlineData("  KYRGYZSTAN ")]
    public void Any_code_or_name_resolves(string text) => Assert.Equal(CountryCode.Kyrgyzstan, Directory.Resolve(text)!.Code);

    [Fact]
    public void Names_outside_the_directory_resolve_to_codes_only_and_unknown_names_to_nothing()
    {
        Assert.Equal(CountryCode.Parse("RU"), Directory.ResolveCode("Russian Federation"));
        Assert.Null(Directory.Resolve("Russian Federation"));
        Assert.Equal(CountryCode.Parse("TR"), Directory.Resolve("Turkey")!.Code);
        Assert.Equal(CountryCode.Parse("TR"), Directory.Resolve("turkiye")!.Code);
        Assert.Null(Directory.ResolveCode("Atlantis"));
        Assert.Null(Directory.ResolveCode(""));
    }

    [Fact]
    public void Null_text_is_refused_naming_the_parameter()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => Directory.ResolveCode(null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => Directory.Resolve(null!)).ParamName);
    }
}
