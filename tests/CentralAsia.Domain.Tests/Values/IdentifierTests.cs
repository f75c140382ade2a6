using System;
using CentralAsia.Domain.Tests.Contracts;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CentralAsia.Domain.Tests.Values;

[Properties(Arbitrary = [typeof(Arbitraries)])]
public class IdentifierTests
{
    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Equality_contract(LeaderId a, LeaderId b) => ValueContracts.Equality(a, b);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Ordering_contract(SourceId a, SourceId b, SourceId c) => ValueContracts.Ordering(a, b, c);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Round_trips_through_text(ProjectId id) => ValueContracts.RoundTrip(id);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public Property Invalid_slugs_yield_identifier_invalid() =>
        Prop.ForAll(
            Gen.Elements("", "-", "a-", "-a", "a--b", "Xi", "xi jinping", "xi_jinping", "tokaев", "a.b", "s15/", "A").ToArbitrary(),
            text => LeaderId.TryParseCore(text, out _) == ErrorCodes.IdentifierInvalid && !LeaderId.TryParse(text, out _));

    [Fact]
    public void Long_slugs_yield_identifier_too_long()
    {
        Assert.Null(SourceId.TryParseCore(new string('a', 64), out _));
        Assert.Equal(ErrorCodes.IdentifierTooLong, SourceId.TryParseCore(new string('a', 65), out _));
    }

    [Fact]
    public void Identifiers_of_different_types_never_compare_equal()
    {
        var leader = LeaderId.Parse("line-d");
        var project = ProjectId.Parse("line-d");
        Assert.False(leader.Equals((object)project));
        Assert.Throws<ArgumentException>(() => ((IComparable)leader).CompareTo(project));
        Assert.True(leader == LeaderId.Parse("line-d"));
        Assert.True(leader != null);
        Assert.Throws<FormatException>(() => LeaderId.Parse("Xi Jinping"));
    }
}

public class IdentifierEdgeTests
{
    [Fact]
    public void TryParse_refuses_null_and_bad_slugs_with_a_null_result()
    {
        Assert.False(SourceId.TryParse((string?)null, out var fromNull));
        Assert.Null(fromNull);
        Assert.False(SourceId.TryParse("Not A Slug", out var fromBad));
        Assert.Null(fromBad);
        Assert.False(SourceId.TryParse("Not A Slug".AsSpan(), out var fromBadSpan));
        Assert.Null(fromBadSpan);
        Assert.True(SourceId.TryParse("s1".AsSpan(), out var fromSpan));
        Assert.Equal(SourceId.Parse("s1"), fromSpan);
    }

    [Fact]
    public void Null_sorts_before_every_identifier_and_equals_only_null()
    {
        SourceId? none = null;
        var s1 = SourceId.Parse("s1");
        Assert.True(none < s1);
        Assert.True(none <= s1);
        Assert.False(none > s1);
        Assert.True(s1 > none);
        Assert.False(s1 < none);
        SourceId? alsoNone = null;
        Assert.True(none <= alsoNone);
        Assert.True(none >= alsoNone);
        Assert.False(none < alsoNone);
        Assert.True(none == null);
        Assert.False(s1 == none);
        Assert.True(s1 != none);
        Assert.Equal(1, s1.CompareTo((SourceId?)null));
    }
}
