using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Internal;
using CentralAsia.Domain.Columnar.Internal.Records;

namespace CentralAsia.Domain.Columnar.Parquet;

/// <summary>
/// One record type as Parquet files, in its column schema of docs/columnar.md: finance commitments, projects with
/// their status history, leaders with their terms, commitments. Get one from <see cref="ParquetTables"/>.
/// </summary>
/// <remarks>
/// <para>The columns follow the record's JSON property by property, in snake_case (<c>birthDate</c> is
/// <c>birth_date</c>): nested objects are structs, arrays are lists (a leader's <c>terms</c> is a list of structs, each
/// with its own <c>citations</c> list), amounts are <c>decimal(38,6)</c>, dates are <c>date</c>, a partial date is a
/// struct of its first day (<c>start</c>, a date) and its <c>precision</c> (<c>year</c>, <c>month</c> or <c>day</c>),
/// a quantity a struct of its <c>value</c> and <c>unit</c>; codes are dictionary-encoded strings.</para>
/// <para>Reading rebuilds each row's record and reads it with the library's JSON reader, so a row is checked by
/// exactly the rules of the record's JSON; each error gives the file, the row and the column, with the list item
/// (<c>terms[1].start</c>). A damaged file, a missing, unknown or mistyped column, or a file of another record or
/// schema version is a <see cref="ColumnarError"/> too, never a crash, and nothing is read as a default.</para>
/// <para>Writing streams one row group at a time (<see cref="ParquetWriteOptions.RowGroupSize"/>); a file written to a
/// path appears under its name only when complete. These records come in thousands, not millions: the trade-flow
/// schema (<see cref="TradeFlowParquet"/>) is the one built for speed. Thread-safe: every call is independent.</para>
/// </remarks>
/// <typeparam name="T">The record type.</typeparam>
public sealed class ParquetTable<T>
    where T : class
{
    private readonly RecordSchema schema;

    internal ParquetTable(RecordSchema schema)
    {
        this.schema = schema;
        ColumnNames = [.. System.Linq.Enumerable.Select(schema.Columns, c => c.ColumnName)];
    }

    /// <summary>The record's name in the file's <c>centralasia.record</c> metadata, e.g. <c>leader</c>.</summary>
    public string Record => schema.Record;

    /// <summary>The version of the record's column schema this library writes and reads.</summary>
    public int SchemaVersion => schema.Version;

    /// <summary>The names of the top-level columns, in the file's order.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Writes records to a Parquet file, streaming them one row group at a time.</summary>
    /// <param name="destination">A writable, seekable stream; it is not closed.</param>
    /// <param name="records">The records (for a collection in memory, <c>records.ToAsyncEnumerable()</c>).</param>
    /// <param name="options">Row-group size and compression; null for <see cref="ParquetWriteOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The number of records written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> or <paramref name="records"/> is null, or holds a null record.</exception>
    /// <exception cref="ArgumentException">An amount has more decimal places than its column's scale (6); it is never rounded silently.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public Task<long> WriteAsync(Stream destination, IAsyncEnumerable<T> records, ParquetWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(records);
        return RecordFileWriter.WriteAsync(destination, records, schema, options ?? ParquetWriteOptions.Default, cancellationToken);
    }

    /// <summary>Writes records to a Parquet file at a path, atomically: a temporary file renamed when complete.</summary>
    /// <param name="path">The file's path; an existing file is replaced only once the new one is complete.</param>
    /// <param name="records">The records.</param>
    /// <param name="options">Row-group size and compression; null for <see cref="ParquetWriteOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the write; the file is then left as it was.</param>
    /// <returns>The number of records written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="records"/> is null, or holds a null record.</exception>
    /// <exception cref="ArgumentException">An amount has more decimal places than its column's scale (6), or the path is empty.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public Task<long> WriteFileAsync(string path, IAsyncEnumerable<T> records, ParquetWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(records);
        var settings = options ?? ParquetWriteOptions.Default;
        return AtomicFile.WriteAsync(path, (stream, token) => RecordFileWriter.WriteAsync(stream, records, schema, settings, token), cancellationToken);
    }

    /// <summary>Reads the records of a Parquet file, validating every row.</summary>
    /// <param name="source">A readable, seekable stream; it is not closed.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The records, one row group at a time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not readable and seekable.</exception>
    /// <exception cref="ColumnarDataException">The file is damaged or of another schema, or a row is invalid: every error of the first bad row, with its row and column.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public IAsyncEnumerable<T> ReadAsync(Stream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return RowStreams.Values(Rows(source, null, cancellationToken), cancellationToken);
    }

    /// <summary>Reads the records of a Parquet file at a path, validating every row; errors name the file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ColumnarDataException">The file is damaged or of another schema, or a row is invalid.</exception>
    /// <exception cref="IOException">The file does not exist or cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public IAsyncEnumerable<T> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return RowStreams.Values(FromFile(path, cancellationToken), cancellationToken);
    }

    /// <summary>Lists every error of a Parquet file: the file's own, or each bad row's, to the end.</summary>
    /// <param name="source">A readable, seekable stream; it is not closed.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>The errors; none when every row is a valid record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not readable and seekable.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The check was cancelled.</exception>
    public IAsyncEnumerable<ColumnarError> ValidateAsync(Stream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return RowStreams.Errors(Rows(source, null, cancellationToken), cancellationToken);
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
    public IAsyncEnumerable<ColumnarError> ValidateFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return RowStreams.Errors(FromFile(path, cancellationToken), cancellationToken);
    }

    /// <summary>The record's name and schema version, e.g. <c>leader v1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Record} v{SchemaVersion}";

    private IAsyncEnumerable<RowResult<T>> Rows(Stream source, string? file, CancellationToken cancellationToken) =>
        RecordFileReader.ReadAsync<T>(source, file, schema, cancellationToken);

    private IAsyncEnumerable<RowResult<T>> FromFile(string path, CancellationToken cancellationToken) =>
        RowStreams.FromFile(path, (stream, token) => Rows(stream, path, token), cancellationToken);
}
