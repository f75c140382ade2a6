namespace CentralAsia.Domain.Import;

/// <summary>
/// The stable codes of <see cref="ImportError.Code"/> for problems with the file itself or with a value before it
/// reaches the model; a row the model refuses keeps the model's own code (see <c>docs/error-codes.md</c>). Codes never
/// change meaning once shipped; see <c>docs/import.md</c>.
/// </summary>
public static class ImportErrorCodes
{
    /// <summary>The file cannot be read as its format: broken CSV quoting, a row with another number of columns than the header, malformed JSON, a damaged workbook, or text that is not UTF-8.</summary>
    public const string FileMalformed = "import.file.malformed";

    /// <summary>The file's layout is not one the reader knows: no header, no <c>data</c> array, no sheet of the expected name.</summary>
    public const string FileUnknownLayout = "import.file.unknown-layout";

    /// <summary>The header lacks a column the reader needs (named in the message).</summary>
    public const string ColumnMissing = "import.column.missing";

    /// <summary>The header names one column twice.</summary>
    public const string ColumnDuplicate = "import.column.duplicate";

    /// <summary>A required value is empty.</summary>
    public const string ValueMissing = "import.value.missing";

    /// <summary>A value is not of its column's kind: not a number, not a known code, not a date, out of range.</summary>
    public const string ValueInvalid = "import.value.invalid";

    /// <summary>Two columns that must agree do not, such as a numeric area code and its ISO code, or <c>period</c> and <c>refYear</c>.</summary>
    public const string ValuesDisagree = "import.values.disagree";

    /// <summary>A value is longer than the reader accepts (a cell or a JSON string over 1 MiB), so that a hostile file cannot exhaust memory.</summary>
    public const string ValueTooLong = "import.value.too-long";
}
