namespace CentralAsia.Domain.Columnar.Internal.Records;

// The Parquet types of a record schema's leaf columns, and the JSON values they hold.
internal enum LeafKind
{
    // A string (JSON string); Code is a dictionary-encoded one: identifiers, country and currency codes, enum names.
    Text,
    Code,

    // int32 (JSON integer); int64 and int16 are read too.
    Integer,

    // boolean (JSON true/false; absent in JSON is false).
    Boolean,

    // decimal(38,6) (JSON number), never floating point.
    Decimal,

    // date (JSON "yyyy-MM-dd").
    Date,
}
