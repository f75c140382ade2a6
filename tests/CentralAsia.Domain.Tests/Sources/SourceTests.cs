using System;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static CentralAsia.Domain.Tests.Generators.InvalidFields;

namespace CentralAsia.Domain.Tests.Sources;

[Properties(Arbitrary = [typeof(Arbitraries)])]
public class SourceTests
{
    [Property(MaxTest = 200 / Runs.Divisor)]
    public Property Errors_are_exactly_those_of_the_invalid_fields()
    {
        var cases =
            from id in RequiredReference(DomainGen.SourceId, "/id")
            from publisher in Name("/publisher")
            from title in Name("/title")
            from url in Field.Either(
                Field.Valid(Gen.Elements(new Uri("https://www.reuters.com/world/"), new Uri("http://en.people.cn/n3/2023/0518/c90000-20020044.html"))),
                Field.Invalid<Uri>(null!, ErrorCodes.ValueRequired, "/url"),
                Field.Invalid(new Uri("ftp://example.org/a"), ErrorCodes.UrlInvalid, "/url"),
                Field.Invalid(new Uri("/relative/path", UriKind.Relative), ErrorCodes.UrlInvalid, "/url"))
            from published in Field.Either(
                Field.Valid(DomainGen.PartialDate.Select(d => (PartialDate?)d).OrNullable()),
                Field.Invalid<PartialDate?>(default(PartialDate), ErrorCodes.ValueRequired, "/published"))
            select (id, publisher, title, url, published);

        return Prop.ForAll(cases.ToArbitrary(), c => Field.AssertExactErrors(
            Source.TryCreate(c.id.Value, c.publisher.Value, c.title.Value, c.url.Value, c.published.Value),
            () => new Source(c.id.Value!, c.publisher.Value!, c.title.Value!, c.url.Value, c.published.Value),
            Field.All(c.id.Expected, c.publisher.Expected, c.title.Expected, c.url.Expected, c.published.Expected)));
    }

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Equal_fields_make_equal_sources(Source source)
    {
        var copy = new Source(SourceId.Parse(source.Id.Value), source.Publisher, source.Title, new Uri(source.Url.OriginalString), source.Published);
        Assert.Equal(source, copy);
        Assert.Equal(source.GetHashCode(), copy.GetHashCode());
    }
}
