using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Import.Internal;

namespace CentralAsia.Domain.Import.Comtrade;

/// <summary>
/// Imports UN Comtrade files as validated <see cref="Trade.TradeFlow"/>s: the API's JSON response (an object with a
/// <c>data</c> array), the bulk download as CSV or TSV (the same field names as columns), and the legacy Comtrade CSV.
/// The layout is told from the file itself (JSON by its first character, the CSV layouts by their value column, the
/// separator by the header).
/// </summary>
/// <example>
/// <code>
/// var source = new ImportSource(SourceId.Parse("comtrade-cn-2022"), "UN Comtrade", new Uri("https://comtradeplus.un.org/"), new LocalDate(2026, 11, 30));
/// var import = ComtradeImport.Open("cn-2022.csv", new ComtradeImportOptions(source));
/// var flows = import.ReadAll().Select(r => r.Flow).ToList();
/// Console.WriteLine(import.Summary);
/// </code>
/// </example>
public static class ComtradeImport
{
    private const int SniffBytes = 256;

    /// <summary>Prepares the import of a file; it is opened when its records are read.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The source to cite and the error policy.</param>
    /// <returns>The import, to read once.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static ImportReader<ComtradeRecord> Open(string path, ComtradeImportOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        return Create(Path.GetFileName(path), options, InputFile.At(path));
    }

    /// <summary>Prepares the import of a stream; it is read, and disposed, when the records are read.</summary>
    /// <param name="stream">The file's bytes; need not seek.</param>
    /// <param name="fileName">The file's name, for errors.</param>
    /// <param name="options">The source to cite and the error policy.</param>
    /// <returns>The import, to read once.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImportReader<ComtradeRecord> Open(Stream stream, string fileName, ComtradeImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(options);
        return Create(fileName, options, _ => stream);
    }

    private static ImportReader<ComtradeRecord> Create(string file, ComtradeImportOptions options, Func<bool, Stream> openStream)
    {
        ImportReader<ComtradeRecord>? reader = null;
        reader = new ImportReader<ComtradeRecord>(file, string.Empty, Open, new ComtradeRowMapper(options.Source.Id), options.Errors);
        return reader;

        ValueTask<RowSource> Open(bool sync, CancellationToken cancellationToken) =>
            InputFile.OpenAsync(openStream, SniffBytes, sync, async (start, fromStart) =>
            {
                var json = IsJson(start.Span);
                var bom = json && start.Span.StartsWith("\uFEFF"u8) ? 3 : 0; // Utf8JsonReader refuses a byte order mark
                RowSource source = json
                    ? sync ? JsonRecordSource.Open(fromStart(bom), file) : await JsonRecordSource.OpenAsync(fromStart(bom), file, cancellationToken).ConfigureAwait(false)
                    : sync ? CsvRowSource.Open(fromStart(0), file) : await CsvRowSource.OpenAsync(fromStart(0), file, cancellationToken).ConfigureAwait(false);
                reader!.Summary.Format = (ComtradeLayout.Detect(source.Header) ?? ComtradeLayout.Current).Name + (json ? ", JSON" : ", CSV");
                return source;
            }, cancellationToken);
    }

    // JSON when the first character after a byte order mark and white space is '{'.
    private static bool IsJson(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith("\uFEFF"u8))
        {
            start = start[3..];
        }

        foreach (var b in start)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            return b == (byte)'{';
        }

        return false;
    }
}
