using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using NodaTime;

namespace CentralAsia.Domain.People;

/// <summary>
/// One continuous period in which a leader held an office: from <see cref="Start"/> up to, but
/// not including, <see cref="End"/> (null while in office or when the end is not recorded).
/// </summary>
/// <remarks>
/// <para>The end date is exclusive because handovers happen on a day: Nazarbayev's term ends on
/// 2019-03-20 and Tokayev's begins that day, so on 2019-03-20 the incumbent is Tokayev. Term
/// dates are full dates; every head-of-state change since 1991 is known to the day.</para>
/// <para>Build with the constructor or <see cref="TryCreate"/>. Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.TermConverter))]
public sealed record Term
{
    /// <summary>Creates a term.</summary>
    /// <param name="office">The office held.</param>
    /// <param name="start">The first day in office.</param>
    /// <param name="end">The day the term ended (the successor's first day), or null while in office.</param>
    /// <param name="kind">How the office was obtained.</param>
    /// <param name="citations">The sources of these dates; distinct.</param>
    /// <exception cref="DomainValidationException">Any argument breaks a rule; every error is listed.</exception>
    public Term(Office office, LocalDate start, LocalDate? end, TermKind kind, EquatableArray<SourceId> citations = default)
        : this(office, start, end, kind, citations, ThrowIfInvalid(office, start, end, kind, citations))
    {
    }

    internal Term(Office office, LocalDate start, LocalDate? end, TermKind kind, EquatableArray<SourceId> citations, Validated validated)
    {
        _ = validated;
        Office = office;
        Start = start;
        End = end;
        Kind = kind;
        Citations = citations;
    }

    /// <summary>The office held.</summary>
    public Office Office { get; }

    /// <summary>The first day in office.</summary>
    public LocalDate Start { get; }

    /// <summary>The day the term ended (exclusive), or null while in office.</summary>
    public LocalDate? End { get; }

    /// <summary>How the office was obtained.</summary>
    public TermKind Kind { get; }

    /// <summary>The sources of these dates.</summary>
    public EquatableArray<SourceId> Citations { get; }

    /// <summary>Whether the office was held on <paramref name="date"/>: <see cref="Start"/> ≤ date &lt; <see cref="End"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when in office that day.</returns>
    public bool Covers(LocalDate date) => Start <= date && (End is not { } end || date < end);

    /// <summary>Builds a term, returning every error instead of throwing.</summary>
    /// <param name="office">The office.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The end (exclusive), or null.</param>
    /// <param name="kind">How the office was obtained.</param>
    /// <param name="citations">The sources.</param>
    /// <returns>The term, or every error with its JSON Pointer.</returns>
    public static ValidationResult<Term> TryCreate(Office? office, LocalDate start, LocalDate? end, TermKind kind, EquatableArray<SourceId> citations = default)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, office, start, end, kind, citations);
        return errors.HasErrors ? errors.ToFailure<Term>() : new(new Term(office!, start, end, kind, citations, validated: Validated.Yes));
    }

    /// <summary>
    /// A copy with some values changed, validated like <see cref="TryCreate"/> (records have no <c>with</c>: it would
    /// bypass validation). Every argument left out keeps this record's value; one given, null included, replaces it.
    /// </summary>
    /// <param name="office">The new value of <see cref="Office"/>; leave it out to keep it.</param>
    /// <param name="start">The new value of <see cref="Start"/>; leave it out to keep it.</param>
    /// <param name="end">The new value of <see cref="End"/>; leave it out to keep it.</param>
    /// <param name="kind">The new value of <see cref="Kind"/>; leave it out to keep it.</param>
    /// <param name="citations">The new value of <see cref="Citations"/>; leave it out to keep it.</param>
    /// <returns>The changed copy, or every error with its JSON Pointer.</returns>
    public ValidationResult<Term> With(
        Change<Office?> office = default,
        Change<LocalDate> start = default,
        Change<LocalDate?> end = default,
        Change<TermKind> kind = default,
        Change<EquatableArray<SourceId>> citations = default) =>
        TryCreate(
            office.Or(Office),
            start.Or(Start),
            end.Or(End),
            kind.Or(Kind),
            citations.Or(Citations));

    internal static void Validate(ref ErrorCollector errors, Office? office, LocalDate start, LocalDate? end, TermKind kind, EquatableArray<SourceId> citations)
    {
        FieldRules.Required(ref errors, office, "/office");
        if (start.Calendar != CalendarSystem.Iso || (end is { } e0 && e0.Calendar != CalendarSystem.Iso))
        {
            errors.Add(ErrorCodes.DateNonexistent, start.Calendar != CalendarSystem.Iso ? "/start" : "/end", "Only ISO calendar dates are supported.");
        }
        else if (end is { } e && e <= start)
        {
            errors.Add(ErrorCodes.IntervalReversed, "/end", $"The term ends ({e:uuuu-MM-dd}) on or before it starts ({start:uuuu-MM-dd}); the end is the successor's first day.");
        }

        FieldRules.Defined(ref errors, kind, "/kind");
        FieldRules.Citations(ref errors, citations);
    }

    private static Validated ThrowIfInvalid(Office? office, LocalDate start, LocalDate? end, TermKind kind, EquatableArray<SourceId> citations)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, office, start, end, kind, citations);
        errors.ThrowIfAny(nameof(Term));
        return Validated.Yes;
    }
}
