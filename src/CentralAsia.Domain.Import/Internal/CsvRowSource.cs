using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using nietras.SeparatedValues;

namespace CentralAsia.Domain.Import.Internal;

/// <summary>
/// A CSV or TSV file through Sep: the separator is inferred from the header (comma, tab, semicolon or bar), quotes are
/// unescaped, a UTF-8 byte order mark is skipped, CRLF and LF both end a row, and bytes that are not UTF-8 are an error
/// rather than replacement characters.
/// </summary>
internal sealed class CsvRowSource : RowSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly SepReader reader;
    private readonly string[] header;
    private long? line;

    private CsvRowSource(string file, SepReader reader)
    {
        File = file;
        this.reader = reader;
        header = reader.Header.ColNames.Select(n => n.Trim()).ToArray();
    }

    internal override string File { get; }

    internal override IReadOnlyList<string> Header => header;

    internal override long? Line => line;

    internal override string? Pointer => null;

    internal override ReadOnlySpan<char> this[int column] => column < 0 ? default : reader.Current[column].Span;

    /// <summary>Opens the file; the stream is disposed with the source.</summary>
    internal static CsvRowSource Open(Stream stream, string file)
    {
        var text = Text(stream);
        try
        {
            return new CsvRowSource(file, Sep.Reader(o => o with { Unescape = true }).From(text));
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException or Utf8Exception or ArgumentException)
        {
            text.Dispose();
            throw Malformed(file, 1, e);
        }
    }

    /// <summary>Opens the file, reading its header asynchronously; the stream is disposed with the source.</summary>
    internal static async ValueTask<CsvRowSource> OpenAsync(Stream stream, string file, CancellationToken cancellationToken)
    {
        var text = Text(stream);
        try
        {
            return new CsvRowSource(file, await Sep.Reader(o => o with { Unescape = true }).FromAsync(text, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException or Utf8Exception or ArgumentException)
        {
            text.Dispose();
            throw Malformed(file, 1, e);
        }
    }

    internal override bool MoveNext()
    {
        try
        {
            if (!reader.MoveNext())
            {
                return false;
            }
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException or Utf8Exception)
        {
            throw Malformed(File, (line ?? 1) + 1, e);
        }

        line = reader.Current.LineNumberFrom;
        return true;
    }

    internal override async ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (!await reader.MoveNextAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException or Utf8Exception)
        {
            throw Malformed(File, (line ?? 1) + 1, e);
        }

        line = reader.Current.LineNumberFrom;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            reader.Dispose();
        }
    }

    // The bytes are checked as they pass (Utf8CheckedStream), so a bad byte is reported at its own line; the strict
    // decoder behind it stays as the second guard (and decodes a file with a UTF-16 byte order mark by its mark).
    private static StreamReader Text(Stream stream) => new(new Utf8CheckedStream(stream), StrictUtf8, detectEncodingFromByteOrderMarks: true);

    // A row's line is only a guess for a failure found while reading ahead (the row after the last one handed out);
    // a bad byte knows its own.
    private static FileFailure Malformed(string file, long line, Exception e) =>
        new(new ImportError(
            ImportErrorCodes.FileMalformed,
            e switch
            {
                Utf8Exception => e.Message,
                DecoderFallbackException => "The file is not UTF-8 text.",
                _ => $"The file is not well-formed CSV: {e.Message}",
            },
            file,
            e is Utf8Exception bad ? bad.Line : line));
}
