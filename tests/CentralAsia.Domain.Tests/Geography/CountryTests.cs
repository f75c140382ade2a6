using System.Linq;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static CentralAsia.Domain.Tests.Generators.InvalidFields;

namespace CentralAsia.Domain.Tests.Geography;

[Properties(Arbitrary = [typeof(Arbitraries)])]
public class CountryTests
{
    [Property(MaxTest = 200 / Runs.Divisor)]
    public Property Errors_are_exactly_those_of_the_invalid_fields()
    {
        var regions =
            from pair in Gen.Elements(
                (Region.Asia, Region.CentralAsia, true, true),
                (Region.Asia, Region.EasternAsia, true, true),
                (Region.CentralAsia, Region.CentralAsia, false, false),
                (Region.Parse("150"), Region.CentralAsia, true, false),
                (Region.Asia, Region.Asia, true, false),
                (default(Region), Region.CentralAsia, false, true),
                (Region.Asia, default(Region), true, false))
            select pair;

        var cases =
            from code in RequiredStruct(DomainGen.Country, "/code")
            from shortName in Name("/shortName")
            from officialName in Name("/officialName")
            from capital in Name("/capital")
            from region in regions
            from currency in RequiredStruct(DomainGen.Currency, "/currency")
            from aliases in Names("/aliases")
            from citations in Citations()
            select (code, shortName, officialName, capital, region, currency, aliases, citations);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (region, subRegion, regionOk, subRegionOk) = c.region;
            var regionErrors = new[]
            {
                region == default ? (ErrorCodes.ValueRequired, "/region") : regionOk ? default : (ErrorCodes.RegionMismatch, "/region"),
                subRegion == default ? (ErrorCodes.ValueRequired, "/subRegion") : subRegionOk || region == default ? default : (ErrorCodes.RegionMismatch, "/subRegion"),
            }.Where(e => e != default).Select(e => (e.Item1!, e.Item2!));
            Field.AssertExactErrors(
                Country.TryCreate(c.code.Value, c.shortName.Value, c.officialName.Value, c.capital.Value, region, subRegion, c.currency.Value, c.aliases.Value, c.citations.Value),
                () => new Country(c.code.Value, c.shortName.Value!, c.officialName.Value!, c.capital.Value!, region, subRegion, c.currency.Value, c.aliases.Value, c.citations.Value),
                Field.All(c.code.Expected, c.shortName.Expected, c.officialName.Expected, c.capital.Expected, regionErrors, c.currency.Expected, c.aliases.Expected, c.citations.Expected));
        });
    }

    [Theory]
    [InlineData("142", "143", null)]
    [InlineData("143", "143", "region.mismatch /region|region.mismatch /subRegion")]
    [InlineData("150", "143", "region.mismatch /subRegion")]
    [InlineData("142", "142", "region.mismatch /subRegion")]
    [InlineData(null, "143", "value.required /region")]
    [InlineData("142", null, "value.required /subRegion")]
    public void Region_and_sub_region_are_checked_together(string? region, string? subRegion, string? error)
    {
        var result = Country.TryCreate(
            CountryCode.Kazakhstan, "Kazakhstan", "Republic of Kazakhstan", "Astana",
            region is null ? default : Region.Parse(region), subRegion is null ? default : Region.Parse(subRegion), CurrencyCode.Kzt);
        Assert.Equal(error is null ? System.Array.Empty<string>() : error.Split('|'), result.Errors.Select(e => e.Code + " " + e.Path));
    }

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Equal_fields_and_lists_make_equal_countries(Country country)
    {
        var copy = new Country(country.Code, country.ShortName, country.OfficialName, country.Capital, country.Region, country.SubRegion, country.Currency, [.. country.Aliases.Select(a => new string(a.ToCharArray()))], country.Citations);
        Assert.Equal(country, copy);
        Assert.Equal(country.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(country, new Country(country.Code, country.ShortName, country.OfficialName, country.Capital, country.Region, country.SubRegion, country.Currency, [.. country.Aliases, "another name"], country.Citations));
    }
}
