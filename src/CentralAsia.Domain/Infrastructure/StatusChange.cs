using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Infrastructure;

/// <summary>
/// A dated entry of a project's status history: from <see cref="Date"/> on, the project was
/// <see cref="Status"/>.
/// </summary>
/// <remarks>Build with the constructor or <see cref="TryCreate"/>. Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.StatusChangeConverter))]
public sealed record StatusChange
{
    /// <summary>Creates a status change.</summary>
    /// <param name="status">The new status.</param>
    /// <param name="date">When it took effect, to the precision known.</param>
    /// <param name="note">What happened, or null.</param>
    /// <param name="citations">The sources; distinct.</param>
    /// <exception cref="DomainValidationException">Any argument breaks a rule; every error is listed.</exception>
    public StatusChange(ProjectStatus status, PartialDate date, string? note = null, EquatableArray<SourceId> citations = default)
        : this(status, date, note, citations, ThrowIfInvalid(status, date, note, citations))
    {
    }

    internal StatusChange(ProjectStatus status, PartialDate date, string? note, EquatableArray<SourceId> citations, Validated validated)
    {
        _ = validated;
        Status = status;
        Date = date;
        Note = note;
        Citations = citations;
    }

    /// <summary>The new status.</summary>
    public ProjectStatus Status { get; }

    /// <summary>When it took effect.</summary>
    public PartialDate Date { get; }

    /// <summary>What happened, or null.</summary>
    public string? Note { get; }

    /// <summary>The sources.</summary>
    public EquatableArray<SourceId> Citations { get; }

    /// <summary>Builds a status change, returning every error instead of throwing.</summary>
    /// <param name="status">The status.</param>
    /// <param name="date">The date.</param>
    /// <param name="note">The note, or null.</param>
    /// <param name="citations">The sources.</param>
    /// <returns>The change, or every error with its JSON Pointer.</returns>
    public static ValidationResult<StatusChange> TryCreate(ProjectStatus status, PartialDate date, string? note = null, EquatableArray<SourceId> citations = default)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, status, date, note, citations);
        return errors.HasErrors ? errors.ToFailure<StatusChange>() : new(new StatusChange(status, date, note, citations, validated: Validated.Yes));
    }

    /// <summary>
    /// A copy with some values changed, validated like <see cref="TryCreate"/> (records have no <c>with</c>: it would
    /// bypass validation). Every argument left out keeps this record's value; one given, null included, replaces it.
    /// </summary>
    /// <param name="status">The new value of <see cref="Status"/>; leave it out to keep it.</param>
    /// <param name="date">The new value of <see cref="Date"/>; leave it out to keep it.</param>
    /// <param name="note">The new value of <see cref="Note"/>; leave it out to keep it.</param>
    /// <param name="citations">The new value of <see cref="Citations"/>; leave it out to keep it.</param>
    /// <returns>The changed copy, or every error with its JSON Pointer.</returns>
    public ValidationResult<StatusChange> With(
        Change<ProjectStatus> status = default,
        Change<PartialDate> date = default,
        Change<string?> note = default,
        Change<EquatableArray<SourceId>> citations = default) =>
        TryCreate(
            status.Or(Status),
            date.Or(Date),
            note.Or(Note),
            citations.Or(Citations));

    internal static void Validate(ref ErrorCollector errors, ProjectStatus status, PartialDate date, string? note, EquatableArray<SourceId> citations)
    {
        FieldRules.Defined(ref errors, status, "/status");
        FieldRules.Required(ref errors, date, "/date");
        FieldRules.OptionalProse(ref errors, note, "/note");
        FieldRules.Citations(ref errors, citations);
    }

    private static Validated ThrowIfInvalid(ProjectStatus status, PartialDate date, string? note, EquatableArray<SourceId> citations)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, status, date, note, citations);
        errors.ThrowIfAny(nameof(StatusChange));
        return Validated.Yes;
    }
}
