using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using NodaTime;

namespace CentralAsia.Domain.Diplomacy;

/// <summary>
/// A summit meeting: its name and edition, where and when it was held, and the leaders who took part.
/// </summary>
/// <remarks>
/// <para><see cref="Start"/> and <see cref="End"/> are inclusive (a one-day summit has
/// <c>Start == End</c>). At least one participant, none twice. Whether the participants held
/// office on those dates is checked by the dataset, which knows the leaders.</para>
/// <para>Build with the constructor or <see cref="TryCreate"/>. Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.SummitConverter))]
public sealed record Summit
{
    /// <summary>Creates a summit.</summary>
    /// <param name="id">The identifier, for example <c>xian-2023</c>.</param>
    /// <param name="name">The name, for example "China–Central Asia Summit".</param>
    /// <param name="edition">Which meeting of the series, from 1.</param>
    /// <param name="host">The host country.</param>
    /// <param name="city">The host city.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day (inclusive).</param>
    /// <param name="participants">The leaders who took part; at least one, distinct.</param>
    /// <param name="citations">The sources; distinct.</param>
    /// <exception cref="DomainValidationException">Any argument breaks a rule; every error is listed.</exception>
    public Summit(
        SummitId id, string name, int edition, CountryCode host, string city, LocalDate start, LocalDate end,
        EquatableArray<LeaderId> participants, EquatableArray<SourceId> citations = default)
        : this(id, name, edition, host, city, start, end, participants, citations,
              ThrowIfInvalid(id, name, edition, host, city, start, end, participants, citations))
    {
    }

    internal Summit(
        SummitId id, string name, int edition, CountryCode host, string city, LocalDate start, LocalDate end,
        EquatableArray<LeaderId> participants, EquatableArray<SourceId> citations, Validated validated)
    {
        _ = validated;
        Id = id;
        Name = name;
        Edition = edition;
        Host = host;
        City = city;
        Start = start;
        End = end;
        Participants = participants;
        Citations = citations;
    }

    /// <summary>The identifier.</summary>
    public SummitId Id { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>Which meeting of the series, from 1.</summary>
    public int Edition { get; }

    /// <summary>The host country.</summary>
    public CountryCode Host { get; }

    /// <summary>The host city.</summary>
    public string City { get; }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>The days of the summit, <see cref="Start"/> to <see cref="End"/>.</summary>
    public DateInterval Dates => new(Start, End);

    /// <summary>The leaders who took part.</summary>
    public EquatableArray<LeaderId> Participants { get; }

    /// <summary>The sources.</summary>
    public EquatableArray<SourceId> Citations { get; }

    /// <summary>Builds a summit, returning every error instead of throwing.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="edition">The edition.</param>
    /// <param name="host">The host country.</param>
    /// <param name="city">The host city.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <param name="participants">The participants.</param>
    /// <param name="citations">The sources.</param>
    /// <returns>The summit, or every error with its JSON Pointer.</returns>
    public static ValidationResult<Summit> TryCreate(
        SummitId? id, string? name, int edition, CountryCode host, string? city, LocalDate start, LocalDate end,
        EquatableArray<LeaderId> participants, EquatableArray<SourceId> citations = default)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, id, name, edition, host, city, start, end, participants, citations);
        return errors.HasErrors ? errors.ToFailure<Summit>() : new(new Summit(id!, name!, edition, host, city!, start, end, participants, citations, validated: Validated.Yes));
    }

    /// <summary>
    /// A copy with some values changed, validated like <see cref="TryCreate"/> (records have no <c>with</c>: it would
    /// bypass validation). Every argument left out keeps this record's value; one given, null included, replaces it.
    /// </summary>
    /// <param name="id">The new value of <see cref="Id"/>; leave it out to keep it.</param>
    /// <param name="name">The new value of <see cref="Name"/>; leave it out to keep it.</param>
    /// <param name="edition">The new value of <see cref="Edition"/>; leave it out to keep it.</param>
    /// <param name="host">The new value of <see cref="Host"/>; leave it out to keep it.</param>
    /// <param name="city">The new value of <see cref="City"/>; leave it out to keep it.</param>
    /// <param name="start">The new value of <see cref="Start"/>; leave it out to keep it.</param>
    /// <param name="end">The new value of <see cref="End"/>; leave it out to keep it.</param>
    /// <param name="participants">The new value of <see cref="Participants"/>; leave it out to keep it.</param>
    /// <param name="citations">The new value of <see cref="Citations"/>; leave it out to keep it.</param>
    /// <returns>The changed copy, or every error with its JSON Pointer.</returns>
    public ValidationResult<Summit> With(
        Change<SummitId?> id = default,
        Change<string?> name = default,
        Change<int> edition = default,
        Change<CountryCode> host = default,
        Change<string?> city = default,
        Change<LocalDate> start = default,
        Change<LocalDate> end = default,
        Change<EquatableArray<LeaderId>> participants = default,
        Change<EquatableArray<SourceId>> citations = default) =>
        TryCreate(
            id.Or(Id),
            name.Or(Name),
            edition.Or(Edition),
            host.Or(Host),
            city.Or(City),
            start.Or(Start),
            end.Or(End),
            participants.Or(Participants),
            citations.Or(Citations));

    internal static void Validate(
        ref ErrorCollector errors, SummitId? id, string? name, int edition, CountryCode host, string? city, LocalDate start, LocalDate end,
        EquatableArray<LeaderId> participants, EquatableArray<SourceId> citations)
    {
        FieldRules.Required(ref errors, id, "/id");
        FieldRules.Name(ref errors, name, "/name");
        if (edition < 1)
        {
            errors.Add(ErrorCodes.NumberOutOfRange, "/edition", $"The edition is {edition}; editions count from 1.");
        }

        FieldRules.Required(ref errors, host, "/host");
        FieldRules.Name(ref errors, city, "/city");
        if (start.Calendar != CalendarSystem.Iso || end.Calendar != CalendarSystem.Iso)
        {
            errors.Add(ErrorCodes.DateNonexistent, start.Calendar != CalendarSystem.Iso ? "/start" : "/end", "Only ISO calendar dates are supported.");
        }
        else if (end < start)
        {
            errors.Add(ErrorCodes.IntervalReversed, "/end", $"The summit ends ({end:uuuu-MM-dd}) before it starts ({start:uuuu-MM-dd}).");
        }

        FieldRules.DistinctItems(ref errors, participants, "/participants", nonEmpty: true);
        FieldRules.Citations(ref errors, citations);
    }

    private static Validated ThrowIfInvalid(
        SummitId? id, string? name, int edition, CountryCode host, string? city, LocalDate start, LocalDate end,
        EquatableArray<LeaderId> participants, EquatableArray<SourceId> citations)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, id, name, edition, host, city, start, end, participants, citations);
        errors.ThrowIfAny(nameof(Summit));
        return Validated.Yes;
    }
}
