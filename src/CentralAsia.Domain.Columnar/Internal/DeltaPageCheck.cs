using System;
using System.Buffers.Binary;
using global::Parquet.Meta;

namespace CentralAsia.Domain.Columnar.Internal;

// Parquet.Net 6.1.0 decodes a DELTA_LENGTH_BYTE_ARRAY or DELTA_BYTE_ARRAY data page's lengths into an array rented from
// the process-wide ArrayPool<int>, and then cuts one string per value the page should hold, whatever number of lengths
// the page actually held (DeltaLengthByteArrayEncoder.Decode ignores the count it decoded). A damaged page that holds
// fewer lengths than values therefore cuts strings by lengths left in the pool by earlier work: an error, or plausible
// strings — what the fuzzer's state-dependent finding showed. So the lengths of each such page are counted here, as
// Parquet.Net will decode them, before it reads the page.
internal static class DeltaPageCheck
{
    private const int DeltaLengthByteArray = 6;
    private const int DeltaByteArray = 7;

    internal static bool Applies(int encoding) => encoding is DeltaLengthByteArray or DeltaByteArray;

    // The page's body as stored (after its header); the column's levels; null, or what is wrong with the page.
    internal static string? Check(ReadOnlySpan<byte> body, PageHeaderFields header, CompressionCodec codec, int maxDefinition, int maxRepetition)
    {
        if (header.UncompressedSize is < 0 or > DictionaryPageCheck.MaxPageBytes || header.NumValues < 0)
        {
            // Checked before anything is allocated from the claim: a hostile header must not size a buffer.
            return $"the data page claims {header.UncompressedSize} bytes and {header.NumValues} values.";
        }

        ReadOnlySpan<byte> page;
        long values;
        try
        {
            if (header.Type == 3)
            {
                // Version 2: the levels come first, never compressed; then the values, compressed unless it says not.
                var levels = header.RepetitionBytes + header.DefinitionBytes;
                if (header.RepetitionBytes < 0 || header.DefinitionBytes < 0 || levels > body.Length || header.NumNulls < 0 || header.NumNulls > header.NumValues)
                {
                    return "the data page's level lengths or null count do not fit the page.";
                }

                var rest = body[(int)levels..];
                page = header.ValuesUncompressed || codec == CompressionCodec.UNCOMPRESSED
                    ? rest
                    : DictionaryPageCheck.Decompress(rest, (int)Math.Max(0, header.UncompressedSize - levels), codec);
                values = header.NumValues - header.NumNulls;
            }
            else
            {
                page = DictionaryPageCheck.Decompress(body, (int)header.UncompressedSize, codec);
                var position = 0;
                if (maxRepetition > 0 && !TrySkipLevels(page, ref position))
                {
                    return "the data page's repetition levels do not fit the page.";
                }

                values = header.NumValues;
                if (maxDefinition > 0)
                {
                    if (!TryCountDefined(page, ref position, maxDefinition, header.NumValues, out values))
                    {
                        return "the data page's definition levels are damaged.";
                    }
                }

                page = page[position..];
            }
        }
        catch (Exception e) when (e is System.IO.InvalidDataException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or NotSupportedException or OverflowException)
        {
            return $"the data page cannot be decompressed ({e.Message}).";
        }

        var at = 0;
        if (header.Encoding == DeltaByteArray && (!TryCountDeltas(page, ref at, out var prefixes) || prefixes < values))
        {
            return $"the data page's prefix lengths are fewer than its {values} values.";
        }

        return !TryCountDeltas(page, ref at, out var lengths) || lengths < values
            ? $"the data page's string lengths are fewer than its {values} values."
            : null;
    }

    // A version 1 page's levels: a 4-byte length, then that many bytes.
    private static bool TrySkipLevels(ReadOnlySpan<byte> page, ref int position)
    {
        if (position + 4 > page.Length)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(page[position..]);
        if (length < 0 || length > page.Length - position - 4)
        {
            return false;
        }

        position += 4 + length;
        return true;
    }

    // Counts the levels equal to the maximum among the page's first `count` definition levels (RLE/bit-packed hybrid).
    private static bool TryCountDefined(ReadOnlySpan<byte> page, ref int position, int maxDefinition, long count, out long defined)
    {
        defined = 0;
        var start = position;
        if (!TrySkipLevels(page, ref position))
        {
            return false;
        }

        var levels = page[(start + 4)..position];
        var width = 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)maxDefinition);
        var at = 0;
        long seen = 0;
        while (seen < count)
        {
            if (!TryVarint(levels, ref at, out var run))
            {
                return false;
            }

            if ((run & 1) == 0)
            {
                // An RLE run: one value, repeated.
                var repeat = (long)(run >> 1);
                var bytes = (width + 7) / 8;
                if (at + bytes > levels.Length)
                {
                    return false;
                }

                long value = 0;
                for (var b = 0; b < bytes; b++)
                {
                    value |= (long)levels[at + b] << (8 * b);
                }

                at += bytes;
                var taken = Math.Min(repeat, count - seen);
                defined += value == maxDefinition ? taken : 0;
                seen += taken;
            }
            else
            {
                // Bit-packed groups of eight values.
                var groups = (long)(run >> 1);
                if (groups > levels.Length - at)
                {
                    return false;
                }

                var bytes = groups * width;
                if (bytes > levels.Length - at)
                {
                    return false;
                }

                for (long v = 0; v < groups * 8 && seen < count; v++, seen++)
                {
                    long value = 0;
                    for (var bit = 0; bit < width; bit++)
                    {
                        var index = (v * width) + bit;
                        value |= (long)((levels[at + (int)(index / 8)] >> (int)(index % 8)) & 1) << bit;
                    }

                    defined += value == maxDefinition ? 1 : 0;
                }

                at += (int)bytes;
            }
        }

        return true;
    }

    // Counts the values Parquet.Net's DeltaBinaryPackedEncoder.DecodeInt decodes from a DELTA_BINARY_PACKED block,
    // walking the bytes as it does (its casts included), and where it stops; false for a header it would misread (no
    // miniblocks, a negative count) or a needed miniblock cut short.
    private static bool TryCountDeltas(ReadOnlySpan<byte> page, ref int at, out long count)
    {
        count = 0;
        if (!TryVarint(page, ref at, out var rawBlock) || !TryVarint(page, ref at, out var rawMiniblocks) || !TryVarint(page, ref at, out var rawTotal)
            || !TryVarint(page, ref at, out _))
        {
            return false;
        }

        int blockSize = unchecked((int)rawBlock), miniblocks = unchecked((int)rawMiniblocks), total = unchecked((int)rawTotal);
        if (total < 0 || (total > 1 && (miniblocks <= 0 || blockSize <= 0 || blockSize / miniblocks <= 0)))
        {
            return false;
        }

        if (total <= 1)
        {
            count = total;
            return true;
        }

        var perMiniblock = blockSize / miniblocks;
        count = 1;
        while (count < total && at < page.Length)
        {
            if (!TryVarint(page, ref at, out _))
            {
                return false;
            }

            var widths = page.Slice(Math.Min(at, page.Length), Math.Max(0, Math.Min(miniblocks, page.Length - at)));
            at = (int)Math.Min((long)at + miniblocks, int.MaxValue);
            foreach (var width in widths)
            {
                if (count >= total)
                {
                    break;
                }

                // Parquet.Net counts a miniblock whose bytes are cut as read (its values zeros): here a needed
                // miniblock must be whole, as the format writes it (the last one padded to its full size).
                var bytes = (long)perMiniblock * width / 8;
                if (bytes > page.Length - at)
                {
                    return false;
                }

                at += (int)bytes;
                count += Math.Min(perMiniblock, total - count);
            }
        }

        return true;
    }

    private static bool TryVarint(ReadOnlySpan<byte> bytes, ref int at, out ulong value)
    {
        value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (at >= bytes.Length)
            {
                return false;
            }

            var b = bytes[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
