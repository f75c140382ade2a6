using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;
using static CentralAsia.Domain.Tests.Generators.InvalidFields;

namespace CentralAsia.Domain.Tests.People;

[Properties(Arbitrary = [typeof(Arbitraries)])]
public class LeaderTests
{
    private static readonly Office President = new("President of the Republic of Kazakhstan", OfficeRole.HeadOfState);
    private static readonly Office Speaker = new("Chairman of the Senate", OfficeRole.Other);

    [Property(MaxTest = 200 / Runs.Divisor)]
    public Property Office_and_term_errors_are_exactly_those_of_the_invalid_fields()
    {
        var start = new LocalDate(2019, 3, 20);
        var cases =
            from title in Name("/title")
            from role in Enum<OfficeRole>("/role")
            from office in RequiredReference(Gen.Elements(President, Speaker), "/office")
            from end in Gen.Elements(
                (End: (LocalDate?)null, Expected: None),
                (new LocalDate(2019, 6, 12), None),
                (start, [(ErrorCodes.IntervalReversed, "/end")]),
                (new LocalDate(2019, 3, 19), [(ErrorCodes.IntervalReversed, "/end")]))
            from kind in Enum<TermKind>("/kind")
            from citations in Citations()
            select (title, role, office, end, kind, citations);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            Field.AssertExactErrors(Office.TryCreate(c.title.Value, c.role.Value), () => new Office(c.title.Value!, c.role.Value), Field.All(c.title.Expected, c.role.Expected));
            Field.AssertExactErrors(
                Term.TryCreate(c.office.Value, start, c.end.End, c.kind.Value, c.citations.Value),
                () => new Term(c.office.Value!, start, c.end.End, c.kind.Value, c.citations.Value),
                Field.All(c.office.Expected, c.end.Expected, c.kind.Expected, c.citations.Expected));
        });
    }

    [Property(MaxTest = 200 / Runs.Divisor)]
    public Property Leader_errors_are_exactly_those_of_the_invalid_fields()
    {
        Term T(Office office, int y1, int m1, int d1, int? y2 = null, int m2 = 1, int d2 = 1) =>
            new(office, new LocalDate(y1, m1, d1), y2 is { } y ? new LocalDate(y, m2, d2) : null, TermKind.Elected);

        var acting = T(President, 2019, 3, 20, 2019, 6, 12);
        var elected = T(President, 2019, 6, 12);
        var speaker = T(Speaker, 2013, 10, 16, 2019, 3, 20);
        var terms = Field.Either(
            Field.Valid(Gen.Elements<EquatableArray<Term>>([acting, elected], [speaker, acting, elected], [elected], [speaker, elected])),
            Field.Invalid<EquatableArray<Term>>([], ErrorCodes.CollectionEmpty, "/terms"),
            Field.Invalid<EquatableArray<Term>>([elected, acting], ErrorCodes.LeaderTermsUnordered, "/terms/1/start"),
            Field.Invalid<EquatableArray<Term>>([acting, null!], ErrorCodes.ValueRequired, "/terms/1"),
            Field.Invalid<EquatableArray<Term>>([T(President, 2019, 3, 20), elected], ErrorCodes.LeaderTermsOverlap, "/terms/1/start"),
            Field.Invalid<EquatableArray<Term>>([T(President, 2019, 3, 20, 2019, 7, 1), elected], ErrorCodes.LeaderTermsOverlap, "/terms/1/start"));

        var cases =
            from id in RequiredReference(DomainGen.LeaderId, "/id")
            from name in RequiredReference(DomainGen.PersonName, "/name")
            from country in RequiredStruct(DomainGen.Country, "/country")
            from birth in Field.Either(
                Field.Valid(Gen.Elements<PartialDate?>(null, PartialDate.Parse("1953-05-17"), PartialDate.Parse("1953-06"))),
                Field.Invalid<PartialDate?>(default(PartialDate), ErrorCodes.ValueRequired, "/birthDate"))
            from termList in terms
            from citations in Citations()
            select (id, name, country, birth, termList, citations);

        return Prop.ForAll(cases.ToArbitrary(), c => Field.AssertExactErrors(
            Leader.TryCreate(c.id.Value, c.name.Value, c.country.Value, c.birth.Value, c.termList.Value, c.citations.Value),
            () => new Leader(c.id.Value!, c.name.Value!, c.country.Value, c.birth.Value, c.termList.Value, c.citations.Value),
            Field.All(c.id.Expected, c.name.Expected, c.country.Expected, c.birth.Expected, c.termList.Expected, c.citations.Expected)));
    }

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Generated_leaders_hold_exactly_one_term_on_any_day_of_their_tenure(Leader leader, int offset)
    {
        var first = leader.Terms[0].Start;
        var day = first.PlusDays(System.Math.Abs(offset) % 4000);
        var office = leader.Terms[0].Office;
        var covering = leader.Terms.Count(t => t.Covers(day));
        Assert.True(covering <= 1);
        Assert.Equal(covering == 1, leader.TermOn(office, day) is not null);
    }

    [Fact]
    public void Overlapping_closed_terms_are_reported_once_each_against_the_first_they_overlap()
    {
        var result = Leader.TryCreate(
            LeaderId.Parse("someone"), new PersonName("Someone"), CountryCode.Kazakhstan, null,
            [Presidency(2019, 3, 20, 2019, 7, 1), Presidency(2019, 6, 1, 2020, 1, 1), Presidency(2019, 6, 15, 2021, 1, 1)]);
        Assert.Equal(
            new[] { (ErrorCodes.LeaderTermsOverlap, "/terms/1/start"), (ErrorCodes.LeaderTermsOverlap, "/terms/2/start") },
            result.Errors.Select(e => (e.Code, e.Path)));
        Assert.All(result.Errors, e => Assert.Contains("the term at index 0", e.Message, System.StringComparison.Ordinal));

        // Closed terms that touch (one ends the day the next starts) do not overlap.
        Assert.True(Leader.TryCreate(
            LeaderId.Parse("someone"), new PersonName("Someone"), CountryCode.Kazakhstan, null,
            [Presidency(2019, 3, 20, 2019, 7, 1), Presidency(2019, 7, 1, 2020, 1, 1)]).IsValid);
    }

    private static Term Presidency(int y1, int m1, int d1, int y2, int m2, int d2) =>
        new(President, new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2), TermKind.Elected);

    [Fact]
    public void TermOn_finds_the_term_of_that_office_covering_the_day()
    {
        var primeMinister = new Office("Prime Minister", OfficeRole.HeadOfGovernment);
        Term[] terms =
        [
            new(primeMinister, new LocalDate(1995, 1, 1), new LocalDate(2000, 1, 1), TermKind.ElectedByLegislature),
            new(President, new LocalDate(2000, 1, 1), new LocalDate(2005, 1, 1), TermKind.Elected),
            new(President, new LocalDate(2010, 1, 1), null, TermKind.Elected),
        ];
        var leader = new Leader(LeaderId.Parse("someone"), new PersonName("Someone"), CountryCode.Kazakhstan, null, [.. terms]);
        Assert.Same(terms[0], leader.TermOn(primeMinister, new LocalDate(1999, 12, 31)));
        Assert.Null(leader.TermOn(primeMinister, new LocalDate(2000, 1, 1)));
        Assert.Same(terms[1], leader.TermOn(President, new LocalDate(2000, 1, 1)));
        Assert.Null(leader.TermOn(President, new LocalDate(1996, 1, 1))); // in office, but another
        Assert.Null(leader.TermOn(President, new LocalDate(2007, 1, 1))); // the office, but out of it
        Assert.Same(terms[2], leader.TermOn(President, new LocalDate(2030, 1, 1)));
    }

    [Fact]
    public void The_handover_day_belongs_to_the_successor()
    {
        var nazarbayev = new Term(President, new LocalDate(1991, 12, 16), new LocalDate(2019, 3, 20), TermKind.Elected);
        Assert.True(nazarbayev.Covers(new LocalDate(2019, 3, 19)));
        Assert.False(nazarbayev.Covers(new LocalDate(2019, 3, 20)));
    }

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Leaders_with_equal_terms_are_equal_and_hash_alike(Leader leader)
    {
        var copy = new Leader(LeaderId.Parse(leader.Id.Value), leader.Name, leader.Country, leader.BirthDate, [.. leader.Terms.Select(t => new Term(new Office(t.Office.Title, t.Office.Role), t.Start, t.End, t.Kind, t.Citations))], leader.Citations);
        Assert.Equal(leader, copy);
        Assert.Equal(leader.GetHashCode(), copy.GetHashCode());
    }
}
