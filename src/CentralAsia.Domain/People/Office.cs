using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.People;

/// <summary>
/// An office a leader holds, named as in the country's constitution ("President of the Republic of
/// Kazakhstan", "Chairman of the Supreme Soviet"), with the role it carries.
/// </summary>
/// <remarks>
/// Two terms hold "the same office" when their offices are equal (same title, ordinal, and role).
/// Build with the constructor or <see cref="TryCreate"/>. Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.OfficeConverter))]
public sealed record Office
{
    /// <summary>Creates an office.</summary>
    /// <param name="title">The title, for example "President of the Republic of Kazakhstan".</param>
    /// <param name="role">The role the office carries.</param>
    /// <exception cref="DomainValidationException">Any argument breaks a rule; every error is listed.</exception>
    public Office(string title, OfficeRole role)
        : this(title, role, ThrowIfInvalid(title, role))
    {
    }

    internal Office(string title, OfficeRole role, Validated validated)
    {
        _ = validated;
        Title = title;
        Role = role;
    }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The role the office carries.</summary>
    public OfficeRole Role { get; }

    /// <summary>Builds an office, returning every error instead of throwing.</summary>
    /// <param name="title">The title.</param>
    /// <param name="role">The role.</param>
    /// <returns>The office, or every error with its JSON Pointer.</returns>
    public static ValidationResult<Office> TryCreate(string? title, OfficeRole role)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, title, role);
        return errors.HasErrors ? errors.ToFailure<Office>() : new(new Office(title!, role, validated: Validated.Yes));
    }

    /// <summary>
    /// A copy with some values changed, validated like <see cref="TryCreate"/> (records have no <c>with</c>: it would
    /// bypass validation). Every argument left out keeps this record's value; one given, null included, replaces it.
    /// </summary>
    /// <param name="title">The new value of <see cref="Title"/>; leave it out to keep it.</param>
    /// <param name="role">The new value of <see cref="Role"/>; leave it out to keep it.</param>
    /// <returns>The changed copy, or every error with its JSON Pointer.</returns>
    public ValidationResult<Office> With(
        Change<string?> title = default,
        Change<OfficeRole> role = default) =>
        TryCreate(
            title.Or(Title),
            role.Or(Role));

    /// <summary>The title.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => Title;

    internal static void Validate(ref ErrorCollector errors, string? title, OfficeRole role)
    {
        FieldRules.Name(ref errors, title, "/title");
        FieldRules.Defined(ref errors, role, "/role");
    }

    private static Validated ThrowIfInvalid(string? title, OfficeRole role)
    {
        var errors = default(ErrorCollector);
        Validate(ref errors, title, role);
        errors.ThrowIfAny(nameof(Office));
        return Validated.Yes;
    }
}
