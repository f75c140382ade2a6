namespace CentralAsia.Domain.Columnar.Internal;

// One row read: the record, or its errors. A file-level error (no record, no row) ends the file.
internal readonly record struct RowResult<T>(T? Value, ColumnarError[]? Errors)
    where T : class;
