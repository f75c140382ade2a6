using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Trade;
using global::Parquet;
using global::Parquet.Schema;

namespace CentralAsia.Domain.Columnar.Internal;

internal static class TradeFlowFileWriter
{
    private static readonly string WriterName = "CentralAsia.Domain.Columnar " +
        (typeof(TradeFlowFileWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");

    internal static ParquetOptions Options(ParquetWriteOptions options)
    {
        var parquet = new ParquetOptions
        {
            CompressionMethod = options.Compression switch
            {
                ParquetCompression.None => CompressionMethod.None,
                ParquetCompression.Gzip => CompressionMethod.Gzip,
                ParquetCompression.Zstd => CompressionMethod.Zstd,
                _ => CompressionMethod.Snappy,
            },
        };

        // Parquet.Net dictionary-encodes only the string columns it is told to (and then only when at most 80 % of
        // a row group's values are distinct): the code columns.
        foreach (var field in TradeFlowColumns.Full.DataFields)
        {
            if (TradeFlowColumns.Codes.Contains(field.Name))
            {
                parquet.ColumnEncodingHints[field.Path.ToString()] = EncodingHint.Dictionary;
            }
        }

        return parquet;
    }

    internal static Dictionary<string, string> Metadata(bool partitioned)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ColumnarMetadata.Record] = TradeFlowColumns.Record,
            [ColumnarMetadata.SchemaVersion] = TradeFlowColumns.Version.ToString(CultureInfo.InvariantCulture),
            [ColumnarMetadata.Writer] = WriterName,
        };
        if (partitioned)
        {
            metadata[ColumnarMetadata.PartitionedBy] = string.Join(",", TradeFlowColumns.PartitionKeys);
        }

        return metadata;
    }

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
