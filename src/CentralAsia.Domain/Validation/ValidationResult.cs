using System;
using CentralAsia.Domain.Collections;

namespace CentralAsia.Domain.Validation;

/// <summary>
/// The outcome of building a value without throwing: either the value, or every error found.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>Immutable and thread-safe. Obtain one from a <c>TryCreate</c> factory of a record.</remarks>
public sealed class ValidationResult<T>
    where T : class
{
    private readonly T? value;

    internal ValidationResult(T value)
    {
        this.value = value;
        Errors = EquatableArray<ValidationError>.Empty;
    }

    internal ValidationResult(EquatableArray<ValidationError> errors)
    {
        Errors = errors;
    }

    /// <summary>Whether the value was built: true exactly when <see cref="Errors"/> is empty.</summary>
    public bool IsValid => value is not null;

    /// <summary>Every error found, in the order of the fields; empty when <see cref="IsValid"/>.</summary>
    public EquatableArray<ValidationError> Errors { get; }

    /// <summary>The value.</summary>
    /// <exception cref="DomainValidationException">The value is not valid; the exception lists every error.</exception>
    public T Value => value ?? throw new DomainValidationException(typeof(T).Name, Errors);

    /// <summary>Gets the value if it was built.</summary>
    /// <param name="result">The value, or null when invalid.</param>
    /// <returns>Whether the value was built.</returns>
    public bool TryGetValue(out T? result)
    {
        result = value;
        return value is not null;
    }
}
