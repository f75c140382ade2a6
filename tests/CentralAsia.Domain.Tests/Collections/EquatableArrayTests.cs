using System.Collections.Immutable;
using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Tests.Contracts;
using FsCheck.Xunit;
using Xunit;

namespace CentralAsia.Domain.Tests.Collections;

public class EquatableArrayTests
{
    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Equality_is_element_wise(int[] a, int[] b)
    {
        EquatableArray<int> x = [.. a];
        EquatableArray<int> y = [.. b];
        ValueContracts.Equality(x, y);
        Assert.Equal(a.SequenceEqual(b), x == y);
        Assert.Equal(x, EquatableArray.From(a.ToList()));
        Assert.Equal(x.GetHashCode(), EquatableArray.Create<int>(a).GetHashCode());
    }

    [Fact]
    public void Default_is_empty()
    {
        var none = default(EquatableArray<string>);
        Assert.True(none.IsEmpty);
        Assert.Equal(EquatableArray<string>.Empty, none);
        Assert.Equal(none, new EquatableArray<string>(default));
        Assert.Empty(none);
        Assert.Equal("[]", none.ToString());
        Assert.False(none.AsImmutableArray().IsDefault);
        Assert.Equal(none, (EquatableArray<string>)ImmutableArray<string>.Empty);
    }

    [Fact]
    public void The_hash_depends_on_every_element()
    {
        // HashCode is seeded per process, so two different arrays may collide, but not 5 in 200.
        var hashes = Enumerable.Range(0, 200).Select(i => ((EquatableArray<int>)[7, i]).GetHashCode()).Distinct().Count();
        Assert.True(hashes > 195, $"{hashes} distinct hashes of 200 arrays");
        Assert.NotEqual(((EquatableArray<int>)[]).GetHashCode(), ((EquatableArray<int>)[0]).GetHashCode());
    }

    [Fact]
    public void It_reads_like_a_list()
    {
        EquatableArray<string> cities = ["Astana", "Bishkek"];
        Assert.Equal(2, cities.Length);
        Assert.Equal("Bishkek", cities[1]);
        Assert.Equal(["Astana", "Bishkek"], cities.ToArray());
        Assert.Equal("[Astana, Bishkek]", cities.ToString());
        Assert.Equal(cities, EquatableArray<string>.FromImmutableArray(["Astana", "Bishkek"]));
    }
}
