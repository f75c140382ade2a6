using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.People;

/// <summary>
/// Another form of a person's name: a transliteration, the native script, a former name or an
/// epithet, optionally with the language it belongs to and the dates it was in use.
/// </summary>
/// <remarks>
/// <para>The validity dates are inclusive partial dates; <see cref="ValidUntil"/> must not be before
/// <see cref="ValidFrom"/>. Build with the constructor or <see cref="TryCreate"/>. Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.NameAliasConverter))]
public sealed record NameAlias
{
    /// <summary>Creates an alias.</summary>
    /// <param name="text">The other form of the name.</param>
    /// <param name="kind">What kind of other name it is.</param>
    /// <param name="language">An optional BCP 47 language tag, for example <c>"ru"</c> or <c>"kk-Cyrl"</c>.</param>
    /// <param name="validFrom">When the name came into use, if known.</param>
    /// <param name="validUntil">When it went out of use, if it did.</param>
    /// <exception cref="DomainValidationException">Any argument breaks a rule; every error is listed.</exception>
    public NameAlias(string text, NameAliasKind kind, string? language = null, PartialDate? validFrom = null, PartialDate? validUntil = null)
        : this(text, kind, language, validFrom, validUntil, ThrowIfInvalid(text, kind, language, validFrom, validUntil))
    {
    }

    internal NameAlias(string text, NameAliasKind kind, string? language, PartialDate? validFrom, PartialDate? validUntil, Validated validated)
    {
        _ = validated;
        Text = text;
        Kind = kind;
        Language = language;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
    }

    /// <summary>The other form of the name.</summary>
    public string Text { get; }

    /// <summary>What kind of other name it is.</summary>
    public NameAliasKind Kind { get; }

    /// <summary>The BCP 47 language tag, or null.</summary>
    public string? Language { get; }

    /// <summary>When the name came into use, or null.</summary>
    public PartialDate? ValidFrom { get; }

    /// <summary>When the name went out of use, or null.</summary>
    public PartialDate? ValidUntil { get; }

    /// <summary>Builds an alias, returning every error instead of throwing.</summary>
    /// <param name="text">The other form of the name.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="language">The language tag, or null.</param>
    /// <param name="validFrom">Start of use, or null.</param>
    /// <param name="validUntil">End of use, or null.</param>
    /// <returns>The alias, or every error with its JSON Pointer.</returns>
    public static ValidationResult<NameAlias> TryCreate(string? text, NameAliasKind kind, string? language = null, PartialDate? validFrom = null, PartialDate? validUntil = null)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, text, kind, language, validFrom, validUntil);
        return errors.HasErrors ? errors.ToFailure<NameAlias>() : new(new NameAlias(text!, kind, language, validFrom, validUntil, validated: Validated.Yes));
    }

    /// <summary>
    /// A copy with some values changed, validated like <see cref="TryCreate"/> (records have no <c>with</c>: it would
    /// bypass validation). Every argument left out keeps this record's value; one given, null included, replaces it.
    /// </summary>
    /// <param name="text">The new value of <see cref="Text"/>; leave it out to keep it.</param>
    /// <param name="kind">The new value of <see cref="Kind"/>; leave it out to keep it.</param>
    /// <param name="language">The new value of <see cref="Language"/>; leave it out to keep it.</param>
    /// <param name="validFrom">The new value of <see cref="ValidFrom"/>; leave it out to keep it.</param>
    /// <param name="validUntil">The new value of <see cref="ValidUntil"/>; leave it out to keep it.</param>
    /// <returns>The changed copy, or every error with its JSON Pointer.</returns>
    public ValidationResult<NameAlias> With(
        Change<string?> text = default,
        Change<NameAliasKind> kind = default,
        Change<string?> language = default,
        Change<PartialDate?> validFrom = default,
        Change<PartialDate?> validUntil = default) =>
        TryCreate(
            text.Or(Text),
            kind.Or(Kind),
            language.Or(Language),
            validFrom.Or(ValidFrom),
            validUntil.Or(ValidUntil));

    internal static void Validate(ref ErrorCollector errors, string? text, NameAliasKind kind, string? language, PartialDate? validFrom, PartialDate? validUntil)
    {
        FieldRules.Name(ref errors, text, "/text");
        FieldRules.Defined(ref errors, kind, "/kind");
        FieldRules.OptionalLanguage(ref errors, language, "/language");
        FieldRules.OptionalPartialDate(ref errors, validFrom, "/validFrom");
        FieldRules.OptionalPartialDate(ref errors, validUntil, "/validUntil");
        if (validFrom is { } from && validUntil is { } until && from != default && until != default && until.End < from.Start)
        {
            errors.Add(ErrorCodes.IntervalReversed, "/validUntil", $"The name went out of use ({until}) before it came into use ({from}).");
        }
    }

    private static Validated ThrowIfInvalid(string? text, NameAliasKind kind, string? language, PartialDate? validFrom, PartialDate? validUntil)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, text, kind, language, validFrom, validUntil);
        errors.ThrowIfAny(nameof(NameAlias));
        return Validated.Yes;
    }
}
