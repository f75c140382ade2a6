using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CentralAsia.Domain.Collections;

namespace CentralAsia.Domain.Validation;

/// <summary>
/// Gathers validation errors. A mutable struct passed by <c>ref</c>: validating a valid value
/// allocates nothing (the list is created with the first error, and paths are only built then).
/// </summary>
internal struct ErrorCollector
{
    private List<ValidationError>? errors;

    internal readonly int Count => errors?.Count ?? 0;

    internal readonly bool HasErrors => Count > 0;

    internal void Add(string code, string path, string message) => (errors ??= []).Add(new ValidationError(code, path, message));

    /// <summary>Prefixes the paths of every error added since <paramref name="start"/> (nested values report relative paths).</summary>
    internal readonly void PrefixSince(int start, string prefix)
    {
        for (var i = start; i < Count; i++)
        {
            errors![i] = errors[i].WithPrefix(prefix);
        }
    }

    internal readonly EquatableArray<ValidationError> ToArray() =>
        errors is null ? EquatableArray<ValidationError>.Empty : new EquatableArray<ValidationError>([.. errors]);

    internal readonly void ThrowIfAny(string typeName)
    {
        if (errors is not null)
        {
            throw new DomainValidationException(typeName, ToArray());
        }
    }

    /// <summary>
    /// The failed result holding the errors. Callers write <c>errors.HasErrors ? errors.ToFailure&lt;T&gt;() : new(new T(…))</c>
    /// rather than passing a factory: a lambda over the arguments would allocate a closure and a delegate on every call.
    /// </summary>
    internal readonly ValidationResult<T> ToFailure<T>()
        where T : class => new(ToArray());
}
