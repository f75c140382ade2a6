using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using NodaTime;

namespace CentralAsia.Domain.People;

/// <summary>
/// A person who held office in a country: name and its variants, birth date, and every term.
/// </summary>
/// <remarks>
/// <para>Terms are in order of start; terms of the same office do not overlap (an open term —
/// no end — must be the last of its office). A leader has at least one term.</para>
/// <para>Build with the constructor or <see cref="TryCreate"/>. Properties are get-only, so
/// <c>with</c> cannot bypass validation. Immutable and thread-safe; equality includes the terms.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.LeaderConverter))]
public sealed record Leader
{
    /// <summary>Creates a leader.</summary>
    /// <param name="id">The identifier, for example <c>xi-jinping</c>.</param>
    /// <param name="name">The name and its variants.</param>
    /// <param name="country">The country whose offices the terms are.</param>
    /// <param name="birthDate">The birth date to the precision known, or null.</param>
    /// <param name="terms">Every term, in order of start.</param>
    /// <param name="citations">The sources; distinct.</param>
    /// <exception cref="DomainValidationException">Any argument breaks a rule; every error is listed.</exception>
    public Leader(LeaderId id, PersonName name, CountryCode country, PartialDate? birthDate, EquatableArray<Term> terms, EquatableArray<SourceId> citations = default)
        : this(id, name, country, birthDate, terms, citations, ThrowIfInvalid(id, name, country, birthDate, terms, citations))
    {
    }

    internal Leader(LeaderId id, PersonName name, CountryCode country, PartialDate? birthDate, EquatableArray<Term> terms, EquatableArray<SourceId> citations, Validated validated)
    {
        _ = validated;
        Id = id;
        Name = name;
        Country = country;
        BirthDate = birthDate;
        Terms = terms;
        Citations = citations;
    }

    /// <summary>The identifier.</summary>
    public LeaderId Id { get; }

    /// <summary>The name and its variants.</summary>
    public PersonName Name { get; }

    /// <summary>The country whose offices the terms are.</summary>
    public CountryCode Country { get; }

    /// <summary>The birth date, or null.</summary>
    public PartialDate? BirthDate { get; }

    /// <summary>Every term, in order of start.</summary>
    public EquatableArray<Term> Terms { get; }

    /// <summary>The sources.</summary>
    public EquatableArray<SourceId> Citations { get; }

    /// <summary>The term in which this leader held <paramref name="office"/> on <paramref name="date"/>, if any.</summary>
    /// <param name="office">The office.</param>
    /// <param name="date">The date.</param>
    /// <returns>The term, or null.</returns>
    public Term? TermOn(Office office, LocalDate date)
    {
        foreach (var term in Terms)
        {
            if (term.Office == office && term.Covers(date))
            {
                return term;
            }
        }

        return null;
    }

    /// <summary>Builds a leader, returning every error instead of throwing.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="country">The country.</param>
    /// <param name="birthDate">The birth date, or null.</param>
    /// <param name="terms">The terms.</param>
    /// <param name="citations">The sources.</param>
    /// <returns>The leader, or every error with its JSON Pointer.</returns>
    public static ValidationResult<Leader> TryCreate(LeaderId? id, PersonName? name, CountryCode country, PartialDate? birthDate, EquatableArray<Term> terms, EquatableArray<SourceId> citations = default)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, id, name, country, birthDate, terms, citations);
        return errors.HasErrors ? errors.ToFailure<Leader>() : new(new Leader(id!, name!, country, birthDate, terms, citations, validated: Validated.Yes));
    }

    /// <summary>
    /// A copy with some values changed, validated like <see cref="TryCreate"/> (records have no <c>with</c>: it would
    /// bypass validation). Every argument left out keeps this record's value; one given, null included, replaces it.
    /// </summary>
    /// <param name="id">The new value of <see cref="Id"/>; leave it out to keep it.</param>
    /// <param name="name">The new value of <see cref="Name"/>; leave it out to keep it.</param>
    /// <param name="country">The new value of <see cref="Country"/>; leave it out to keep it.</param>
    /// <param name="birthDate">The new value of <see cref="BirthDate"/>; leave it out to keep it.</param>
    /// <param name="terms">The new value of <see cref="Terms"/>; leave it out to keep it.</param>
    /// <param name="citations">The new value of <see cref="Citations"/>; leave it out to keep it.</param>
    /// <returns>The changed copy, or every error with its JSON Pointer.</returns>
    public ValidationResult<Leader> With(
        Change<LeaderId?> id = default,
        Change<PersonName?> name = default,
        Change<CountryCode> country = default,
        Change<PartialDate?> birthDate = default,
        Change<EquatableArray<Term>> terms = default,
        Change<EquatableArray<SourceId>> citations = default) =>
        TryCreate(
            id.Or(Id),
            name.Or(Name),
            country.Or(Country),
            birthDate.Or(BirthDate),
            terms.Or(Terms),
            citations.Or(Citations));

    internal static void Validate(ref ErrorCollector errors, LeaderId? id, PersonName? name, CountryCode country, PartialDate? birthDate, EquatableArray<Term> terms, EquatableArray<SourceId> citations)
    {
        FieldRules.Required(ref errors, id, "/id");
        FieldRules.Required(ref errors, name, "/name");
        FieldRules.Required(ref errors, country, "/country");
        FieldRules.OptionalPartialDate(ref errors, birthDate, "/birthDate");
        FieldRules.NoNulls(ref errors, terms, "/terms", nonEmpty: true);
        ValidateTermOrder(ref errors, terms);
        FieldRules.Citations(ref errors, citations);
    }

    private static void ValidateTermOrder(ref ErrorCollector errors, EquatableArray<Term> terms)
    {
        for (var i = 1; i < terms.Length; i++)
        {
            var term = terms[i];
            if (term is null)
            {
                continue;
            }

            if (terms[i - 1] is { } previous && term.Start < previous.Start)
            {
                errors.Add(ErrorCodes.LeaderTermsUnordered, JsonPointer.Item("/terms", i) + "/start", $"This term starts ({term.Start:uuuu-MM-dd}) before the one before it ({previous.Start:uuuu-MM-dd}).");
            }

            for (var j = 0; j < i; j++)
            {
                if (terms[j] is { } other && other.Office == term.Office && Overlap(other, term))
                {
                    errors.Add(ErrorCodes.LeaderTermsOverlap, JsonPointer.Item("/terms", i) + "/start", $"This term of '{term.Office.Title}' overlaps the term at index {j}.");
                    break;
                }
            }
        }
    }

    // Half-open intervals [Start, End); a missing end runs on for ever.
    private static bool Overlap(Term a, Term b) =>
        (a.End is not { } aEnd || b.Start < aEnd) && (b.End is not { } bEnd || a.Start < bEnd);

    private static Validated ThrowIfInvalid(LeaderId? id, PersonName? name, CountryCode country, PartialDate? birthDate, EquatableArray<Term> terms, EquatableArray<SourceId> citations)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, id, name, country, birthDate, terms, citations);
        errors.ThrowIfAny(nameof(Leader));
        return Validated.Yes;
    }
}
