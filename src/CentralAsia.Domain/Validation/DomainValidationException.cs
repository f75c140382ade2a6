using System;
using System.Linq;
using CentralAsia.Domain.Collections;

namespace CentralAsia.Domain.Validation;

/// <summary>
/// Thrown when a value of the domain model cannot be built because its inputs break one or more
/// rules. It carries <em>every</em> error found, not only the first.
/// </summary>
/// <remarks>
/// Derives from <see cref="ArgumentException"/> because it is always caused by the arguments of a
/// constructor or factory. Use the <c>TryCreate</c> factories to get the errors without an exception.
/// </remarks>
public sealed class DomainValidationException : ArgumentException
{
    /// <summary>Creates an exception for the given errors.</summary>
    /// <param name="typeName">The name of the type that could not be built.</param>
    /// <param name="errors">The errors; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public DomainValidationException(string typeName, EquatableArray<ValidationError> errors)
        : base(BuildMessage(typeName, errors))
    {
        Errors = errors;
    }

    /// <summary>Every error found, in the order of the fields.</summary>
    public EquatableArray<ValidationError> Errors { get; }

    private static string BuildMessage(string typeName, EquatableArray<ValidationError> errors)
    {
        if (errors.IsEmpty)
        {
            throw new ArgumentException("An exception needs at least one error.", nameof(errors));
        }

        var noun = errors.Length == 1 ? "error" : "errors";
        return $"Cannot create {typeName}: {errors.Length} {noun}:{Environment.NewLine}"
            + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
    }
}
