using System.Linq;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static CentralAsia.Domain.Tests.Generators.InvalidFields;

namespace CentralAsia.Domain.Tests.People;

public class NameTests
{
    [Property(MaxTest = 200 / Runs.Divisor)]
    public Property Alias_errors_are_exactly_those_of_the_invalid_fields()
    {
        var validity = Gen.Elements(
            (From: (PartialDate?)null, Until: (PartialDate?)null, Expected: None),
            (PartialDate.FromYear(1992), PartialDate.FromYear(2007), None),
            (PartialDate.FromYear(2007), PartialDate.Parse("2007-03"), None),
            (PartialDate.FromYear(2008), PartialDate.FromYear(2007), [(ErrorCodes.IntervalReversed, "/validUntil")]),
            (default(PartialDate), null, [(ErrorCodes.ValueRequired, "/validFrom")]));

        var cases =
            from text in Name("/text")
            from kind in Enum<NameAliasKind>("/kind")
            from language in Field.Either(
                Field.Valid(Gen.Elements<string?>(null, "ru", "kk-Cyrl", "zh-Hans-CN", "tk")),
                Field.Invalid<string?>("Russian", ErrorCodes.LanguageTagInvalid, "/language"),
                Field.Invalid<string?>("r", ErrorCodes.LanguageTagInvalid, "/language"),
                Field.Invalid<string?>("ru-", ErrorCodes.LanguageTagInvalid, "/language"))
            from dates in validity
            select (text, kind, language, dates);

        return Prop.ForAll(cases.ToArbitrary(), c => Field.AssertExactErrors(
            NameAlias.TryCreate(c.text.Value, c.kind.Value, c.language.Value, c.dates.From, c.dates.Until),
            () => new NameAlias(c.text.Value!, c.kind.Value, c.language.Value, c.dates.From, c.dates.Until),
            Field.All(c.text.Expected, c.kind.Expected, c.language.Expected, c.dates.Expected)));
    }

    [Property(MaxTest = 200 / Runs.Divisor)]
    public Property Person_name_errors_are_exactly_those_of_the_invalid_fields()
    {
        var transliteration = new NameAlias("Berdymukhamedov", NameAliasKind.Transliteration);
        var cases =
            from preferred in Field.Either(
                Field.Valid(Gen.Constant<string?>("Serdar Berdimuhamedow")),
                Field.Invalid<string?>(null, ErrorCodes.ValueRequired, "/preferred"),
                Field.Invalid<string?>("", ErrorCodes.TextBlank, "/preferred"))
            from aliases in Field.Either(
                Field.Valid(Gen.Elements<EquatableArray<NameAlias>>([], [transliteration], [transliteration, new NameAlias("Бердымухамедов", NameAliasKind.NativeScript, "ru")])),
                Field.Invalid<EquatableArray<NameAlias>>([transliteration, transliteration], ErrorCodes.CollectionDuplicate, "/aliases/1/text"),
                Field.Invalid<EquatableArray<NameAlias>>([new NameAlias("Serdar Berdimuhamedow", NameAliasKind.ShortForm)], ErrorCodes.NameAliasSameAsPreferred, "/aliases/0/text"),
                Field.Invalid<EquatableArray<NameAlias>>([transliteration, null!], ErrorCodes.ValueRequired, "/aliases/1"))
            select (preferred, aliases);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            // An alias equal to the preferred form is only an error when the preferred form is that text.
            var expected = c.aliases.Expected.Where(e => e.Code != ErrorCodes.NameAliasSameAsPreferred || c.preferred.Value == "Serdar Berdimuhamedow");
            Field.AssertExactErrors(
                PersonName.TryCreate(c.preferred.Value, c.aliases.Value),
                () => new PersonName(c.preferred.Value!, c.aliases.Value),
                Field.All(c.preferred.Expected, expected));
        });
    }

    [Fact]
    public void Names_with_equal_aliases_are_equal_and_hash_alike()
    {
        PersonName Make() => new("Kassym-Jomart Tokayev", [new NameAlias("Tokaev", NameAliasKind.Transliteration), new NameAlias("Тоқаев", NameAliasKind.NativeScript, "kk-Cyrl")]);
        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.NotEqual(Make(), new PersonName("Kassym-Jomart Tokayev", [new NameAlias("Tokaev", NameAliasKind.Transliteration)]));
        Assert.Equal("Kassym-Jomart Tokayev", Make().ToString());
    }

    [Fact]
    public void An_alias_may_be_used_for_a_single_day_but_not_end_before_it_starts()
    {
        var day = PartialDate.Parse("2022-03-19");
        Assert.True(NameAlias.TryCreate("Name", NameAliasKind.ShortForm, validFrom: day, validUntil: day).IsValid);
        Assert.True(NameAlias.TryCreate("Name", NameAliasKind.ShortForm, validFrom: PartialDate.Parse("2022-03"), validUntil: day).IsValid);
        var error = Assert.Single(NameAlias.TryCreate("Name", NameAliasKind.ShortForm, validFrom: day, validUntil: PartialDate.Parse("2022-03-18")).Errors);
        Assert.Equal((ErrorCodes.IntervalReversed, "/validUntil"), (error.Code, error.Path));
    }

    [Fact]
    public void An_alias_equal_to_the_preferred_form_is_reported_once_however_often_it_repeats()
    {
        var same = new NameAlias("Tokayev", NameAliasKind.ShortForm);
        var result = PersonName.TryCreate("Tokayev", [same, same]);
        Assert.Equal(
            new[] { (ErrorCodes.NameAliasSameAsPreferred, "/aliases/0/text"), (ErrorCodes.NameAliasSameAsPreferred, "/aliases/1/text") },
            result.Errors.Select(e => (e.Code, e.Path)));
    }

    [Fact]
    public void Repeated_and_missing_aliases_are_reported_at_their_index()
    {
        var alias = new NameAlias("Tokaev", NameAliasKind.Transliteration);
        var result = PersonName.TryCreate("Kassym-Jomart Tokayev", [alias, alias, null!, alias]);
        Assert.Equal(
            new[] { (ErrorCodes.ValueRequired, "/aliases/2"), (ErrorCodes.CollectionDuplicate, "/aliases/1/text"), (ErrorCodes.CollectionDuplicate, "/aliases/3/text") },
            result.Errors.Select(e => (e.Code, e.Path)));
    }

    [Fact]
    public void A_default_partial_date_is_not_a_date_of_use()
    {
        Assert.Equal(
            new[] { (ErrorCodes.ValueRequired, "/validFrom"), (ErrorCodes.ValueRequired, "/validUntil") },
            NameAlias.TryCreate("Name", NameAliasKind.ShortForm, validFrom: default(PartialDate), validUntil: default(PartialDate)).Errors.Select(e => (e.Code, e.Path)));
    }
}
