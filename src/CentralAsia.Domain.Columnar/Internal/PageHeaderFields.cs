namespace CentralAsia.Domain.Columnar.Internal;

// The fields of a Parquet page header the page walk checks: type, compressed size, value count.
internal struct PageHeaderFields
{
    internal int Type;
    internal long CompressedSize;
    internal long UncompressedSize;
    internal long NumValues;
    internal bool HasValues;
}
