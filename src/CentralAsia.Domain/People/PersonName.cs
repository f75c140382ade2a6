using System;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.People;

/// <summary>
/// A person's name: the preferred form plus the other forms sources use — transliterations,
/// native script, former names, epithets.
/// </summary>
/// <remarks>
/// <para>No alias repeats the preferred form or another alias (compared ordinally). Build with the
/// constructor or <see cref="TryCreate"/>. Immutable and thread-safe; equality includes the aliases.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.PersonNameConverter))]
public sealed record PersonName
{
    /// <summary>Creates a name.</summary>
    /// <param name="preferred">The form this library displays, for example "Serdar Berdimuhamedow".</param>
    /// <param name="aliases">Other forms of the name.</param>
    /// <exception cref="DomainValidationException">Any argument breaks a rule; every error is listed.</exception>
    public PersonName(string preferred, EquatableArray<NameAlias> aliases = default)
        : this(preferred, aliases, ThrowIfInvalid(preferred, aliases))
    {
    }

    internal PersonName(string preferred, EquatableArray<NameAlias> aliases, Validated validated)
    {
        _ = validated;
        Preferred = preferred;
        Aliases = aliases;
    }

    /// <summary>The preferred form.</summary>
    public string Preferred { get; }

    /// <summary>The other forms.</summary>
    public EquatableArray<NameAlias> Aliases { get; }

    /// <summary>Builds a name, returning every error instead of throwing.</summary>
    /// <param name="preferred">The preferred form.</param>
    /// <param name="aliases">Other forms.</param>
    /// <returns>The name, or every error with its JSON Pointer.</returns>
    public static ValidationResult<PersonName> TryCreate(string? preferred, EquatableArray<NameAlias> aliases = default)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, preferred, aliases);
        return errors.HasErrors ? errors.ToFailure<PersonName>() : new(new PersonName(preferred!, aliases, validated: Validated.Yes));
    }

    /// <summary>
    /// A copy with some values changed, validated like <see cref="TryCreate"/> (records have no <c>with</c>: it would
    /// bypass validation). Every argument left out keeps this record's value; one given, null included, replaces it.
    /// </summary>
    /// <param name="preferred">The new value of <see cref="Preferred"/>; leave it out to keep it.</param>
    /// <param name="aliases">The new value of <see cref="Aliases"/>; leave it out to keep it.</param>
    /// <returns>The changed copy, or every error with its JSON Pointer.</returns>
    public ValidationResult<PersonName> With(
        Change<string?> preferred = default,
        Change<EquatableArray<NameAlias>> aliases = default) =>
        TryCreate(
            preferred.Or(Preferred),
            aliases.Or(Aliases));

    /// <summary>The preferred form.</summary>
    /// <returns>The preferred form.</returns>
    public override string ToString() => Preferred;

    internal static void Validate(ref ErrorCollector errors, string? preferred, EquatableArray<NameAlias> aliases)
    {
        FieldRules.Name(ref errors, preferred, "/preferred");
        FieldRules.NoNulls(ref errors, aliases, "/aliases", nonEmpty: false);
        for (var i = 0; i < aliases.Length; i++)
        {
            var alias = aliases[i];
            if (alias is null)
            {
                continue;
            }

            if (string.Equals(alias.Text, preferred, StringComparison.Ordinal))
            {
                errors.Add(ErrorCodes.NameAliasSameAsPreferred, JsonPointer.Item("/aliases", i) + "/text", $"'{alias.Text}' is already the preferred form.");
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (aliases[j] is { } earlier && string.Equals(earlier.Text, alias.Text, StringComparison.Ordinal))
                {
                    errors.Add(ErrorCodes.CollectionDuplicate, JsonPointer.Item("/aliases", i) + "/text", $"'{alias.Text}' is already the alias at index {j}.");
                    break;
                }
            }
        }
    }

    private static Validated ThrowIfInvalid(string? preferred, EquatableArray<NameAlias> aliases)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, preferred, aliases);
        errors.ThrowIfAny(nameof(PersonName));
        return Validated.Yes;
    }
}
