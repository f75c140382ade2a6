using System;
using System.Collections.Generic;
using System.Buffers.Binary;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using global::Parquet.Meta;

namespace CentralAsia.Domain.Columnar.Internal;

// Checks a file's framing, footer and page headers before Parquet.Net decodes them (see ThriftCompact for why):
// a hostile file must be an error, never a crash or a hang.
internal static class ParquetStructure
{
    private const int MaxPageHeaderBytes = 1 << 20;
    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    internal static async ValueTask<string?> CheckFooterAsync(Stream stream, CancellationToken cancellationToken)
    {
        var length = stream.Length;
        if (length < 12)
        {
            return $"It is {length} bytes long; a Parquet file has at least 12 (its magic number twice and the footer's length).";
        }

        var head = new byte[4];
        var tail = new byte[8];
        stream.Position = 0;
        await stream.ReadExactlyAsync(head, cancellationToken).ConfigureAwait(false);
        stream.Position = length - 8;
        await stream.ReadExactlyAsync(tail, cancellationToken).ConfigureAwait(false);
        if (!head.AsSpan().SequenceEqual(Magic) || !tail.AsSpan(4).SequenceEqual(Magic))
        {
            return "It does not begin and end with Parquet's magic number 'PAR1' (truncated, or not a Parquet file).";
        }

        var footerLength = BinaryPrimitives.ReadInt32LittleEndian(tail);
        if (footerLength <= 0 || footerLength > length - 12)
        {
            return $"Its footer claims {footerLength} bytes in a file of {length}.";
        }

        var footer = new byte[footerLength];
        stream.Position = length - 8 - footerLength;
        await stream.ReadExactlyAsync(footer, cancellationToken).ConfigureAwait(false);
        var reader = new ThriftCompact(footer);
        return reader.TryReadFooter() ? null : "Its footer (the file's metadata) is damaged.";
    }

    internal static async ValueTask<string?> CheckPagesAsync(Stream stream, FileMetaData metadata, CancellationToken cancellationToken)
    {
        var length = stream.Length;
        var buffer = new byte[4096];
        Dictionary<string, (int Definition, int Repetition)>? levels = null;
        var groups = metadata.RowGroups ?? [];
        for (var g = 0; g < groups.Count; g++)
        {
            var columns = groups[g].Columns ?? [];
            for (var c = 0; c < columns.Count; c++)
            {
                if (columns[c].MetaData is not { } meta)
                {
                    return $"Row group {g}, column chunk {c} has no metadata.";
                }

                var name = string.Join(".", meta.PathInSchema ?? []);
                var start = ChunkStart(meta);
                var end = start + meta.TotalCompressedSize;
                if (start < 4 || meta.TotalCompressedSize < 0 || end > length - 8 || meta.NumValues < 0)
                {
                    return $"Row group {g}, column '{name}': its chunk claims bytes {start} to {end} of a {length}-byte file.";
                }

                long values = 0;
                for (var position = start; position < end;)
                {
                    var window = (int)Math.Min(end - position, MaxPageHeaderBytes);
                    if (buffer.Length < window)
                    {
                        buffer = new byte[Math.Min(MaxPageHeaderBytes, Math.Max(window, buffer.Length * 4))];
                    }

                    stream.Position = position;
                    await stream.ReadExactlyAsync(buffer.AsMemory(0, window), cancellationToken).ConfigureAwait(false);
                    var (ok, consumed, header) = Walk(buffer.AsSpan(0, window));
                    if (!ok || header.CompressedSize < 0 || header.CompressedSize > end - position - consumed)
                    {
                        // A header cut by the window is read again with a bigger window, up to the limit.
                        if (!ok && window < end - position && window < MaxPageHeaderBytes && buffer.Length < MaxPageHeaderBytes)
                        {
                            buffer = new byte[Math.Min(MaxPageHeaderBytes, buffer.Length * 4)];
                            continue;
                        }

                        return $"Row group {g}, column '{name}': the page header at byte {position} is damaged.";
                    }

                    if (header.Type == 2)
                    {
                        // A dictionary page: its entries must be as many as it claims (DictionaryPageCheck).
                        var body = new byte[header.CompressedSize];
                        stream.Position = position + consumed;
                        await stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
                        if (DictionaryPageCheck.Check(body, header.UncompressedSize, header.NumValues, meta.Codec, meta.Type, TypeLength(metadata, meta)) is { } problem)
                        {
                            return $"Row group {g}, column '{name}': {problem}";
                        }
                    }

                    if (header.Type is 0 or 3)
                    {
                        if (!header.HasValues || header.NumValues < 0)
                        {
                            return $"Row group {g}, column '{name}': the data page at byte {position} does not say how many values it holds.";
                        }

                        if (DeltaPageCheck.Applies(header.Encoding))
                        {
                            // A delta-encoded string page: its lengths must be as many as its values (DeltaPageCheck).
                            var body = new byte[header.CompressedSize];
                            stream.Position = position + consumed;
                            await stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
                            levels ??= Levels(metadata);
                            var (definition, repetition) = levels.GetValueOrDefault(name);
                            if (DeltaPageCheck.Check(body, header, meta.Codec, definition, repetition) is { } problem)
                            {
                                return $"Row group {g}, column '{name}': {problem}";
                            }
                        }

                        values += header.NumValues;
                    }

                    position += consumed + header.CompressedSize;
                }

                if (values != meta.NumValues)
                {
                    return $"Row group {g}, column '{name}': its pages hold {values} values, its chunk claims {meta.NumValues}.";
                }
            }
        }

        return null;
    }

    // Where a column chunk's first page is: Parquet.Net reads from the least of its offsets, as the spec's writers
    // do not agree on which one is set.
    internal static long ChunkStart(ColumnMetaData meta)
    {
        long start = meta.DataPageOffset;
        foreach (var offset in (ReadOnlySpan<long?>)[meta.DictionaryPageOffset, meta.IndexPageOffset])
        {
            if (offset is > 0 and var o && o < start)
            {
                start = o;
            }
        }

        return start;
    }

    // Each leaf column's maximum definition and repetition levels, by its dotted path, from the footer's flattened
    // schema: one level per optional ancestor (and itself), one per repeated one.
    private static Dictionary<string, (int Definition, int Repetition)> Levels(FileMetaData metadata)
    {
        var levels = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var elements = metadata.Schema ?? [];
        var index = 1;
        var children = elements.Count > 0 ? elements[0].NumChildren ?? 0 : 0;
        for (var c = 0; c < children && index < elements.Count; c++)
        {
            Walk(string.Empty, 0, 0, 0);
        }

        return levels;

        void Walk(string prefix, int definition, int repetition, int depth)
        {
            if (index >= elements.Count || depth > 64)
            {
                return;
            }

            var element = elements[index++];
            var path = prefix.Length == 0 ? element.Name : prefix + "." + element.Name;
            var d = definition + (element.RepetitionType is FieldRepetitionType.REQUIRED ? 0 : 1);
            var r = repetition + (element.RepetitionType is FieldRepetitionType.REPEATED ? 1 : 0);
            var count = element.NumChildren ?? 0;
            if (count <= 0)
            {
                levels.TryAdd(path ?? string.Empty, (d, r));
                return;
            }

            for (var i = 0; i < count && index < elements.Count; i++)
            {
                Walk(path ?? string.Empty, d, r, depth + 1);
            }
        }
    }

    // The fixed length of a FIXED_LEN_BYTE_ARRAY column, from the schema element of the chunk's column.
    private static int? TypeLength(FileMetaData metadata, ColumnMetaData meta)
    {
        var leaf = meta.PathInSchema is { Count: > 0 } path ? path[^1] : null;
        foreach (var element in metadata.Schema ?? [])
        {
            if (element.Name == leaf && element.Type == global::Parquet.Meta.Type.FIXED_LEN_BYTE_ARRAY)
            {
                return element.TypeLength;
            }
        }

        return null;
    }

    private static (bool Ok, int Consumed, PageHeaderFields Header) Walk(ReadOnlySpan<byte> bytes)
    {
        var reader = new ThriftCompact(bytes);
        var ok = reader.TryReadPageHeader(out var header);
        return (ok, reader.Position, header);
    }
}
