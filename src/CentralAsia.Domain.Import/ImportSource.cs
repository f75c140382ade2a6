using System;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Values;
using NodaTime;

namespace CentralAsia.Domain.Import;

/// <summary>
/// The <see cref="Source"/> every record of one imported file cites: its id, publisher, title and address, and the
/// date the caller retrieved it (files have no reliable date of their own). Build the source itself, with the row
/// count, from the summary once the file is read (<see cref="ToSource"/>).
/// </summary>
/// <param name="Id">The source id the records cite.</param>
/// <param name="Publisher">Who publishes the data, such as <c>UN Comtrade</c>.</param>
/// <param name="Url">Where the file came from (the query or download page).</param>
/// <param name="RetrievedOn">When the caller retrieved the file.</param>
/// <param name="Title">A title, or null for the file's name.</param>
public sealed record ImportSource(SourceId Id, string Publisher, Uri Url, LocalDate RetrievedOn, string? Title = null)
{
    /// <summary>The source for the file, its title saying what was read: <c>"{title}, retrieved {date}: {n} rows read, {m} imported"</c>.</summary>
    /// <param name="summary">The summary of the import of the file.</param>
    /// <returns>The source, validated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    /// <exception cref="Validation.DomainValidationException">A value of this record breaks a rule of <see cref="Source"/>.</exception>
    public Source ToSource(ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var title = FormattableString.Invariant($"{Title ?? summary.File}, retrieved {RetrievedOn:yyyy-MM-dd}: {summary.RowsRead:N0} rows read, {summary.Imported:N0} imported");
        return new Source(Id, Publisher, title, Url);
    }
}
