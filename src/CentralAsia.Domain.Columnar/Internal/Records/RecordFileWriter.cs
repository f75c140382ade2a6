using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Serialization;
using global::Parquet;

namespace CentralAsia.Domain.Columnar.Internal.Records;

// Streams records to a Parquet file of their schema, one row group in memory at a time: each record is written as
// its JSON says it, shredded into the columns.
internal static class RecordFileWriter
{
    internal static async Task<long> WriteAsync<T>(Stream destination, IAsyncEnumerable<T> records, RecordSchema schema, ParquetWriteOptions options, CancellationToken cancellationToken)
        where T : class
    {
        var shredder = new RecordShredder(schema);
        var writer = await ParquetWriter.CreateAsync(schema.Parquet, destination, ParquetWriting.Options(options, schema.CodeFields), append: false, cancellationToken).ConfigureAwait(false);
        long rows = 0;
        await using (writer.ConfigureAwait(false))
        {
            writer.CustomMetadata = ParquetWriting.Metadata(schema.Record, schema.Version, null);
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                ArgumentNullException.ThrowIfNull(record, nameof(records));
                using (var json = JsonDocument.Parse(CentralAsiaJson.SerializeToUtf8Bytes(record)))
                {
                    shredder.Add(json.RootElement, rows);
                }

                rows++;
                if (shredder.Count == options.RowGroupSize)
                {
                    await shredder.WriteAsync(writer, cancellationToken).ConfigureAwait(false);
                }
            }

            await shredder.WriteAsync(writer, cancellationToken).ConfigureAwait(false);
        }

        return rows;
    }
}
