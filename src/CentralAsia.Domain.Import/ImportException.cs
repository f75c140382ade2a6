using System;
using System.Collections.Generic;
using System.Linq;

namespace CentralAsia.Domain.Import;

/// <summary>
/// An import stopped: the file cannot be read at all (its layout is unknown, a required column is missing, it is
/// malformed), or its errors reached the <see cref="ImportErrorPolicy"/>'s limit. Holds every error found and the
/// summary of what was read until then.
/// </summary>
public sealed class ImportException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">The errors, at least one.</param>
    /// <param name="summary">What was read until then.</param>
    public ImportException(IReadOnlyList<ImportError> errors, ImportSummary summary)
        : base(Describe(errors))
    {
        Errors = errors;
        Summary = summary;
    }

    /// <summary>The errors found.</summary>
    public IReadOnlyList<ImportError> Errors { get; }

    /// <summary>What was read until the import stopped.</summary>
    public ImportSummary Summary { get; }

    private static string Describe(IReadOnlyList<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var first = errors.Take(5).Select(e => "  " + e);
        var more = errors.Count > 5 ? $"{Environment.NewLine}  … and {errors.Count - 5} more" : string.Empty;
        return $"The import stopped with {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, first)}{more}";
    }
}
