using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;
using static CentralAsia.Domain.Tests.Generators.InvalidFields;

namespace CentralAsia.Domain.Tests.Diplomacy;

[Properties(Arbitrary = [typeof(Arbitraries)])]
public class DiplomacyTests
{
    private static readonly LeaderId Xi = LeaderId.Parse("xi-jinping");

    [Property(MaxTest = 200 / Runs.Divisor)]
    public Property Summit_errors_are_exactly_those_of_the_invalid_fields()
    {
        var start = new LocalDate(2023, 5, 18);
        var cases =
            from id in RequiredReference(DomainGen.SummitId, "/id")
            from name in Name("/name")
            from edition in Field.Either(Field.Valid(Gen.Choose(1, 30)), Field.Invalid(0, ErrorCodes.NumberOutOfRange, "/edition"), Field.Invalid(-3, ErrorCodes.NumberOutOfRange, "/edition"))
            from host in RequiredStruct(DomainGen.Country, "/host")
            from city in Name("/city")
            from end in Field.Either(Field.Valid(Gen.Choose(0, 3).Select(d => start.PlusDays(d))), Field.Invalid(start.PlusDays(-1), ErrorCodes.IntervalReversed, "/end"))
            from participants in DistinctList(DomainGen.LeaderId, Xi, "/participants", nonEmpty: true)
            from citations in Citations()
            select (id, name, edition, host, city, end, participants, citations);

        return Prop.ForAll(cases.ToArbitrary(), c => Field.AssertExactErrors(
            Summit.TryCreate(c.id.Value, c.name.Value, c.edition.Value, c.host.Value, c.city.Value, start, c.end.Value, c.participants.Value, c.citations.Value),
            () => new Summit(c.id.Value!, c.name.Value!, c.edition.Value, c.host.Value, c.city.Value!, start, c.end.Value, c.participants.Value, c.citations.Value),
            Field.All(c.id.Expected, c.name.Expected, c.edition.Expected, c.host.Expected, c.city.Expected, c.end.Expected, c.participants.Expected, c.citations.Expected)));
    }

    [Property(MaxTest = 200 / Runs.Divisor)]
    public Property Commitment_and_quote_errors_are_exactly_those_of_the_invalid_fields()
    {
        var cases =
            from id in RequiredReference(DomainGen.CommitmentId, "/id")
            from theme in Enum<CommitmentTheme>("/theme")
            from strength in Enum<CommitmentStrength>("/strength")
            from actors in DistinctList(DomainGen.Country, CountryCode.China, "/actors", nonEmpty: true)
            from beneficiaries in DistinctList(DomainGen.Country, CountryCode.Kazakhstan, "/beneficiaries", nonEmpty: false)
            from text in Prose("/text")
            from amount in Field.Either(
                Field.Valid(Gen.Elements<Money?>(null, Money.Parse("26000000000 CNY"))),
                Field.Invalid<Money?>(Money.Parse("-5 CNY"), ErrorCodes.MoneyNegative, "/targetAmount/amount"))
            from quantity in Field.Either(
                Field.Valid(Gen.Elements<Quantity?>(null, Quantity.Parse("30 bcm/yr"))),
                Field.Invalid<Quantity?>(default(Quantity), ErrorCodes.ValueRequired, "/targetQuantity"))
            from projects in DistinctList(DomainGen.ProjectId, ProjectId.Parse("line-d"), "/projects", nonEmpty: false)
            from citations in Citations()
            from speaker in RequiredReference(DomainGen.LeaderId, "/speaker")
            from words in Prose("/words")
            from quoteCitations in Citations(nonEmpty: true)
            from language in Field.Either(
                Field.Valid(Gen.Elements<string?>(null, "en", "kk-Cyrl", "zh-Hans")),
                Field.Invalid<string?>("not a tag", ErrorCodes.LanguageTagInvalid, "/language"))
            select (id, theme, strength, actors, beneficiaries, text, amount, quantity, projects, citations, speaker, words, quoteCitations, language);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            Field.AssertExactErrors(
                Commitment.TryCreate(c.id.Value, c.theme.Value, c.strength.Value, c.actors.Value, c.beneficiaries.Value, c.text.Value, c.amount.Value, c.quantity.Value, c.projects.Value, c.citations.Value),
                () => new Commitment(c.id.Value!, c.theme.Value, c.strength.Value, c.actors.Value, c.beneficiaries.Value, c.text.Value!, c.amount.Value, c.quantity.Value, c.projects.Value, c.citations.Value),
                Field.All(c.id.Expected, c.theme.Expected, c.strength.Expected, c.actors.Expected, c.beneficiaries.Expected, c.text.Expected, c.amount.Expected, c.quantity.Expected, c.projects.Expected, c.citations.Expected));
            Field.AssertExactErrors(
                Quote.TryCreate(c.speaker.Value, c.words.Value, c.quoteCitations.Value, c.language.Value),
                () => new Quote(c.speaker.Value!, c.words.Value!, c.quoteCitations.Value, c.language.Value),
                Field.All(c.speaker.Expected, c.words.Expected, c.quoteCitations.Expected, c.language.Expected));
        });
    }

    [Property(MaxTest = 200 / Runs.Divisor)]
    public Property Declaration_errors_are_exactly_those_of_the_invalid_fields()
    {
        var energy = new Commitment(CommitmentId.Parse("line-d"), CommitmentTheme.Energy, CommitmentStrength.Intent, [CountryCode.China], [], "Accelerate Line D.");
        var quote = new Quote(Xi, "The world needs a stable, prosperous, harmonious and well-connected Central Asia.", [SourceId.Parse("s15")]);
        var cases =
            from id in RequiredReference(DomainGen.DeclarationId, "/id")
            from summit in RequiredReference(DomainGen.SummitId, "/summit")
            from title in Name("/title")
            from signatories in DistinctList(DomainGen.LeaderId, Xi, "/signatories", nonEmpty: true)
            from commitments in Field.Either(
                Field.Valid(Gen.Elements<EquatableArray<Commitment>>([], [energy])),
                Field.Invalid<EquatableArray<Commitment>>([energy, energy], ErrorCodes.CollectionDuplicate, "/commitments/1/id"),
                Field.Invalid<EquatableArray<Commitment>>([null!], ErrorCodes.ValueRequired, "/commitments/0"))
            from quotes in Field.Either(
                Field.Valid(Gen.Elements<EquatableArray<Quote>>([], [quote], [quote, quote])),
                Field.Invalid<EquatableArray<Quote>>([quote, null!], ErrorCodes.ValueRequired, "/quotes/1"))
            from citations in Citations()
            select (id, summit, title, signatories, commitments, quotes, citations);

        var adopted = new LocalDate(2023, 5, 19);
        return Prop.ForAll(cases.ToArbitrary(), c => Field.AssertExactErrors(
            SummitDeclaration.TryCreate(c.id.Value, c.summit.Value, c.title.Value, adopted, c.signatories.Value, c.commitments.Value, c.quotes.Value, c.citations.Value),
            () => new SummitDeclaration(c.id.Value!, c.summit.Value!, c.title.Value!, adopted, c.signatories.Value, c.commitments.Value, c.quotes.Value, c.citations.Value),
            Field.All(c.id.Expected, c.summit.Expected, c.title.Expected, c.signatories.Expected, c.commitments.Expected, c.quotes.Expected, c.citations.Expected)));
    }

    [Fact]
    public void A_commitment_id_used_three_times_is_reported_at_each_repeat_once()
    {
        var energy = new Commitment(CommitmentId.Parse("line-d"), CommitmentTheme.Energy, CommitmentStrength.Intent, [CountryCode.China], [], "Accelerate Line D.");
        var result = SummitDeclaration.TryCreate(DeclarationId.Parse("d"), SummitId.Parse("xian-2023"), "Declaration", new LocalDate(2023, 5, 19), [Xi], [energy, energy, energy]);
        Assert.Equal(
            new[] { (ErrorCodes.CollectionDuplicate, "/commitments/1/id"), (ErrorCodes.CollectionDuplicate, "/commitments/2/id") },
            result.Errors.Select(e => (e.Code, e.Path)));
    }

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Declarations_with_equal_lists_are_equal_and_hash_alike(SummitDeclaration declaration)
    {
        var copy = new SummitDeclaration(declaration.Id, declaration.Summit, declaration.Title, declaration.Adopted, [.. declaration.Signatories], [.. declaration.Commitments], [.. declaration.Quotes], declaration.Citations);
        Assert.Equal(declaration, copy);
        Assert.Equal(declaration.GetHashCode(), copy.GetHashCode());
        Assert.Equal(declaration, declaration with { });
    }

    [Theory]
    [InlineData(true, false, "/end")]
    [InlineData(false, true, "/start")]
    [InlineData(false, false, "/start")]
    public void Summit_dates_must_be_ISO_calendar_dates(bool isoStart, bool isoEnd, string path)
    {
        var start = new LocalDate(2023, 5, 18);
        var end = new LocalDate(2023, 5, 19);
        var result = Summit.TryCreate(
            SummitId.Parse("xian-2023"), "Summit", 1, CountryCode.China, "Xi'an",
            isoStart ? start : start.WithCalendar(CalendarSystem.Julian), isoEnd ? end : end.WithCalendar(CalendarSystem.Julian), [Xi]);
        var error = Assert.Single(result.Errors);
        Assert.Equal((ErrorCodes.DateNonexistent, path), (error.Code, error.Path));
    }

    [Property(MaxTest = 100 / Runs.Divisor)]
    public void Summit_dates_are_inclusive(Summit summit) =>
        Assert.Equal(summit.Dates, new DateInterval(summit.Start, summit.End));
}
