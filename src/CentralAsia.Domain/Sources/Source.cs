using System;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Sources;

/// <summary>
/// A published source that facts cite by <see cref="Id"/>: who published it, its title, where it
/// can be read and when it appeared.
/// </summary>
/// <remarks>
/// <para>Build one with the constructor (throws <see cref="DomainValidationException"/> listing every
/// error) or <see cref="TryCreate"/> (returns them). Properties are get-only, so a <c>with</c>
/// expression cannot produce an invalid source. Immutable and thread-safe.</para>
/// <para>The URL must be absolute http or https; it is kept as <see cref="Uri"/>, whose equality
/// ignores the fragment.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.SourceConverter))]
public sealed record Source
{
    /// <summary>Creates a source.</summary>
    /// <param name="id">The identifier records cite.</param>
    /// <param name="publisher">The outlet or institution that published it (the original outlet, not a repost).</param>
    /// <param name="title">The title as published.</param>
    /// <param name="url">Where to read it: an absolute http or https URL (a copy's URL where the original is gone).</param>
    /// <param name="published">When it was published, to the precision known; null if unknown.</param>
    /// <exception cref="DomainValidationException">Any argument breaks a rule; every error is listed.</exception>
    public Source(SourceId id, string publisher, string title, Uri url, PartialDate? published = null)
        : this(id, publisher, title, url, published, ThrowIfInvalid(id, publisher, title, url, published))
    {
    }

    internal Source(SourceId id, string publisher, string title, Uri url, PartialDate? published, Validated validated)
    {
        _ = validated;
        Id = id;
        Publisher = publisher;
        Title = title;
        Url = url;
        Published = published;
    }

    /// <summary>The identifier records cite.</summary>
    public SourceId Id { get; }

    /// <summary>The outlet or institution that published it.</summary>
    public string Publisher { get; }

    /// <summary>The title as published.</summary>
    public string Title { get; }

    /// <summary>Where to read it (absolute http or https).</summary>
    public Uri Url { get; }

    /// <summary>When it was published, or null if unknown.</summary>
    public PartialDate? Published { get; }

    /// <summary>Builds a source, returning every error instead of throwing.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="publisher">The publisher.</param>
    /// <param name="title">The title.</param>
    /// <param name="url">The URL.</param>
    /// <param name="published">The publication date, or null.</param>
    /// <returns>The source, or every error with its JSON Pointer.</returns>
    public static ValidationResult<Source> TryCreate(SourceId? id, string? publisher, string? title, Uri? url, PartialDate? published = null)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, id, publisher, title, url, published);
        return errors.HasErrors ? errors.ToFailure<Source>() : new(new Source(id!, publisher!, title!, url!, published, validated: Validated.Yes));
    }

    /// <summary>
    /// A copy with some values changed, validated like <see cref="TryCreate"/> (records have no <c>with</c>: it would
    /// bypass validation). Every argument left out keeps this record's value; one given, null included, replaces it.
    /// </summary>
    /// <param name="id">The new value of <see cref="Id"/>; leave it out to keep it.</param>
    /// <param name="publisher">The new value of <see cref="Publisher"/>; leave it out to keep it.</param>
    /// <param name="title">The new value of <see cref="Title"/>; leave it out to keep it.</param>
    /// <param name="url">The new value of <see cref="Url"/>; leave it out to keep it.</param>
    /// <param name="published">The new value of <see cref="Published"/>; leave it out to keep it.</param>
    /// <returns>The changed copy, or every error with its JSON Pointer.</returns>
    public ValidationResult<Source> With(
        Change<SourceId?> id = default,
        Change<string?> publisher = default,
        Change<string?> title = default,
        Change<Uri?> url = default,
        Change<PartialDate?> published = default) =>
        TryCreate(
            id.Or(Id),
            publisher.Or(Publisher),
            title.Or(Title),
            url.Or(Url),
            published.Or(Published));

    internal static void Validate(ref ErrorCollector errors, SourceId? id, string? publisher, string? title, Uri? url, PartialDate? published)
    {
        FieldRules.Required(ref errors, id, "/id");
        FieldRules.Name(ref errors, publisher, "/publisher");
        FieldRules.Name(ref errors, title, "/title");
        if (url is null)
        {
            FieldRules.Required(ref errors, url, "/url");
        }
        else if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add(ErrorCodes.UrlInvalid, "/url", $"'{url.OriginalString}' is not an absolute http or https URL.");
        }

        if (published is { } date)
        {
            FieldRules.Required(ref errors, date, "/published");
        }
    }

    private static Validated ThrowIfInvalid(SourceId? id, string? publisher, string? title, Uri? url, PartialDate? published)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, id, publisher, title, url, published);
        errors.ThrowIfAny(nameof(Source));
        return Validated.Yes;
    }
}
