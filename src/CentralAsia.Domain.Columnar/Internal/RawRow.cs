using System;
using System.Collections.Generic;

namespace CentralAsia.Domain.Columnar.Internal;

// One row as a columnar file holds it, before the model reads it: texts, numbers and flags, each possibly absent.
// The Parquet and Arrow readers fill it; TradeFlowRowAssembler turns it into a flow or its errors. Reused row to row.
internal sealed class RawRow
{
    internal bool HasReporterColumn;
    internal bool HasYearColumn;
    internal ReadOnlyMemory<char>? Reporter, Partner, Direction, Currency, Valuation, HsCode, HsEdition, Note;
    internal long? Year, Month;
    internal string? YearProblem, MonthProblem;
    internal decimal? Value;
    internal string? ValueProblem;
    internal bool? Estimated;

    // null entries are null elements; CitationsNull marks a null list (read as no citations).
    internal readonly List<ReadOnlyMemory<char>?> Citations = [];
    internal bool CitationsNull;
}
