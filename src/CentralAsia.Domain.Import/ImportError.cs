using System.Globalization;
using System.Text;

namespace CentralAsia.Domain.Import;

/// <summary>
/// One problem with an input file: where it is (the file, the line of a CSV file or the row of a workbook, or the
/// JSON Pointer of a JSON record; the column), what kind it is (<see cref="Code"/>, one of <see cref="ImportErrorCodes"/>
/// or, for a row the model refuses, a code of <see cref="Validation.ErrorCodes"/>) and why.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ImportError
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">Why, for people.</param>
    /// <param name="file">The file's name, or null.</param>
    /// <param name="line">The 1-based line of a CSV file or row of a workbook sheet, or null.</param>
    /// <param name="jsonPointer">The JSON Pointer of the value in a JSON file, or null.</param>
    /// <param name="column">The column (or JSON property) by its name in the file, or null.</param>
    public ImportError(string code, string message, string? file = null, long? line = null, string? jsonPointer = null, string? column = null)
    {
        Code = code;
        Message = message;
        File = file;
        Line = line;
        JsonPointer = jsonPointer;
        Column = column;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>Why, for people.</summary>
    public string Message { get; }

    /// <summary>The file's name, or null.</summary>
    public string? File { get; }

    /// <summary>The 1-based line of a CSV file (where the record starts) or row of a workbook sheet, or null.</summary>
    public long? Line { get; }

    /// <summary>The JSON Pointer of the record or value in a JSON file, such as <c>/data/17/primaryValue</c>, or null.</summary>
    public string? JsonPointer { get; }

    /// <summary>The column by its name in the file (a JSON property's name), or null.</summary>
    public string? Column { get; }

    /// <summary>The error as one line: <c>file:line: column 'name': code: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (File is not null)
        {
            text.Append(File);
            if (Line is { } line)
            {
                text.Append(':').Append(line.ToString(CultureInfo.InvariantCulture));
            }

            text.Append(": ");
        }
        else if (Line is { } line)
        {
            text.Append("line ").Append(line.ToString(CultureInfo.InvariantCulture)).Append(": ");
        }

        if (JsonPointer is not null)
        {
            text.Append(JsonPointer).Append(": ");
        }

        if (Column is not null)
        {
            text.Append("column '").Append(Column).Append("': ");
        }

        return text.Append(Code).Append(": ").Append(Message).ToString();
    }
}
