namespace CentralAsia.Domain.Columnar.Internal;

// The fields of a Parquet page header the page walk checks: type, sizes, value count, and for data pages the values'
// encoding, and for a version 2 data page its null count, level byte lengths and whether its values are compressed.
internal struct PageHeaderFields
{
    internal int Type;
    internal long CompressedSize;
    internal long UncompressedSize;
    internal long NumValues;
    internal bool HasValues;
    internal int Encoding;
    internal long NumNulls;
    internal long DefinitionBytes;
    internal long RepetitionBytes;
    internal bool ValuesUncompressed;

    // A nested header's i32 fields 4 to 6 and whether its boolean field 7 is false, as the walk met them.
    internal long Field4, Field5, Field6;
    internal bool Field7False;
}
