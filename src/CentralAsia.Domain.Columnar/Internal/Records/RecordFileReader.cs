using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace CentralAsia.Domain.Columnar.Internal.Records;

// Reads a Parquet file of a record schema row group by row group: the file's checks (ParquetFile), the columns bound
// by name and type, each row rebuilt and validated as the record's JSON.
internal static class RecordFileReader
{
    internal static async IAsyncEnumerable<RowResult<T>> ReadAsync<T>(Stream source, string? file, RecordSchema schema, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        var stream = ParquetFile.Wrap(source);
        var (reader, failure) = await ParquetFile.OpenAsync(stream, file, cancellationToken).ConfigureAwait(false);
        if (reader is null)
        {
            yield return new RowResult<T>(null, [failure!]);
            yield break;
        }

        await using (reader.ConfigureAwait(false))
        {
            BoundNode[]? columns = null;
            ColumnarError[]? schemaErrors;
            try
            {
                // The footer's schema and metadata are decoded on first use: a damaged footer throws here.
                var found = new List<ColumnarError>();
                ParquetFile.CheckIdentity(reader, schema.Record, schema.Version, file, found);
                if (found.Count == 0)
                {
                    var binder = new RecordBinder(schema, file);
                    columns = binder.Bind(reader.Schema.Fields);
                    found.AddRange(binder.Errors);
                }

                schemaErrors = found.Count > 0 ? [.. found] : null;
            }
            catch (Exception e) when (ParquetFile.IsFileFault(e))
            {
                schemaErrors = [ParquetFile.FileError(file, ColumnarErrorCodes.FormatInvalid, $"The file's footer cannot be decoded: {e.Message}")];
            }

            if (schemaErrors is not null)
            {
                yield return new RowResult<T>(null, schemaErrors);
                yield break;
            }

            using var assembler = new RecordAssembler<T>(schema, columns!, file);
            var leaves = assembler.Leaves;
            long rowBase = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                (var rowCount, failure) = await ParquetFile.LoadRowGroupAsync(reader, g, leaves, stream, file, cancellationToken).ConfigureAwait(false);
                if (failure is not null)
                {
                    yield return new RowResult<T>(null, [failure]);
                    yield break;
                }

                for (var r = 0; r < rowCount; r++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    RowResult<T> result;
                    try
                    {
                        result = assembler.Build(rowBase + r + 1);
                    }
                    catch (RowStructureException e)
                    {
                        result = new RowResult<T>(null, [ParquetFile.FileError(file, ColumnarErrorCodes.FormatInvalid, $"Row group {g}, row {rowBase + r + 1}: the file is damaged. {e.Message}", e.Column)]);
                    }
                    catch (ArgumentException e)
                    {
                        // Utf8JsonWriter refuses a string over its limit (about 166 million characters): the row cannot
                        // be read as its record, and the walk stopped midway, so the file ends here.
                        result = new RowResult<T>(null, [ParquetFile.FileError(file, ColumnarErrorCodes.ValueNotRepresentable, $"Row group {g}, row {rowBase + r + 1}: a value cannot be read as the record's JSON: {e.Message}")]);
                    }

                    yield return result;
                    if (result.Errors is { } errors && errors[0].Row is null)
                    {
                        yield break;
                    }
                }

                if (assembler.LeftOver() is { } column)
                {
                    yield return new RowResult<T>(null, [ParquetFile.FileError(file, ColumnarErrorCodes.FormatInvalid, $"Row group {g}: the file is damaged. The column '{column}' holds more values than the row group's rows.", column)]);
                    yield break;
                }

                rowBase += rowCount;
            }
        }
    }
}
