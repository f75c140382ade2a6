using System;
using System.Collections.Generic;
using CentralAsia.Domain.Collections;

namespace CentralAsia.Domain.Columnar;

/// <summary>
/// Thrown when a Parquet file or Arrow stream cannot be read into valid records: the file is damaged, has another
/// schema, or a row breaks a rule of the model. <see cref="Errors"/> lists every problem found before reading stopped.
/// </summary>
public sealed class ColumnarDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ColumnarDataException()
        : this("The columnar data is not valid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ColumnarDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception behind it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception behind it.</param>
    public ColumnarDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for errors found.</summary>
    /// <param name="errors">The errors; at least one.</param>
    public ColumnarDataException(IEnumerable<ColumnarError> errors)
        : this(new EquatableArray<ColumnarError>([.. errors]), null)
    {
    }

    private ColumnarDataException(EquatableArray<ColumnarError> errors, Exception? innerException)
        : base(Describe(errors), innerException)
    {
        Errors = errors;
    }

    /// <summary>The errors, in the order they were found.</summary>
    public EquatableArray<ColumnarError> Errors { get; }

    private static string Describe(EquatableArray<ColumnarError> errors) => errors.Length switch
    {
        0 => "The columnar data is not valid.",
        1 => errors[0].ToString(),
        _ => $"{errors.Length} errors; the first: {errors[0]}",
    };
}
