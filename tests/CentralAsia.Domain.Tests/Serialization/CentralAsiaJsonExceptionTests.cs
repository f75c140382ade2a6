using System;
using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Validation;
using Xunit;

namespace CentralAsia.Domain.Tests.Serialization;

public class CentralAsiaJsonExceptionTests
{
    private static ValidationError Error(int i) => new(ErrorCodes.JsonSyntax, $"/tradeFlows/{i}", $"Bad {i}.", i + 1);

    [Fact]
    public void One_error_makes_a_message_and_the_System_Text_Json_path_and_line()
    {
        var exception = new CentralAsiaJsonException([new ValidationError(ErrorCodes.TextTooLong, "/tradeFlows/3/a~1b~0c", "Too long.", 7)]);
        Assert.Equal(
            $"The JSON document is not valid: 1 error:{Environment.NewLine}  line 7  /tradeFlows/3/a~1b~0c  text.too-long  Too long.",
            exception.Message);
        Assert.Equal("$.tradeFlows[3].a/b~c", exception.Path);
        Assert.Equal(6, exception.LineNumber);
        Assert.Equal("$", new CentralAsiaJsonException([new ValidationError(ErrorCodes.JsonSyntax, string.Empty, "Empty.")]).Path);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(20, false)]
    [InlineData(21, true)]
    [InlineData(25, true)]
    public void At_most_twenty_errors_are_spelled_out(int count, bool cut)
    {
        var exception = new CentralAsiaJsonException([.. Enumerable.Range(0, count).Select(Error)]);
        var lines = exception.Message.Split(Environment.NewLine);
        Assert.Equal($"The JSON document is not valid: {count} errors:", lines[0]);
        Assert.Equal([.. Enumerable.Range(0, Math.Min(count, 20)).Select(i => "  " + Error(i))], lines[1..(Math.Min(count, 20) + 1)]);
        Assert.Equal(cut ? $"  … and {count - 20} more" : null, lines.Length > 21 ? lines[21] : null);
        Assert.Equal(count, exception.Errors.Length);
    }

    [Fact]
    public void An_exception_needs_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => new CentralAsiaJsonException(EquatableArray<ValidationError>.Empty));
        Assert.Equal("errors", error.ParamName);
        Assert.Contains("at least one error", error.Message, StringComparison.Ordinal);
    }
}
