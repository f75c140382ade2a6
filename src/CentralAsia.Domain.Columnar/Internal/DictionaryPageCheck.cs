using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using global::Parquet.Meta;
using Type = global::Parquet.Meta.Type;

namespace CentralAsia.Domain.Columnar.Internal;

// Parquet.Net allocates a dictionary of the size a dictionary page's header claims from a shared pool, without
// clearing it, and decodes what the page holds into it: a page that holds fewer entries than it claims leaves
// entries from an earlier read, which data pages then index silently (a country code or amount from another file).
// So each dictionary page is decompressed here and its entries counted before Parquet.Net reads it.
internal static class DictionaryPageCheck
{
    // The most a page may claim uncompressed: far above any writer's page size, below what would exhaust memory.
    internal const int MaxPageBytes = 256 * 1024 * 1024;

    internal static string? Check(ReadOnlySpan<byte> compressed, long uncompressedSize, long entries, CompressionCodec codec, Type physical, int? typeLength)
    {
        if (uncompressedSize is < 0 or > MaxPageBytes || entries < 0)
        {
            return $"the dictionary page claims {uncompressedSize} bytes and {entries} entries.";
        }

        byte[] page;
        try
        {
            page = Decompress(compressed, (int)uncompressedSize, codec);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or NotSupportedException)
        {
            return $"the dictionary page cannot be decompressed ({e.Message}).";
        }

        if (page.Length != uncompressedSize)
        {
            return $"the dictionary page holds {page.Length} bytes uncompressed; its header claims {uncompressedSize}.";
        }

        var width = physical switch
        {
            Type.INT32 or Type.FLOAT => 4,
            Type.INT64 or Type.DOUBLE => 8,
            Type.INT96 => 12,
            Type.FIXED_LEN_BYTE_ARRAY => typeLength ?? -1,
            Type.BYTE_ARRAY => 0,
            _ => -1,
        };
        if (width < 0)
        {
            return $"a {physical} column cannot have a dictionary.";
        }

        long count = 0;
        if (width > 0)
        {
            count = page.Length / width;
        }
        else
        {
            for (var position = 0; position + 4 <= page.Length; count++)
            {
                var length = BinaryPrimitives.ReadInt32LittleEndian(page.AsSpan(position));
                if (length < 0 || length > page.Length - position - 4)
                {
                    break;
                }

                position += 4 + length;
            }
        }

        return count < entries ? $"the dictionary page holds {count} entries; its header claims {entries}." : null;
    }

    internal static byte[] Decompress(ReadOnlySpan<byte> compressed, int size, CompressionCodec codec)
    {
        switch (codec)
        {
            case CompressionCodec.UNCOMPRESSED:
                return compressed.ToArray();
            case CompressionCodec.SNAPPY:
                return Snappier.Snappy.DecompressToArray(compressed);
            case CompressionCodec.ZSTD:
                {
                    using var zstd = new ZstdSharp.Decompressor();
                    return zstd.Unwrap(compressed).ToArray();
                }

            case CompressionCodec.GZIP or CompressionCodec.BROTLI:
                {
                    using var input = new MemoryStream(compressed.ToArray());
                    using Stream decoder = codec == CompressionCodec.GZIP ? new GZipStream(input, CompressionMode.Decompress) : new BrotliStream(input, CompressionMode.Decompress);
                    var output = new byte[size];
                    var read = 0;
                    int n;
                    while (read < size && (n = decoder.Read(output, read, size - read)) > 0)
                    {
                        read += n;
                    }

                    return read == size ? output : output[..read];
                }

            default:
                throw new NotSupportedException($"{codec} pages are not checked; convert the file to Snappy, Gzip, Zstd, Brotli or no compression");
        }
    }
}
