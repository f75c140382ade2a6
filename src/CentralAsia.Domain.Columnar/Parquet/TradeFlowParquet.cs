using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Internal;
using CentralAsia.Domain.Trade;

namespace CentralAsia.Domain.Columnar.Parquet;

/// <summary>
/// Trade flows as Parquet files, in the column schema of docs/columnar.md (version <see cref="SchemaVersion"/>):
/// one file, or a Hive-partitioned folder (<c>reporter=CN/year=2022/part-00000.parquet</c>) that DuckDB, Spark,
/// Polars and pandas read directly.
/// </summary>
/// <remarks>
/// <para>Writing streams: memory holds one row group (<see cref="ParquetWriteOptions.RowGroupSize"/> rows), however
/// many flows there are. Files written to a path are atomic: they appear under their name only when complete.</para>
/// <para>Reading validates every row like the JSON reader: a value the model refuses, a missing or mistyped column,
/// a damaged file, each is a <see cref="ColumnarError"/> with file, row, column and a stable code. Nothing is read as
/// a default in place of a bad value; a column the schema does not know is refused, not dropped.</para>
/// <para>Streams must be seekable (Parquet's index is at the end of the file). Thread-safe: every call is independent.</para>
/// </remarks>
public static class TradeFlowParquet
{
    /// <summary>The version of the trade-flow column schema this library writes and reads: 1.</summary>
    public const int SchemaVersion = TradeFlowColumns.Version;

    /// <summary>Writes trade flows to a Parquet file, streaming them one row group at a time.</summary>
    /// <param name="destination">A writable, seekable stream; it is not closed.</param>
    /// <param name="flows">The flows.</param>
    /// <param name="options">Row-group size and compression; null for <see cref="ParquetWriteOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The number of flows written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> or <paramref name="flows"/> is null, or holds a null flow.</exception>
    /// <exception cref="ArgumentException">A flow's value has more decimal places than the <c>value</c> column's scale (6); the value is never rounded silently.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static Task<long> WriteAsync(Stream destination, IAsyncEnumerable<TradeFlow> flows, ParquetWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(flows);
        return TradeFlowFileWriter.WriteAsync(destination, flows, options ?? ParquetWriteOptions.Default, cancellationToken);
    }

    /// <summary>Writes trade flows to a Parquet file at a path, atomically: a temporary file renamed when complete.</summary>
    /// <param name="path">The file's path; an existing file is replaced only once the new one is complete.</param>
    /// <param name="flows">The flows.</param>
    /// <param name="options">Row-group size and compression; null for <see cref="ParquetWriteOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the write; the file is then left as it was.</param>
    /// <returns>The number of flows written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="flows"/> is null, or holds a null flow.</exception>
    /// <exception cref="ArgumentException">A flow's value has more decimal places than the column's scale (6), or the path is empty.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static Task<long> WriteFileAsync(string path, IAsyncEnumerable<TradeFlow> flows, ParquetWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(flows);
        var settings = options ?? ParquetWriteOptions.Default;
        return AtomicFile.WriteAsync(path, (stream, token) => TradeFlowFileWriter.WriteAsync(stream, flows, settings, token), cancellationToken);
    }

    /// <summary>
    /// Writes trade flows as a Hive-partitioned dataset: <c>reporter=XX/year=YYYY/part-NNNNN.parquet</c> under
    /// <paramref name="directory"/>. The partition columns are in the folder names, not in the files, as DuckDB,
    /// Spark and pyarrow write them.
    /// </summary>
    /// <param name="directory">A new or empty folder.</param>
    /// <param name="flows">The flows, in any order.</param>
    /// <param name="options">Row-group size, compression and <see cref="ParquetWriteOptions.MaxBufferedRows"/>; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the write; files already complete stay, none is left half-written.</param>
    /// <returns>The full paths of the files written, in the order they were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> or <paramref name="flows"/> is null, or holds a null flow.</exception>
    /// <exception cref="ArgumentException">A flow's value has more decimal places than the column's scale (6), or the path is empty.</exception>
    /// <exception cref="IOException">The folder is not empty, or a file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be written.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static Task<IReadOnlyList<string>> WritePartitionedAsync(string directory, IAsyncEnumerable<TradeFlow> flows, ParquetWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(flows);
        return PartitionedTradeFlowWriter.WriteAsync(directory, flows, options ?? ParquetWriteOptions.Default, cancellationToken);
    }

    /// <summary>Reads the trade flows of a Parquet file, validating every row.</summary>
    /// <param name="source">A readable, seekable stream; it is not closed.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The flows, one row group at a time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not readable and seekable.</exception>
    /// <exception cref="ColumnarDataException">The file is damaged or of another schema, or a row is invalid: every error of the first bad row, with its row and column.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static IAsyncEnumerable<TradeFlow> ReadAsync(Stream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Flows(TradeFlowFileReader.ReadAsync(source, null, null, cancellationToken), cancellationToken);
    }

    /// <summary>Reads the trade flows of a Parquet file at a path, validating every row; errors name the file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The flows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ColumnarDataException">The file is damaged or of another schema, or a row is invalid.</exception>
    /// <exception cref="IOException">The file does not exist or cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static IAsyncEnumerable<TradeFlow> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Flows(FromFile(path, null, cancellationToken), cancellationToken);
    }

    /// <summary>Reads every trade flow of a Hive-partitioned dataset written by <see cref="WritePartitionedAsync"/>, or by DuckDB or Spark in that layout.</summary>
    /// <param name="directory">The dataset's root folder.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The flows, file by file in ordinal order of their paths.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    /// <exception cref="ColumnarDataException">A folder name is not a partition, a file is damaged or of another schema, or a row is invalid.</exception>
    /// <exception cref="IOException">The folder does not exist, or a file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static IAsyncEnumerable<TradeFlow> ReadPartitionedAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return Flows(FromPartitions(directory, cancellationToken), cancellationToken);
    }

    /// <summary>Lists every error of a Parquet file: the file's own, or each bad row's, to the end.</summary>
    /// <param name="source">A readable, seekable stream; it is not closed.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>The errors; none when every row is a valid flow.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not readable and seekable.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The check was cancelled.</exception>
    public static IAsyncEnumerable<ColumnarError> ValidateAsync(Stream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Errors(TradeFlowFileReader.ReadAsync(source, null, null, cancellationToken), cancellationToken);
    }

    /// <summary>Lists every error of a Parquet file at a path; errors name the file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>The errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file does not exist or cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException">The check was cancelled.</exception>
    public static IAsyncEnumerable<ColumnarError> ValidateFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Errors(FromFile(path, null, cancellationToken), cancellationToken);
    }

    /// <summary>Lists every error of a Hive-partitioned dataset: folder names, files and rows.</summary>
    /// <param name="directory">The dataset's root folder.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>The errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    /// <exception cref="IOException">The folder does not exist, or a file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    /// <exception cref="OperationCanceledException">The check was cancelled.</exception>
    public static IAsyncEnumerable<ColumnarError> ValidatePartitionedAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return Errors(FromPartitions(directory, cancellationToken), cancellationToken);
    }

    private static IAsyncEnumerable<TradeFlow> Flows(IAsyncEnumerable<RowResult<TradeFlow>> rows, CancellationToken cancellationToken) =>
        RowStreams.Values(rows, cancellationToken);

    private static IAsyncEnumerable<ColumnarError> Errors(IAsyncEnumerable<RowResult<TradeFlow>> rows, CancellationToken cancellationToken) =>
        RowStreams.Errors(rows, cancellationToken);

    private static IAsyncEnumerable<RowResult<TradeFlow>> FromFile(string path, PartitionValues? partition, CancellationToken cancellationToken) =>
        RowStreams.FromFile(path, (stream, token) => TradeFlowFileReader.ReadAsync(stream, path, partition, token), cancellationToken);

    private static async IAsyncEnumerable<RowResult<TradeFlow>> FromPartitions(string directory, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The folder '{directory}' does not exist.");
        }

        // Files whose names start with '.' or '_' are the engines' bookkeeping (Spark's _SUCCESS, .crc files); a
        // write still under way has a ".tmp-" suffix and does not end in ".parquet".
        var files = Directory.EnumerateFiles(directory, "*.parquet", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is var name && !name.StartsWith('.') && !name.StartsWith('_'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (PartitionPath.TryParse(Path.GetRelativePath(directory, file), out var partition) is { } problem)
            {
                yield return new RowResult<TradeFlow>(null, [new ColumnarError(ColumnarErrorCodes.PartitionInvalid, problem, file)]);
                continue;
            }

            await foreach (var row in FromFile(file, partition, cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }
        }
    }
}
