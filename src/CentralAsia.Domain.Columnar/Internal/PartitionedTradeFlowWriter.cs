using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Columnar.Internal;

// Hive-style output, reporter=CN/year=2022/part-00000.parquet. Each partition buffers its rows; a partition's buffer
// becomes a file when it reaches the row-group size, or, when all buffers together reach MaxBufferedRows, the largest
// does. Memory is bounded by MaxBufferedRows whatever the number of partitions, and only one file is open at a time.
internal static class PartitionedTradeFlowWriter
{
    internal static async Task<IReadOnlyList<string>> WriteAsync(string directory, IAsyncEnumerable<TradeFlow> flows, ParquetWriteOptions options, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(directory);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new IOException($"The folder '{directory}' is not empty; partitioned output goes to a new or empty folder, so old partitions are never mixed with new ones.");
        }

        var texts = new TextCache();
        var buffers = new Dictionary<(CountryCode Reporter, int Year), TradeFlowRowBuffer>();
        var parts = new Dictionary<(CountryCode Reporter, int Year), int>();
        var written = new List<string>();
        long buffered = 0, ordinal = 0;
        await foreach (var flow in flows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(flow, nameof(flows));
            var key = (flow.Reporter, flow.Period.Year);
            if (!buffers.TryGetValue(key, out var buffer))
            {
                buffer = new TradeFlowRowBuffer(options.RowGroupSize, partitioned: true, texts);
                buffers[key] = buffer;
            }

            buffer.Add(flow, ordinal++);
            buffered++;
            if (buffer.IsFull)
            {
                buffered -= await FlushAsync(key).ConfigureAwait(false);
            }
            else if (buffered >= options.MaxBufferedRows)
            {
                buffered -= await FlushAsync(buffers.MaxBy(b => b.Value.Count).Key).ConfigureAwait(false);
            }
        }

        foreach (var key in buffers.Keys.Order().ToList())
        {
            await FlushAsync(key).ConfigureAwait(false);
        }

        return written;

        async Task<int> FlushAsync((CountryCode Reporter, int Year) key)
        {
            var buffer = buffers[key];
            var rows = buffer.Count;
            var part = parts.GetValueOrDefault(key);
            parts[key] = part + 1;
            var folder = Path.Combine(root, PartitionPath.Folder(key.Reporter, key.Year));
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, "part-" + part.ToString("D5", CultureInfo.InvariantCulture) + ".parquet");
            await TradeFlowFileWriter.WriteBufferAsync(path, buffer, options, cancellationToken).ConfigureAwait(false);
            buffers.Remove(key);
            written.Add(path);
            return rows;
        }
    }
}
