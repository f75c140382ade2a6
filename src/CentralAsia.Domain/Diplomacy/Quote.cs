using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Diplomacy;

/// <summary>Words a leader said, as a source reports them.</summary>
/// <remarks>
/// A quote must cite at least one source: an unsourced quote is hearsay. Build with the constructor
/// or <see cref="TryCreate"/>. Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.QuoteConverter))]
public sealed record Quote
{
    /// <summary>Creates a quote.</summary>
    /// <param name="speaker">Who said it.</param>
    /// <param name="words">The words, as reported.</param>
    /// <param name="citations">The sources that report it; at least one, distinct.</param>
    /// <param name="language">The BCP 47 tag of the language of <paramref name="words"/>, or null.</param>
    /// <exception cref="DomainValidationException">Any argument breaks a rule; every error is listed.</exception>
    public Quote(LeaderId speaker, string words, EquatableArray<SourceId> citations, string? language = null)
        : this(speaker, words, citations, language, ThrowIfInvalid(speaker, words, citations, language))
    {
    }

    internal Quote(LeaderId speaker, string words, EquatableArray<SourceId> citations, string? language, Validated validated)
    {
        _ = validated;
        Speaker = speaker;
        Words = words;
        Citations = citations;
        Language = language;
    }

    /// <summary>Who said it.</summary>
    public LeaderId Speaker { get; }

    /// <summary>The words.</summary>
    public string Words { get; }

    /// <summary>The sources that report it (at least one).</summary>
    public EquatableArray<SourceId> Citations { get; }

    /// <summary>The language of the words, or null.</summary>
    public string? Language { get; }

    /// <summary>Builds a quote, returning every error instead of throwing.</summary>
    /// <param name="speaker">The speaker.</param>
    /// <param name="words">The words.</param>
    /// <param name="citations">The sources.</param>
    /// <param name="language">The language tag, or null.</param>
    /// <returns>The quote, or every error with its JSON Pointer.</returns>
    public static ValidationResult<Quote> TryCreate(LeaderId? speaker, string? words, EquatableArray<SourceId> citations, string? language = null)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, speaker, words, citations, language);
        return errors.HasErrors ? errors.ToFailure<Quote>() : new(new Quote(speaker!, words!, citations, language, validated: Validated.Yes));
    }

    /// <summary>
    /// A copy with some values changed, validated like <see cref="TryCreate"/> (records have no <c>with</c>: it would
    /// bypass validation). Every argument left out keeps this record's value; one given, null included, replaces it.
    /// </summary>
    /// <param name="speaker">The new value of <see cref="Speaker"/>; leave it out to keep it.</param>
    /// <param name="words">The new value of <see cref="Words"/>; leave it out to keep it.</param>
    /// <param name="citations">The new value of <see cref="Citations"/>; leave it out to keep it.</param>
    /// <param name="language">The new value of <see cref="Language"/>; leave it out to keep it.</param>
    /// <returns>The changed copy, or every error with its JSON Pointer.</returns>
    public ValidationResult<Quote> With(
        Change<LeaderId?> speaker = default,
        Change<string?> words = default,
        Change<EquatableArray<SourceId>> citations = default,
        Change<string?> language = default) =>
        TryCreate(
            speaker.Or(Speaker),
            words.Or(Words),
            citations.Or(Citations),
            language.Or(Language));

    internal static void Validate(ref ErrorCollector errors, LeaderId? speaker, string? words, EquatableArray<SourceId> citations, string? language)
    {
        FieldRules.Required(ref errors, speaker, "/speaker");
        FieldRules.Prose(ref errors, words, "/words");
        FieldRules.DistinctItems(ref errors, citations, "/citations", nonEmpty: true);
        FieldRules.OptionalLanguage(ref errors, language, "/language");
    }

    private static Validated ThrowIfInvalid(LeaderId? speaker, string? words, EquatableArray<SourceId> citations, string? language)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, speaker, words, citations, language);
        errors.ThrowIfAny(nameof(Quote));
        return Validated.Yes;
    }
}
