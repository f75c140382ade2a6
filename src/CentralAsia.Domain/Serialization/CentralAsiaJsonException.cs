using System;
using System.Linq;
using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Serialization;

/// <summary>
/// Thrown when a JSON document cannot be read into the domain model. It carries <em>every</em>
/// error found in the document, each with its code, JSON Pointer and line.
/// </summary>
/// <remarks>
/// A <see cref="JsonException"/>, so code that already handles System.Text.Json failures handles it
/// too. <see cref="JsonException.Path"/> and <see cref="JsonException.LineNumber"/> describe the
/// first error (line numbers are 0-based there, as System.Text.Json counts them).
/// </remarks>
public sealed class CentralAsiaJsonException : JsonException
{
    private const int MaxErrorsInMessage = 20;

    /// <summary>Creates an exception for the given errors.</summary>
    /// <param name="errors">The errors; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public CentralAsiaJsonException(EquatableArray<ValidationError> errors)
        : base(BuildMessage(errors), ToStjPath(errors[0].Path), errors[0].Line - 1, null)
    {
        Errors = errors;
    }

    /// <summary>Every error found, in document order.</summary>
    public EquatableArray<ValidationError> Errors { get; }

    private static string BuildMessage(EquatableArray<ValidationError> errors)
    {
        if (errors.IsEmpty)
        {
            throw new ArgumentException("An exception needs at least one error.", nameof(errors));
        }

        var shown = errors.Take(MaxErrorsInMessage).Select(e => "  " + e);
        var more = errors.Length > MaxErrorsInMessage ? $"{Environment.NewLine}  … and {errors.Length - MaxErrorsInMessage} more" : string.Empty;
        return $"The JSON document is not valid: {errors.Length} error{(errors.Length == 1 ? string.Empty : "s")}:{Environment.NewLine}{string.Join(Environment.NewLine, shown)}{more}";
    }

    // System.Text.Json reports paths as "$.tradeFlows[3].value"; keep that convention in Path.
    private static string ToStjPath(string pointer) =>
        "$" + string.Concat(pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.All(char.IsAsciiDigit) ? $"[{s}]" : "." + s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)));
}
