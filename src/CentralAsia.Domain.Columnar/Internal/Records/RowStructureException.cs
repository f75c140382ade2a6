using System;

namespace CentralAsia.Domain.Columnar.Internal.Records;

// The leaf columns of a nested column disagree about how many items a row holds (a hostile or damaged file): the
// reader cannot tell which values belong to which row, and ends the file with an error.
#pragma warning disable CA1032, CA1064 // Internal, caught by the reader; never escapes.
internal sealed class RowStructureException(string column) : Exception($"The column '{column}' does not hold the items its sibling columns say the row has.")
#pragma warning restore CA1032, CA1064
{
    internal string Column { get; } = column;
}
