using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Diplomacy;

/// <summary>
/// One thing a declaration commits to: its theme, how binding it is, who acts and who benefits,
/// the text, an optional quantified target and the projects it concerns.
/// </summary>
/// <remarks>
/// <para>At least one acting country; acting and benefiting countries each distinct; targets not
/// negative. Build with the constructor or <see cref="TryCreate"/>. Immutable and thread-safe;
/// equality includes every list.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.CommitmentConverter))]
public sealed record Commitment
{
    /// <summary>Creates a commitment.</summary>
    /// <param name="id">The identifier, unique within its declaration.</param>
    /// <param name="theme">What it is about.</param>
    /// <param name="strength">How binding it is.</param>
    /// <param name="actors">The countries that act; at least one.</param>
    /// <param name="beneficiaries">The countries that benefit; may be empty.</param>
    /// <param name="text">What is committed to, in words close to the source.</param>
    /// <param name="targetAmount">A money target (RMB 26bn), or null.</param>
    /// <param name="targetQuantity">A physical target, or null.</param>
    /// <param name="projects">The projects it concerns.</param>
    /// <param name="citations">The sources; distinct.</param>
    /// <exception cref="DomainValidationException">Any argument breaks a rule; every error is listed.</exception>
    public Commitment(
        CommitmentId id,
        CommitmentTheme theme,
        CommitmentStrength strength,
        EquatableArray<CountryCode> actors,
        EquatableArray<CountryCode> beneficiaries,
        string text,
        Money? targetAmount = null,
        Quantity? targetQuantity = null,
        EquatableArray<ProjectId> projects = default,
        EquatableArray<SourceId> citations = default)
        : this(id, theme, strength, actors, beneficiaries, text, targetAmount, targetQuantity, projects, citations,
              ThrowIfInvalid(id, theme, strength, actors, beneficiaries, text, targetAmount, targetQuantity, projects, citations))
    {
    }

    internal Commitment(
        CommitmentId id, CommitmentTheme theme, CommitmentStrength strength, EquatableArray<CountryCode> actors, EquatableArray<CountryCode> beneficiaries,
        string text, Money? targetAmount, Quantity? targetQuantity, EquatableArray<ProjectId> projects, EquatableArray<SourceId> citations, Validated validated)
    {
        _ = validated;
        Id = id;
        Theme = theme;
        Strength = strength;
        Actors = actors;
        Beneficiaries = beneficiaries;
        Text = text;
        TargetAmount = targetAmount;
        TargetQuantity = targetQuantity;
        Projects = projects;
        Citations = citations;
    }

    /// <summary>The identifier.</summary>
    public CommitmentId Id { get; }

    /// <summary>What it is about.</summary>
    public CommitmentTheme Theme { get; }

    /// <summary>How binding it is.</summary>
    public CommitmentStrength Strength { get; }

    /// <summary>The countries that act.</summary>
    public EquatableArray<CountryCode> Actors { get; }

    /// <summary>The countries that benefit.</summary>
    public EquatableArray<CountryCode> Beneficiaries { get; }

    /// <summary>What is committed to.</summary>
    public string Text { get; }

    /// <summary>A money target, or null.</summary>
    public Money? TargetAmount { get; }

    /// <summary>A physical target, or null.</summary>
    public Quantity? TargetQuantity { get; }

    /// <summary>The projects it concerns.</summary>
    public EquatableArray<ProjectId> Projects { get; }

    /// <summary>The sources.</summary>
    public EquatableArray<SourceId> Citations { get; }

    /// <summary>Builds a commitment, returning every error instead of throwing.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="theme">The theme.</param>
    /// <param name="strength">The strength.</param>
    /// <param name="actors">The acting countries.</param>
    /// <param name="beneficiaries">The benefiting countries.</param>
    /// <param name="text">The text.</param>
    /// <param name="targetAmount">A money target, or null.</param>
    /// <param name="targetQuantity">A physical target, or null.</param>
    /// <param name="projects">The projects.</param>
    /// <param name="citations">The sources.</param>
    /// <returns>The commitment, or every error with its JSON Pointer.</returns>
    public static ValidationResult<Commitment> TryCreate(
        CommitmentId? id,
        CommitmentTheme theme,
        CommitmentStrength strength,
        EquatableArray<CountryCode> actors,
        EquatableArray<CountryCode> beneficiaries,
        string? text,
        Money? targetAmount = null,
        Quantity? targetQuantity = null,
        EquatableArray<ProjectId> projects = default,
        EquatableArray<SourceId> citations = default)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, id, theme, strength, actors, beneficiaries, text, targetAmount, targetQuantity, projects, citations);
        return errors.HasErrors ? errors.ToFailure<Commitment>() : new(new Commitment(id!, theme, strength, actors, beneficiaries, text!, targetAmount, targetQuantity, projects, citations, validated: Validated.Yes));
    }

    /// <summary>
    /// A copy with some values changed, validated like <see cref="TryCreate"/> (records have no <c>with</c>: it would
    /// bypass validation). Every argument left out keeps this record's value; one given, null included, replaces it.
    /// </summary>
    /// <param name="id">The new value of <see cref="Id"/>; leave it out to keep it.</param>
    /// <param name="theme">The new value of <see cref="Theme"/>; leave it out to keep it.</param>
    /// <param name="strength">The new value of <see cref="Strength"/>; leave it out to keep it.</param>
    /// <param name="actors">The new value of <see cref="Actors"/>; leave it out to keep it.</param>
    /// <param name="beneficiaries">The new value of <see cref="Beneficiaries"/>; leave it out to keep it.</param>
    /// <param name="text">The new value of <see cref="Text"/>; leave it out to keep it.</param>
    /// <param name="targetAmount">The new value of <see cref="TargetAmount"/>; leave it out to keep it.</param>
    /// <param name="targetQuantity">The new value of <see cref="TargetQuantity"/>; leave it out to keep it.</param>
    /// <param name="projects">The new value of <see cref="Projects"/>; leave it out to keep it.</param>
    /// <param name="citations">The new value of <see cref="Citations"/>; leave it out to keep it.</param>
    /// <returns>The changed copy, or every error with its JSON Pointer.</returns>
    public ValidationResult<Commitment> With(
        Change<CommitmentId?> id = default,
        Change<CommitmentTheme> theme = default,
        Change<CommitmentStrength> strength = default,
        Change<EquatableArray<CountryCode>> actors = default,
        Change<EquatableArray<CountryCode>> beneficiaries = default,
        Change<string?> text = default,
        Change<Money?> targetAmount = default,
        Change<Quantity?> targetQuantity = default,
        Change<EquatableArray<ProjectId>> projects = default,
        Change<EquatableArray<SourceId>> citations = default) =>
        TryCreate(
            id.Or(Id),
            theme.Or(Theme),
            strength.Or(Strength),
            actors.Or(Actors),
            beneficiaries.Or(Beneficiaries),
            text.Or(Text),
            targetAmount.Or(TargetAmount),
            targetQuantity.Or(TargetQuantity),
            projects.Or(Projects),
            citations.Or(Citations));

    internal static void Validate(
        ref ErrorCollector errors, CommitmentId? id, CommitmentTheme theme, CommitmentStrength strength, EquatableArray<CountryCode> actors,
        EquatableArray<CountryCode> beneficiaries, string? text, Money? targetAmount, Quantity? targetQuantity, EquatableArray<ProjectId> projects,
        EquatableArray<SourceId> citations)
    {
        FieldRules.Required(ref errors, id, "/id");
        FieldRules.Defined(ref errors, theme, "/theme");
        FieldRules.Defined(ref errors, strength, "/strength");
        FieldRules.DistinctItems(ref errors, actors, "/actors", nonEmpty: true);
        FieldRules.DistinctItems(ref errors, beneficiaries, "/beneficiaries", nonEmpty: false);
        FieldRules.Prose(ref errors, text, "/text");
        FieldRules.OptionalNonNegative(ref errors, targetAmount, "/targetAmount");
        if (targetQuantity is { } quantity)
        {
            FieldRules.Required(ref errors, quantity, "/targetQuantity");
        }

        FieldRules.DistinctItems(ref errors, projects, "/projects", nonEmpty: false);
        FieldRules.Citations(ref errors, citations);
    }

    private static Validated ThrowIfInvalid(
        CommitmentId? id, CommitmentTheme theme, CommitmentStrength strength, EquatableArray<CountryCode> actors, EquatableArray<CountryCode> beneficiaries,
        string? text, Money? targetAmount, Quantity? targetQuantity, EquatableArray<ProjectId> projects, EquatableArray<SourceId> citations)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, id, theme, strength, actors, beneficiaries, text, targetAmount, targetQuantity, projects, citations);
        errors.ThrowIfAny(nameof(Commitment));
        return Validated.Yes;
    }
}
