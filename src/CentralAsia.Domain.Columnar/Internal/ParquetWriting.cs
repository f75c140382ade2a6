using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using CentralAsia.Domain.Columnar.Parquet;
using global::Parquet;
using global::Parquet.Schema;

namespace CentralAsia.Domain.Columnar.Internal;

// What every Parquet writer of this package sets: the compression, the dictionary encoding of the code columns, and
// the key-value metadata naming the record and its schema version.
internal static class ParquetWriting
{
    private static readonly string WriterName = "CentralAsia.Domain.Columnar " +
        (typeof(ParquetWriting).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");

    internal static ParquetOptions Options(ParquetWriteOptions options, IEnumerable<DataField> codes)
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
        foreach (var field in codes)
        {
            parquet.ColumnEncodingHints[field.Path.ToString()] = EncodingHint.Dictionary;
        }

        return parquet;
    }

    internal static Dictionary<string, string> Metadata(string record, int version, string? partitionedBy)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ColumnarMetadata.Record] = record,
            [ColumnarMetadata.SchemaVersion] = version.ToString(CultureInfo.InvariantCulture),
            [ColumnarMetadata.Writer] = WriterName,
        };
        if (partitionedBy is not null)
        {
            metadata[ColumnarMetadata.PartitionedBy] = partitionedBy;
        }

        return metadata;
    }
}
