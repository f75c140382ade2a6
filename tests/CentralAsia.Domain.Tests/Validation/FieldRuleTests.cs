using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Validation;
using Xunit;
using static CentralAsia.Domain.Validation.ErrorCodes;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Tests.Validation;

/// <summary>The field rules every record shares: one error per fault, at the right place, and no more.</summary>
public class FieldRuleTests
{
    private delegate void Rule(ref ErrorCollector errors);

    private static (string Code, string Path)[] Errors(Rule rule)
    {
        var errors = default(ErrorCollector);
        rule(ref errors);
        var found = errors.ToArray();
        Assert.All(found, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        return [.. found.Select(e => (e.Code, e.Path))];
    }

    [Theory]
    [InlineData("\t", TextBlank)] // blank, not also a control character
    [InlineData("a\u0007b\u0001c", TextControlCharacter)] // the first control character only
    [InlineData("line\nbreak", TextControlCharacter)] // names are one line
    public void A_name_has_one_error_per_fault(string name, string code)
    {
        Assert.Equal([(code, "/name")], Errors((ref ErrorCollector e) => FieldRules.Name(ref e, name, "/name")));
        Assert.Equal([(code, "/name")], Errors((ref ErrorCollector e) => FieldRules.OptionalName(ref e, name, "/name")));
        Assert.Equal([(code, "/aliases/0")], Errors((ref ErrorCollector e) => FieldRules.Names(ref e, [name], "/aliases", nonEmpty: true)));
    }

    [Fact]
    public void A_text_too_long_is_not_also_scanned()
    {
        var name = new string('x', FieldRules.MaxNameLength) + "\u0007";
        Assert.Equal([(TextTooLong, "/name")], Errors((ref ErrorCollector e) => FieldRules.Name(ref e, name, "/name")));
    }

    [Theory]
    [InlineData("first line\nsecond\tline\r\n", null)]
    [InlineData("line\nbell\u0007", "U+0007 at position 9")]
    [InlineData("a\n\u0007", "U+0007 at position 2")] // a control character right after a line break
    [InlineData("\r\n\t\u001f", "U+001F at position 3")]
    public void Prose_allows_line_breaks_and_tabs_but_no_other_control_character(string prose, string? where)
    {
        var errors = default(ErrorCollector);
        FieldRules.Prose(ref errors, prose, "/note");
        if (where is null)
        {
            Assert.Equal(0, errors.Count);
        }
        else
        {
            var error = Assert.Single(errors.ToArray());
            Assert.Equal((TextControlCharacter, "/note"), (error.Code, error.Path));
            Assert.Contains(where, error.Message, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Missing_and_repeated_items_are_each_reported_once()
    {
        EquatableArray<string> items = [null!, null!, "a", "a", "a"];
        Assert.Equal(
            [(ValueRequired, "/x/0"), (ValueRequired, "/x/1"), (CollectionDuplicate, "/x/3"), (CollectionDuplicate, "/x/4")],
            Errors((ref ErrorCollector e) => FieldRules.DistinctItems(ref e, items, "/x", nonEmpty: true)));
        Assert.Equal([(CollectionEmpty, "/x")], Errors((ref ErrorCollector e) => FieldRules.DistinctItems(ref e, EquatableArray<string>.Empty, "/x", nonEmpty: true)));
        Assert.Empty(Errors((ref ErrorCollector e) => FieldRules.DistinctItems(ref e, EquatableArray<string>.Empty, "/x", nonEmpty: false)));
        Assert.Equal([(CollectionEmpty, "/x")], Errors((ref ErrorCollector e) => FieldRules.NoNulls(ref e, EquatableArray<string>.Empty, "/x", nonEmpty: true)));
    }

    [Fact]
    public void Repeated_names_are_reported_without_checking_their_text()
    {
        Assert.Equal(
            [(CollectionDuplicate, "/aliases/1")],
            Errors((ref ErrorCollector e) => FieldRules.Names(ref e, ["\u0007", "\u0007"], "/aliases", nonEmpty: false)));
    }
}
