using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ExcelDataReader;

namespace CentralAsia.Domain.Import.Internal;

/// <summary>
/// One sheet of an <c>.xlsx</c> workbook through ExcelDataReader, which streams the sheet's XML row by row (a 50,000-row
/// GCDF-shaped workbook is read in flat memory). The first row is the header. Cells become the text a CSV export of
/// the sheet would hold: numbers in their shortest round-trip form, dates as <c>yyyy-MM-dd</c>, booleans as
/// <c>Yes</c>/<c>No</c>.
/// </summary>
/// <remarks>ExcelDataReader reads the compressed sheet synchronously; <see cref="MoveNextAsync"/> therefore does the same
/// work on the calling thread (it honours cancellation between rows).</remarks>
internal sealed class WorkbookRowSource : RowSource
{
    private readonly IExcelDataReader reader;
    private readonly string[] header;
    private readonly string?[] values;
    private long row = 1;

    static WorkbookRowSource() =>
        // ExcelDataReader's configuration asks for code page 1252 (for old .xls files) even when reading .xlsx;
        // .NET carries the code pages but registers them only on request. Registering adds encodings and changes none.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private WorkbookRowSource(string file, IExcelDataReader reader, string[] header)
    {
        File = file;
        this.reader = reader;
        this.header = header;
        values = new string?[header.Length];
    }

    internal override string File { get; }

    internal override IReadOnlyList<string> Header => header;

    internal override long? Line => row;

    internal override string? Pointer => null;

    internal override ReadOnlySpan<char> this[int column] => column < 0 || column >= values.Length ? default : values[column];

    /// <summary>Opens the sheet and reads its header; the stream is disposed with the source.</summary>
    internal static WorkbookRowSource Open(Stream stream, string file, string sheet)
    {
        IExcelDataReader? reader = null;
        try
        {
            stream = Seekable(stream);
            reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            var sheets = new List<string>();
            while (reader.Name != sheet)
            {
                sheets.Add(reader.Name);
                if (!reader.NextResult())
                {
                    throw new FileFailure(new ImportError(
                        ImportErrorCodes.FileUnknownLayout,
                        $"The workbook has no sheet named '{sheet}'; its sheets are: {string.Join(", ", sheets)}.",
                        file));
                }
            }

            if (!reader.Read())
            {
                throw new FileFailure(new ImportError(ImportErrorCodes.FileUnknownLayout, $"The sheet '{sheet}' is empty: it has no header row.", file, 1));
            }

            var header = new string[reader.FieldCount];
            for (var i = 0; i < header.Length; i++)
            {
                header[i] = Text(reader.GetValue(i))?.Trim() ?? string.Empty;
            }

            return new WorkbookRowSource(file, reader, header);
        }
        catch (Exception e) when (e is not FileFailure && IsDamage(e))
        {
            reader?.Dispose();
            stream.Dispose();
            throw new FileFailure(new ImportError(ImportErrorCodes.FileMalformed, $"The file is not a readable .xlsx workbook: {e.Message}", file));
        }
        catch
        {
            reader?.Dispose();
            stream.Dispose();
            throw;
        }
    }

    // A workbook is a zip archive, read from its directory at the end: a stream that cannot seek (a download piped
    // in) is copied to a temporary file first, deleted when the source is disposed. ExcelDataReader would otherwise
    // fail with "Specified method is not supported", reported as a damaged workbook.
    private static Stream Seekable(Stream stream)
    {
        if (stream.CanSeek)
        {
            return stream;
        }

        var copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            stream.CopyTo(copy);
            copy.Position = 0;
        }
        catch
        {
            copy.Dispose();
            throw;
        }
        finally
        {
            stream.Dispose();
        }

        return copy;
    }

    internal override bool MoveNext()
    {
        try
        {
            if (!reader.Read())
            {
                return false;
            }

            row++;
            var count = Math.Min(reader.FieldCount, values.Length);
            Array.Clear(values);
            for (var i = 0; i < count; i++)
            {
                values[i] = Text(reader.GetValue(i));
            }

            return true;
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw new FileFailure(new ImportError(ImportErrorCodes.FileMalformed, $"The workbook is damaged after row {row}: {e.Message}", File, row + 1));
        }
    }

    internal override ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(MoveNext());
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            reader.Dispose();
        }
    }

    // What a damaged or hostile archive makes ExcelDataReader and System.IO.Compression throw.
    private static bool IsDamage(Exception e) =>
        e is InvalidDataException or IOException or System.Xml.XmlException or FormatException or InvalidOperationException
            or ArgumentException or NotSupportedException or IndexOutOfRangeException or NullReferenceException or OverflowException
            or ExcelDataReader.Exceptions.ExcelReaderException;

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "Yes" : "No",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
