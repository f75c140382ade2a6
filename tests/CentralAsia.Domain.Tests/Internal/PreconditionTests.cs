using System;
using Xunit;
using CentralAsia.Domain.Internal;

namespace CentralAsia.Domain.Tests.Internal;

/// <summary>Argument errors name the parameter and say what is wrong.</summary>
public class PreconditionTests
{
    [Fact]
    public void Blank_text_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Preconditions.CheckNotBlank(" ", "code"));
        Assert.Equal("code", error.ParamName);
        Assert.Contains("empty or white space", error.Message, StringComparison.Ordinal);
        Assert.Equal("x", Preconditions.CheckNotBlank("x", "code"));
    }

    [Fact]
    public void A_path_that_is_not_a_JSON_Pointer_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Preconditions.CheckJsonPointer("a/b", "path"));
        Assert.Equal("path", error.ParamName);
        Assert.Contains("'a/b' is not a JSON Pointer", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void A_number_out_of_range_is_refused(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckRange(value, 1, 10, "edition"));
        Assert.Equal(("edition", value), (error.ParamName, error.ActualValue));
        Assert.Contains("between 1 and 10 inclusive", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void A_number_in_range_is_returned(int value) => Assert.Equal(value, Preconditions.CheckRange(value, 1, 10, "edition"));
}
