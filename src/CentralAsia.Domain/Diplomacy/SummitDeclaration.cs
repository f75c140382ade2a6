using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using NodaTime;

namespace CentralAsia.Domain.Diplomacy;

/// <summary>
/// The document a summit adopts: title, adoption date, who signed it, what it commits to, and
/// quotes from its leaders.
/// </summary>
/// <remarks>
/// <para>At least one signatory, none twice; commitment ids unique within the declaration. That
/// the signatories attended and the date falls within the summit is checked by the dataset, which
/// knows the summit.</para>
/// <para>Build with the constructor or <see cref="TryCreate"/>. Immutable and thread-safe;
/// equality includes every list.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.SummitDeclarationConverter))]
public sealed record SummitDeclaration
{
    /// <summary>Creates a declaration.</summary>
    /// <param name="id">The identifier, for example <c>xian-declaration</c>.</param>
    /// <param name="summit">The summit that adopted it.</param>
    /// <param name="title">The title.</param>
    /// <param name="adopted">The day it was adopted.</param>
    /// <param name="signatories">The leaders who signed it; at least one, distinct.</param>
    /// <param name="commitments">What it commits to; ids unique.</param>
    /// <param name="quotes">Quotes from its leaders.</param>
    /// <param name="citations">The sources; distinct.</param>
    /// <exception cref="DomainValidationException">Any argument breaks a rule; every error is listed.</exception>
    public SummitDeclaration(
        DeclarationId id, SummitId summit, string title, LocalDate adopted, EquatableArray<LeaderId> signatories,
        EquatableArray<Commitment> commitments = default, EquatableArray<Quote> quotes = default, EquatableArray<SourceId> citations = default)
        : this(id, summit, title, adopted, signatories, commitments, quotes, citations,
              ThrowIfInvalid(id, summit, title, adopted, signatories, commitments, quotes, citations))
    {
    }

    internal SummitDeclaration(
        DeclarationId id, SummitId summit, string title, LocalDate adopted, EquatableArray<LeaderId> signatories,
        EquatableArray<Commitment> commitments, EquatableArray<Quote> quotes, EquatableArray<SourceId> citations, Validated validated)
    {
        _ = validated;
        Id = id;
        Summit = summit;
        Title = title;
        Adopted = adopted;
        Signatories = signatories;
        Commitments = commitments;
        Quotes = quotes;
        Citations = citations;
    }

    /// <summary>The identifier.</summary>
    public DeclarationId Id { get; }

    /// <summary>The summit that adopted it.</summary>
    public SummitId Summit { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The day it was adopted.</summary>
    public LocalDate Adopted { get; }

    /// <summary>The leaders who signed it.</summary>
    public EquatableArray<LeaderId> Signatories { get; }

    /// <summary>What it commits to.</summary>
    public EquatableArray<Commitment> Commitments { get; }

    /// <summary>Quotes from its leaders.</summary>
    public EquatableArray<Quote> Quotes { get; }

    /// <summary>The sources.</summary>
    public EquatableArray<SourceId> Citations { get; }

    /// <summary>Builds a declaration, returning every error instead of throwing.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="summit">The summit.</param>
    /// <param name="title">The title.</param>
    /// <param name="adopted">The adoption day.</param>
    /// <param name="signatories">The signatories.</param>
    /// <param name="commitments">The commitments.</param>
    /// <param name="quotes">The quotes.</param>
    /// <param name="citations">The sources.</param>
    /// <returns>The declaration, or every error with its JSON Pointer.</returns>
    public static ValidationResult<SummitDeclaration> TryCreate(
        DeclarationId? id, SummitId? summit, string? title, LocalDate adopted, EquatableArray<LeaderId> signatories,
        EquatableArray<Commitment> commitments = default, EquatableArray<Quote> quotes = default, EquatableArray<SourceId> citations = default)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, id, summit, title, adopted, signatories, commitments, quotes, citations);
        return errors.HasErrors ? errors.ToFailure<SummitDeclaration>() : new(new SummitDeclaration(id!, summit!, title!, adopted, signatories, commitments, quotes, citations, validated: Validated.Yes));
    }

    /// <summary>
    /// A copy with some values changed, validated like <see cref="TryCreate"/> (records have no <c>with</c>: it would
    /// bypass validation). Every argument left out keeps this record's value; one given, null included, replaces it.
    /// </summary>
    /// <param name="id">The new value of <see cref="Id"/>; leave it out to keep it.</param>
    /// <param name="summit">The new value of <see cref="Summit"/>; leave it out to keep it.</param>
    /// <param name="title">The new value of <see cref="Title"/>; leave it out to keep it.</param>
    /// <param name="adopted">The new value of <see cref="Adopted"/>; leave it out to keep it.</param>
    /// <param name="signatories">The new value of <see cref="Signatories"/>; leave it out to keep it.</param>
    /// <param name="commitments">The new value of <see cref="Commitments"/>; leave it out to keep it.</param>
    /// <param name="quotes">The new value of <see cref="Quotes"/>; leave it out to keep it.</param>
    /// <param name="citations">The new value of <see cref="Citations"/>; leave it out to keep it.</param>
    /// <returns>The changed copy, or every error with its JSON Pointer.</returns>
    public ValidationResult<SummitDeclaration> With(
        Change<DeclarationId?> id = default,
        Change<SummitId?> summit = default,
        Change<string?> title = default,
        Change<LocalDate> adopted = default,
        Change<EquatableArray<LeaderId>> signatories = default,
        Change<EquatableArray<Commitment>> commitments = default,
        Change<EquatableArray<Quote>> quotes = default,
        Change<EquatableArray<SourceId>> citations = default) =>
        TryCreate(
            id.Or(Id),
            summit.Or(Summit),
            title.Or(Title),
            adopted.Or(Adopted),
            signatories.Or(Signatories),
            commitments.Or(Commitments),
            quotes.Or(Quotes),
            citations.Or(Citations));

    internal static void Validate(
        ref ErrorCollector errors, DeclarationId? id, SummitId? summit, string? title, LocalDate adopted, EquatableArray<LeaderId> signatories,
        EquatableArray<Commitment> commitments, EquatableArray<Quote> quotes, EquatableArray<SourceId> citations)
    {
        FieldRules.Required(ref errors, id, "/id");
        FieldRules.Required(ref errors, summit, "/summit");
        FieldRules.Name(ref errors, title, "/title");
        if (adopted.Calendar != CalendarSystem.Iso)
        {
            errors.Add(ErrorCodes.DateNonexistent, "/adopted", "Only ISO calendar dates are supported.");
        }

        FieldRules.DistinctItems(ref errors, signatories, "/signatories", nonEmpty: true);
        FieldRules.NoNulls(ref errors, commitments, "/commitments", nonEmpty: false);
        for (var i = 1; i < commitments.Length; i++)
        {
            for (var j = 0; j < i && commitments[i] is { } commitment; j++)
            {
                if (commitments[j] is { } earlier && earlier.Id == commitment.Id)
                {
                    errors.Add(ErrorCodes.CollectionDuplicate, JsonPointer.Item("/commitments", i) + "/id", $"The commitment id '{commitment.Id}' is already used at index {j}.");
                    break;
                }
            }
        }

        FieldRules.NoNulls(ref errors, quotes, "/quotes", nonEmpty: false);
        FieldRules.Citations(ref errors, citations);
    }

    private static Validated ThrowIfInvalid(
        DeclarationId? id, SummitId? summit, string? title, LocalDate adopted, EquatableArray<LeaderId> signatories,
        EquatableArray<Commitment> commitments, EquatableArray<Quote> quotes, EquatableArray<SourceId> citations)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, id, summit, title, adopted, signatories, commitments, quotes, citations);
        errors.ThrowIfAny(nameof(SummitDeclaration));
        return Validated.Yes;
    }
}
