using System;
using CentralAsia.Domain.Validation;
using Xunit;

namespace CentralAsia.Domain.Tests.Validation;

public class ValidationErrorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("/tradeFlows/3/value/currency")]
    [InlineData("/a~0b/c~1d")]
    public void Accepts_JSON_Pointers(string path) => Assert.Equal(path, new ValidationError("x.y", path, "m").Path);

    [Theory]
    [InlineData("tradeFlows/3")]
    [InlineData("/a~2")]
    [InlineData("/a~")]
    public void Rejects_what_is_not_a_JSON_Pointer(string path) => Assert.Throws<ArgumentException>(() => new ValidationError("x.y", path, "m"));

    [Fact]
    public void Rejects_blank_parts_and_formats_one_line()
    {
        Assert.Throws<ArgumentException>(() => new ValidationError(" ", "", "m"));
        Assert.Throws<ArgumentNullException>(() => new ValidationError("x", null!, "m"));
        Assert.Equal("(root)  x.y  message", new ValidationError("x.y", "", "message").ToString());
        Assert.Equal(new ValidationError("a", "/b", "c"), new ValidationError("a", "/b", "c"));
    }

    [Fact]
    public void The_exception_lists_every_error()
    {
        var ex = new DomainValidationException("Thing", [new ValidationError("a.b", "/x", "first"), new ValidationError("c.d", "/y", "second")]);
        Assert.Contains("2 errors", ex.Message, StringComparison.Ordinal);
        Assert.Contains("/y  c.d  second", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(ex);
        Assert.Throws<ArgumentException>(() => new DomainValidationException("Thing", []));
    }

    [Fact]
    public void The_exception_message_is_a_count_and_one_line_per_error()
    {
        var nl = Environment.NewLine;
        Assert.Equal(
            $"Cannot create Thing: 1 error:{nl}  /x  a.b  first",
            new DomainValidationException("Thing", [new ValidationError("a.b", "/x", "first")]).Message);
        Assert.Equal(
            $"Cannot create Thing: 2 errors:{nl}  /x  a.b  first{nl}  line 3  (root)  c.d  second",
            new DomainValidationException("Thing", [new ValidationError("a.b", "/x", "first"), new ValidationError("c.d", "", "second", 3)]).Message);
    }
}
