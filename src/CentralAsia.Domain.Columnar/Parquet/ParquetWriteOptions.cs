using System;
using CentralAsia.Domain.Columnar.Internal;

namespace CentralAsia.Domain.Columnar.Parquet;

/// <summary>How Parquet files are written: rows per row group, compression, and for partitioned output the rows held in memory.</summary>
/// <remarks>Immutable; derive variants with <c>with</c>. Every value is checked when set.</remarks>
public sealed record ParquetWriteOptions
{
    private readonly int rowGroupSize = DefaultRowGroupSize;
    private readonly int maxBufferedRows = DefaultMaxBufferedRows;
    private readonly ParquetCompression compression;

    /// <summary>The default number of rows per row group: 100,000.</summary>
    public const int DefaultRowGroupSize = 100_000;

    /// <summary>The default number of rows a partitioned write holds in memory across all partitions: 1,000,000.</summary>
    public const int DefaultMaxBufferedRows = 1_000_000;

    /// <summary>The defaults: 100,000 rows per row group, Snappy, at most 1,000,000 rows buffered.</summary>
    public static ParquetWriteOptions Default { get; } = new();

    /// <summary>Rows per row group, from 1 to 16,777,216. Memory while writing one file is about this many rows.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is out of range.</exception>
    public int RowGroupSize
    {
        get => rowGroupSize;
        init => rowGroupSize = Checks.Range(value, 1, ColumnarLimits.MaxRowsPerRowGroup, nameof(RowGroupSize));
    }

    /// <summary>The page compression.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is not a defined <see cref="ParquetCompression"/>.</exception>
    public ParquetCompression Compression
    {
        get => compression;
        init => compression = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Compression), value, "Not a defined ParquetCompression.");
    }

    /// <summary>
    /// For partitioned output: the most rows held in memory across all open partitions, from 1 to 100,000,000. When it
    /// is reached, the partition holding most rows is written out as a file of its own, so memory stays flat however
    /// many partitions the data has.
    /// </summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is out of range.</exception>
    public int MaxBufferedRows
    {
        get => maxBufferedRows;
        init => maxBufferedRows = Checks.Range(value, 1, 100_000_000, nameof(MaxBufferedRows));
    }
}
