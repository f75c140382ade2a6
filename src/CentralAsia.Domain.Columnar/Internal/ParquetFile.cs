using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using global::Parquet;
using global::Parquet.Schema;

namespace CentralAsia.Domain.Columnar.Internal;

// What every Parquet reader of this package does before and around the rows, whatever the record: check the framing,
// the footer and every page before Parquet.Net decodes them, refuse a file of another record or schema version, and
// load a row group's columns with their counts checked. The trade-flow and the record readers differ only in how a
// row becomes a record.
internal static class ParquetFile
{
    // Whatever Parquet.Net throws while decoding is the file's fault, reported as an error; cancellation, a failure
    // of the caller's stream, and running out of memory or stack stay what they are.
    internal static bool IsFileFault(Exception e) =>
        e is not (OperationCanceledException or SourceIOException or OutOfMemoryException or InsufficientExecutionStackException);

    internal static ColumnarError FileError(string? file, string code, string message, string? column = null) => new(code, message, file, null, column);

    internal static EndCheckedStream Wrap(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead || !stream.CanSeek)
        {
            throw new ArgumentException("Parquet is read from its footer: the stream must be readable and seekable (a file or a MemoryStream).", nameof(stream));
        }

        return new EndCheckedStream(stream);
    }

    // Opens the file once its framing, footer and pages have been checked; the reader, or the error that ends the file.
    internal static async ValueTask<(ParquetReader? Reader, ColumnarError? Failure)> OpenAsync(EndCheckedStream stream, string? file, CancellationToken cancellationToken)
    {
        ParquetReader? reader = null;
        ColumnarError? failure = null;
        try
        {
            if (await ParquetStructure.CheckFooterAsync(stream, cancellationToken).ConfigureAwait(false) is { } problem)
            {
                failure = FileError(file, ColumnarErrorCodes.FormatInvalid, "The file is not a readable Parquet file. " + problem);
            }
            else
            {
                var options = new ParquetOptions { TreatByteArrayAsString = true, UseDateOnlyTypeForDates = true };
                reader = await ParquetReader.CreateAsync(stream, options, leaveStreamOpen: true, cancellationToken).ConfigureAwait(false);
                if (await ParquetStructure.CheckPagesAsync(stream, reader.Metadata!, cancellationToken).ConfigureAwait(false) is { } damage)
                {
                    failure = FileError(file, ColumnarErrorCodes.FormatInvalid, "The file is damaged. " + damage);
                }
            }
        }
        catch (Exception e) when (IsFileFault(e))
        {
            failure = FileError(file, ColumnarErrorCodes.FormatInvalid, $"The file is not a readable Parquet file: {e.Message}");
        }

        if (failure is not null && reader is not null)
        {
            await reader.DisposeAsync().ConfigureAwait(false);
            reader = null;
        }

        return (reader, failure);
    }

    // The key-value metadata, where present, must name this record and this schema version.
    internal static void CheckIdentity(ParquetReader reader, string record, int version, string? file, List<ColumnarError> found)
    {
        var metadata = reader.CustomMetadata ?? [];
        if (metadata.TryGetValue(ColumnarMetadata.Record, out var named) && named != record)
        {
            found.Add(FileError(file, ColumnarErrorCodes.RecordMismatch, $"The file holds '{named}' records, not '{record}'."));
        }

        if (metadata.TryGetValue(ColumnarMetadata.SchemaVersion, out var declared) && declared != version.ToString(CultureInfo.InvariantCulture))
        {
            found.Add(FileError(file, ColumnarErrorCodes.SchemaVersionUnsupported, $"The file has schema version '{declared}' of '{record}'; this library reads version {version}. Read it with the library version that wrote it, or convert it."));
        }
    }

    // The fields of one level of the schema by name; two of one name are refused rather than guessed between.
    internal static Dictionary<string, Field> ByName(IEnumerable<Field> fields, string prefix, string? file, List<ColumnarError> found)
    {
        var byName = new Dictionary<string, Field>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (!byName.TryAdd(field.Name, field))
            {
                found.Add(FileError(file, ColumnarErrorCodes.ColumnDuplicate, $"The file has more than one column named '{prefix}{field.Name}'.", prefix + field.Name));
            }
        }

        return byName;
    }

    // Loads every column of row group g, checking the counts it declares; null, or the error that ends the file.
    internal static async ValueTask<(long Rows, ColumnarError? Failure)> LoadRowGroupAsync(
        ParquetReader reader, int g, IEnumerable<ILoadedColumn> columns, EndCheckedStream stream, string? file, CancellationToken cancellationToken)
    {
        string? current = null;
        try
        {
            using var group = reader.OpenRowGroupReader(g);
            var rowCount = group.RowCount;
            if (rowCount is < 0 or > ColumnarLimits.MaxRowsPerRowGroup)
            {
                return (0, FileError(file, ColumnarErrorCodes.RowCountInvalid, $"Row group {g} declares {rowCount} rows; this reader accepts 0 to {ColumnarLimits.MaxRowsPerRowGroup}."));
            }

            foreach (var column in columns)
            {
                current = column.Name;
                if (await column.ReadAsync(group, rowCount, stream, cancellationToken).ConfigureAwait(false) is { } problem)
                {
                    return (0, FileError(file, ColumnarErrorCodes.RowCountInvalid, $"Row group {g}: {problem}", column.Name));
                }
            }

            return (rowCount, null);
        }
        catch (Exception e) when (IsFileFault(e))
        {
            // Named by the column being read, if any: Parquet.Net's message rarely names it.
            return (0, FileError(file, ColumnarErrorCodes.FormatInvalid, current is null ? $"Row group {g} cannot be read: {e.Message}" : $"Row group {g}, column '{current}' cannot be read: {e.Message}", current));
        }
    }

    // Parquet.Net 6 gives UTF-8 columns the CLR type ReadOnlyMemory<char> (string in earlier versions).
    internal static bool IsText(Type type) => type == typeof(string) || type == typeof(ReadOnlyMemory<char>);

    internal static bool IsInteger(Type type) => type == typeof(int) || type == typeof(long) || type == typeof(short);

    internal static string Describe(Field field) => field switch
    {
        DecimalDataField d => $"decimal({d.Precision},{d.Scale})",
        ListField l => $"a list of {(l.Item is DataField i ? Name(i.ClrType) : l.Item.SchemaType.ToString().ToLowerInvariant())}",
        DataField { MaxRepetitionLevel: > 0 } d when field.Path.Length == 1 => $"a repeated {Name(d.ClrType)}",
        DataField d => Name(d.ClrType),
        _ => field.SchemaType.ToString().ToLowerInvariant(),
    };

    private static string Name(Type type) =>
        IsText(type) ? "string" : type == typeof(int) ? "int32" : type == typeof(long) ? "int64" : type == typeof(short) ? "int16"
        : type == typeof(bool) ? "boolean" : type == typeof(double) ? "double (floating point)" : type == typeof(float) ? "float (floating point)"
        : type == typeof(DateOnly) ? "date" : type == typeof(DateTime) ? "timestamp"
        : type.Name.ToLowerInvariant();
}
