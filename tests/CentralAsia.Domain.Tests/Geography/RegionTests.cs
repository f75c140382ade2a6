using System;
using System.Linq;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Tests.Contracts;
using CentralAsia.Domain.Tests.Generators;
using FsCheck.Xunit;
using Xunit;

namespace CentralAsia.Domain.Tests.Geography;

[Properties(Arbitrary = [typeof(Arbitraries)])]
public class RegionTests
{
    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Equality_contract(Region a, Region b) => ValueContracts.Equality(a, b);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Ordering_contract(Region a, Region b, Region c) => ValueContracts.Ordering(a, b, c);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Round_trips_through_text(Region region) => ValueContracts.RoundTrip(region);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Every_region_lies_within_itself_and_its_parents(Region region)
    {
        Assert.True(region.IsWithin(region));
        if (region.Parent is { } parent)
        {
            Assert.True(region.IsWithin(parent));
            Assert.False(parent.IsWithin(region));
        }
    }

    [Fact]
    public void Central_and_Eastern_Asia_are_in_Asia()
    {
        Assert.Equal("Central Asia", Region.Parse("143").Name);
        Assert.Equal("030", Region.EasternAsia.ToString());
        Assert.Equal(Region.Asia, Region.CentralAsia.Parent);
        Assert.Null(Region.Asia.Parent);
        Assert.False(Region.TryParse("30", out _));
        Assert.False(Region.TryParse("999", out _));
        Assert.Throws<FormatException>(() => Region.Parse("156"));
        Assert.Contains("default(Region)", Assert.Throws<InvalidOperationException>(() => default(Region).Name).Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, default(Region).ToString());
        Assert.Equal("143", Region.CentralAsia.ToString(string.Empty, null));
        Assert.Equal("143", Region.CentralAsia.ToString(null, null));
        Assert.Contains("'X'", Assert.Throws<FormatException>(() => Region.CentralAsia.ToString("X", null)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_region_has_a_name_of_its_own()
    {
        Assert.All(Region.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Name), r.ToString()));
        Assert.Equal(Region.All.Length, Region.All.Select(r => r.Name).Distinct().Count());
    }
}
