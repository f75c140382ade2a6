namespace CentralAsia.Domain.Columnar.Internal;

// Bounds a hostile file cannot push the reader past: a footer that claims 2^40 rows must be an error, not an
// attempt to allocate them. They are far above anything the writer produces (ParquetWriteOptions caps row groups at
// MaxRowsPerRowGroup) and above what DuckDB, Spark or pyarrow write by default (~122,880 to ~1M rows per group).
internal static class ColumnarLimits
{
    internal const int MaxRowsPerRowGroup = 16 * 1024 * 1024;

    // A row of the trade-flow schema holds a handful of citations; a list column may hold this many values per row on average.
    internal const int MaxListValuesPerRow = 64;
}
