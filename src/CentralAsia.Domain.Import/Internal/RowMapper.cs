using System.Collections.Generic;

namespace CentralAsia.Domain.Import.Internal;

/// <summary>Maps the rows of one file layout to records; one instance per file (it holds the column indices).</summary>
internal abstract class RowMapper<T>
    where T : class
{
    /// <summary>Finds the columns in the header; throws <see cref="FileFailure"/> naming the first required one missing.</summary>
    internal abstract void Bind(RowSource source);

    /// <summary>
    /// Maps the current row: the record, or the skip rule that applies, or the row's errors (added to
    /// <paramref name="errors"/>). Values the model cannot keep are reported to <paramref name="summary"/>.
    /// </summary>
    internal abstract T? Map(RowSource source, List<ImportError> errors, ImportSummary summary, out string? skipRule);
}
