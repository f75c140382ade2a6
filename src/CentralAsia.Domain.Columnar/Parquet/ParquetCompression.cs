namespace CentralAsia.Domain.Columnar.Parquet;

/// <summary>How the pages of a Parquet file are compressed. Every engine named in docs/columnar.md reads all four.</summary>
public enum ParquetCompression
{
    /// <summary>Snappy: fast, the default of Spark and DuckDB.</summary>
    Snappy = 0,

    /// <summary>No compression.</summary>
    None = 1,

    /// <summary>Gzip: smaller, slower to write.</summary>
    Gzip = 2,

    /// <summary>Zstandard: small and fast to read.</summary>
    Zstd = 3,
}
