using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Trade;
using global::Parquet;
using global::Parquet.Schema;

namespace CentralAsia.Domain.Columnar.Internal;

internal static class TradeFlowFileWriter
{
    internal static ParquetOptions Options(ParquetWriteOptions options) =>
        ParquetWriting.Options(options, TradeFlowColumns.Full.DataFields.Where(f => TradeFlowColumns.Codes.Contains(f.Name)));

    internal static Dictionary<string, string> Metadata(bool partitioned) =>
        ParquetWriting.Metadata(TradeFlowColumns.Record, TradeFlowColumns.Version, partitioned ? string.Join(",", TradeFlowColumns.PartitionKeys) : null);

    internal static async Task<long> WriteAsync(Stream destination, IAsyncEnumerable<TradeFlow> flows, ParquetWriteOptions options, CancellationToken cancellationToken)
    {
        var buffer = new TradeFlowRowBuffer(options.RowGroupSize, partitioned: false, new TextCache());
        var writer = await ParquetWriter.CreateAsync(buffer.Schema, destination, Options(options), append: false, cancellationToken).ConfigureAwait(false);
        long rows = 0;
        await using (writer.ConfigureAwait(false))
        {
            writer.CustomMetadata = Metadata(partitioned: false);
            await foreach (var flow in flows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                ArgumentNullException.ThrowIfNull(flow, nameof(flows));
                buffer.Add(flow, rows);
                rows++;
                if (buffer.IsFull)
                {
                    await buffer.WriteAsync(writer, cancellationToken).ConfigureAwait(false);
                }
            }

            await buffer.WriteAsync(writer, cancellationToken).ConfigureAwait(false);
        }

        return rows;
    }

    internal static Task WriteBufferAsync(string path, TradeFlowRowBuffer buffer, ParquetWriteOptions options, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync<bool>(
            path,
            async (stream, token) =>
            {
                var writer = await ParquetWriter.CreateAsync(buffer.Schema, stream, Options(options), append: false, token).ConfigureAwait(false);
                await using (writer.ConfigureAwait(false))
                {
                    writer.CustomMetadata = Metadata(partitioned: true);
                    await buffer.WriteAsync(writer, token).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken);
}
