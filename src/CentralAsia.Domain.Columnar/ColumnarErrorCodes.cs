namespace CentralAsia.Domain.Columnar;

/// <summary>
/// The stable codes of the errors about a Parquet file or Arrow stream itself. Errors about a value the model refuses
/// keep the codes of <see cref="Validation.ErrorCodes"/>.
/// </summary>
public static class ColumnarErrorCodes
{
    /// <summary>The bytes are not a readable Parquet file or Arrow stream: wrong magic number, truncated, a corrupted page or footer.</summary>
    public const string FormatInvalid = "columnar.format.invalid";

    /// <summary>The file was written for another kind of record (its <c>centralasia.record</c> metadata names another).</summary>
    public const string RecordMismatch = "columnar.record.mismatch";

    /// <summary>The file declares a schema version this library does not read.</summary>
    public const string SchemaVersionUnsupported = "columnar.schema.version.unsupported";

    /// <summary>A column the schema requires is absent.</summary>
    public const string ColumnMissing = "columnar.column.missing";

    /// <summary>A column has another type than the schema gives it.</summary>
    public const string ColumnType = "columnar.column.type";

    /// <summary>A column the schema does not know; refused, so that no data is dropped unread.</summary>
    public const string ColumnUnknown = "columnar.column.unknown";

    /// <summary>Two columns of one name: which one holds the data is not for the reader to guess.</summary>
    public const string ColumnDuplicate = "columnar.column.duplicate";

    /// <summary>A row group or batch declares more rows, or more values, than the file can hold or the reader accepts.</summary>
    public const string RowCountInvalid = "columnar.row-count.invalid";

    /// <summary>A value is not in the canonical text form the schema gives its column (e.g. <c>KAZ</c> for <c>KZ</c>).</summary>
    public const string ValueNotCanonical = "columnar.value.not-canonical";

    /// <summary>A value cannot be written in its column without changing it (e.g. an amount with more decimal places than the column's scale).</summary>
    public const string ValueNotRepresentable = "columnar.value.not-representable";

    /// <summary>A partition folder's name is not <c>column=value</c> with a valid value.</summary>
    public const string PartitionInvalid = "columnar.partition.invalid";
}
