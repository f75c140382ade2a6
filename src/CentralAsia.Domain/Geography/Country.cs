using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Geography;

/// <summary>
/// A country: its ISO code, names, capital, UN M49 region and sub-region, currency and the other
/// names it goes by ("Kyrgyz Republic", "Kirghizia").
/// </summary>
/// <remarks>
/// <para><see cref="Region"/> must be a top-level M49 region (142 Asia) and <see cref="SubRegion"/>
/// one of its sub-regions (143 Central Asia).</para>
/// <para>Build one with the constructor (throws <see cref="DomainValidationException"/> listing every
/// error) or <see cref="TryCreate"/>. Properties are get-only, so <c>with</c> cannot bypass
/// validation. Immutable and thread-safe; equality includes the aliases and citations.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.CountryConverter))]
public sealed record Country
{
    /// <summary>Creates a country.</summary>
    /// <param name="code">The ISO 3166-1 code.</param>
    /// <param name="shortName">The usual English name, for example "Kyrgyzstan".</param>
    /// <param name="officialName">The official long name, for example "Kyrgyz Republic".</param>
    /// <param name="capital">The capital city.</param>
    /// <param name="region">The top-level UN M49 region.</param>
    /// <param name="subRegion">The UN M49 sub-region within <paramref name="region"/>.</param>
    /// <param name="currency">The national currency.</param>
    /// <param name="aliases">Other names (former names, other spellings); distinct.</param>
    /// <param name="citations">The sources of these facts; distinct.</param>
    /// <exception cref="DomainValidationException">Any argument breaks a rule; every error is listed.</exception>
    public Country(
        CountryCode code,
        string shortName,
        string officialName,
        string capital,
        Region region,
        Region subRegion,
        CurrencyCode currency,
        EquatableArray<string> aliases = default,
        EquatableArray<SourceId> citations = default)
        : this(code, shortName, officialName, capital, region, subRegion, currency, aliases, citations,
              ThrowIfInvalid(code, shortName, officialName, capital, region, subRegion, currency, aliases, citations))
    {
    }

    internal Country(
        CountryCode code, string shortName, string officialName, string capital, Region region, Region subRegion,
        CurrencyCode currency, EquatableArray<string> aliases, EquatableArray<SourceId> citations, Validated validated)
    {
        _ = validated;
        Code = code;
        ShortName = shortName;
        OfficialName = officialName;
        Capital = capital;
        Region = region;
        SubRegion = subRegion;
        Currency = currency;
        Aliases = aliases;
        Citations = citations;
    }

    /// <summary>The ISO 3166-1 code.</summary>
    public CountryCode Code { get; }

    /// <summary>The usual English name.</summary>
    public string ShortName { get; }

    /// <summary>The official long name.</summary>
    public string OfficialName { get; }

    /// <summary>The capital city.</summary>
    public string Capital { get; }

    /// <summary>The top-level UN M49 region.</summary>
    public Region Region { get; }

    /// <summary>The UN M49 sub-region.</summary>
    public Region SubRegion { get; }

    /// <summary>The national currency.</summary>
    public CurrencyCode Currency { get; }

    /// <summary>Other names the country goes by.</summary>
    public EquatableArray<string> Aliases { get; }

    /// <summary>The sources of these facts.</summary>
    public EquatableArray<SourceId> Citations { get; }

    /// <summary>Builds a country, returning every error instead of throwing.</summary>
    /// <param name="code">The ISO code.</param>
    /// <param name="shortName">The usual English name.</param>
    /// <param name="officialName">The official long name.</param>
    /// <param name="capital">The capital.</param>
    /// <param name="region">The top-level region.</param>
    /// <param name="subRegion">The sub-region.</param>
    /// <param name="currency">The currency.</param>
    /// <param name="aliases">Other names.</param>
    /// <param name="citations">The sources.</param>
    /// <returns>The country, or every error with its JSON Pointer.</returns>
    public static ValidationResult<Country> TryCreate(
        CountryCode code,
        string? shortName,
        string? officialName,
        string? capital,
        Region region,
        Region subRegion,
        CurrencyCode currency,
        EquatableArray<string> aliases = default,
        EquatableArray<SourceId> citations = default)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, code, shortName, officialName, capital, region, subRegion, currency, aliases, citations);
        return errors.HasErrors ? errors.ToFailure<Country>() : new(new Country(code, shortName!, officialName!, capital!, region, subRegion, currency, aliases, citations, validated: Validated.Yes));
    }

    /// <summary>
    /// A copy with some values changed, validated like <see cref="TryCreate"/> (records have no <c>with</c>: it would
    /// bypass validation). Every argument left out keeps this record's value; one given, null included, replaces it.
    /// </summary>
    /// <param name="code">The new value of <see cref="Code"/>; leave it out to keep it.</param>
    /// <param name="shortName">The new value of <see cref="ShortName"/>; leave it out to keep it.</param>
    /// <param name="officialName">The new value of <see cref="OfficialName"/>; leave it out to keep it.</param>
    /// <param name="capital">The new value of <see cref="Capital"/>; leave it out to keep it.</param>
    /// <param name="region">The new value of <see cref="Region"/>; leave it out to keep it.</param>
    /// <param name="subRegion">The new value of <see cref="SubRegion"/>; leave it out to keep it.</param>
    /// <param name="currency">The new value of <see cref="Currency"/>; leave it out to keep it.</param>
    /// <param name="aliases">The new value of <see cref="Aliases"/>; leave it out to keep it.</param>
    /// <param name="citations">The new value of <see cref="Citations"/>; leave it out to keep it.</param>
    /// <returns>The changed copy, or every error with its JSON Pointer.</returns>
    public ValidationResult<Country> With(
        Change<CountryCode> code = default,
        Change<string?> shortName = default,
        Change<string?> officialName = default,
        Change<string?> capital = default,
        Change<Region> region = default,
        Change<Region> subRegion = default,
        Change<CurrencyCode> currency = default,
        Change<EquatableArray<string>> aliases = default,
        Change<EquatableArray<SourceId>> citations = default) =>
        TryCreate(
            code.Or(Code),
            shortName.Or(ShortName),
            officialName.Or(OfficialName),
            capital.Or(Capital),
            region.Or(Region),
            subRegion.Or(SubRegion),
            currency.Or(Currency),
            aliases.Or(Aliases),
            citations.Or(Citations));

    internal static void Validate(
        ref ErrorCollector errors, CountryCode code, string? shortName, string? officialName, string? capital,
        Region region, Region subRegion, CurrencyCode currency, EquatableArray<string> aliases, EquatableArray<SourceId> citations)
    {
        FieldRules.Required(ref errors, code, "/code");
        FieldRules.Name(ref errors, shortName, "/shortName");
        FieldRules.Name(ref errors, officialName, "/officialName");
        FieldRules.Name(ref errors, capital, "/capital");
        FieldRules.Required(ref errors, region, "/region");
        if (region != default && region.Parent is not null)
        {
            errors.Add(ErrorCodes.RegionMismatch, "/region", $"{region} {region.Name} is a sub-region; a top-level region such as 142 Asia is required.");
        }

        FieldRules.Required(ref errors, subRegion, "/subRegion");
        if (region != default && subRegion != default && (subRegion == region || !subRegion.IsWithin(region)))
        {
            errors.Add(ErrorCodes.RegionMismatch, "/subRegion", $"{subRegion} {subRegion.Name} is not a sub-region of {region} {region.Name}.");
        }

        FieldRules.Required(ref errors, currency, "/currency");
        FieldRules.Names(ref errors, aliases, "/aliases", nonEmpty: false);
        FieldRules.Citations(ref errors, citations);
    }

    private static Validated ThrowIfInvalid(
        CountryCode code, string? shortName, string? officialName, string? capital, Region region, Region subRegion,
        CurrencyCode currency, EquatableArray<string> aliases, EquatableArray<SourceId> citations)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, code, shortName, officialName, capital, region, subRegion, currency, aliases, citations);
        errors.ThrowIfAny(nameof(Country));
        return Validated.Yes;
    }
}
