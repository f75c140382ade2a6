using System;

namespace CentralAsia.Domain.Import;

/// <summary>
/// What an import does with bad rows: stop at the first, collect up to a number and then stop, or collect them all and
/// read to the end. Rows with an error are never imported; they are counted in <see cref="ImportSummary.Rejected"/>.
/// </summary>
/// <remarks>When the limit is reached, reading stops and throws an <see cref="ImportException"/> holding the errors
/// and the summary so far. Immutable and thread-safe.</remarks>
public sealed record ImportErrorPolicy
{
    private ImportErrorPolicy(int? limit) => Limit = limit;

    /// <summary>Stop at the first bad row (the default).</summary>
    public static ImportErrorPolicy StopAtFirst { get; } = new(1);

    /// <summary>Read to the end, collecting every error; never throws for a bad row.</summary>
    public static ImportErrorPolicy CollectAll { get; } = new((int?)null);

    /// <summary>The number of errors after which reading stops, or null to read to the end.</summary>
    public int? Limit { get; }

    /// <summary>Collect errors until there are <paramref name="count"/>, then stop.</summary>
    /// <param name="count">The number of errors to collect, one or more.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than one.</exception>
    public static ImportErrorPolicy CollectUpTo(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new ImportErrorPolicy(count);
    }
}
