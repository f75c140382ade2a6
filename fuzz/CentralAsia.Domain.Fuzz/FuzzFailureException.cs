using System;

namespace CentralAsia.Domain.Fuzz;

/// <summary>An oracle of a fuzz target is broken: the library answered, but wrongly.</summary>
public sealed class FuzzFailureException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FuzzFailureException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong.</param>
    public FuzzFailureException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The cause.</param>
    public FuzzFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
