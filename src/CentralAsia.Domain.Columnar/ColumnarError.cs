using System.Globalization;
using System.Text;

namespace CentralAsia.Domain.Columnar;

/// <summary>
/// One problem found while reading a Parquet file or an Arrow stream: where (file, row, column), a stable code and a
/// message a person can act on.
/// </summary>
/// <remarks>
/// Codes are those of <see cref="Validation.ErrorCodes"/> for a value the model refuses (<c>money.negative</c>,
/// <c>country.code.unknown</c>, …) and those of <see cref="ColumnarErrorCodes"/> for a file that is not what the schema
/// says (a missing column, a column of the wrong type, a corrupted page). Immutable and thread-safe.
/// </remarks>
public sealed record ColumnarError
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">The stable error code.</param>
    /// <param name="message">What is wrong and why.</param>
    /// <param name="file">The file's path as the caller gave it, or null when reading a stream.</param>
    /// <param name="row">The 1-based row in the file (counted across row groups or record batches), or null when the error is about the whole file.</param>
    /// <param name="column">The column's name, or null when the error is about the whole file or row.</param>
    public ColumnarError(string code, string message, string? file = null, long? row = null, string? column = null)
    {
        Code = code;
        Message = message;
        File = file;
        Row = row;
        Column = column;
    }

    /// <summary>The stable error code, e.g. <c>parquet.column.missing</c> or <c>money.negative</c>.</summary>
    public string Code { get; }

    /// <summary>What is wrong and why.</summary>
    public string Message { get; }

    /// <summary>The file's path as the caller gave it, or null when reading a stream.</summary>
    public string? File { get; }

    /// <summary>The 1-based row in the file, or null when the error concerns the whole file.</summary>
    public long? Row { get; }

    /// <summary>The column's name, or null.</summary>
    public string? Column { get; }

    /// <summary>The error as one line: <c>file: row 17, column 'value': money.negative: …</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (File is not null)
        {
            text.Append(File).Append(": ");
        }

        if (Row is { } row)
        {
            text.Append("row ").Append(row.ToString(CultureInfo.InvariantCulture));
            text.Append(Column is null ? ": " : ", ");
        }

        if (Column is not null)
        {
            text.Append("column '").Append(Column).Append("': ");
        }

        return text.Append(Code).Append(": ").Append(Message).ToString();
    }
}
