using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Import.Internal;

namespace CentralAsia.Domain.Import.Gcdf;

/// <summary>
/// Imports AidData's Global Chinese Development Finance dataset, version 3.0, as validated <see cref="FinanceCommitment"/>s:
/// the workbook as AidData publishes it (<c>.xlsx</c>, sheet <c>GCDF_3.0</c>) or a CSV export of that sheet, told
/// apart by the file's first bytes (a workbook is a zip archive).
/// </summary>
/// <example>
/// <code>
/// var source = new ImportSource(SourceId.Parse("aiddata-gcdf-3"), "AidData", new Uri("https://www.aiddata.org/data/aiddatas-global-chinese-development-finance-dataset-version-3-0"), new LocalDate(2026, 11, 30));
/// var import = GcdfImport.Open("AidDatasGlobalChineseDevelopmentFinanceDataset_v3.0.xlsx", new GcdfImportOptions(source));
/// var total = import.ReadAll().ForRecipient(CountryCode.Kyrgyzstan).TotalForAggregates();
/// </code>
/// </example>
public static class GcdfImport
{
    /// <summary>Prepares the import of a file; it is opened when its records are read.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The source to cite, the error policy and the project links.</param>
    /// <returns>The import, to read once.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static ImportReader<FinanceCommitment> Open(string path, GcdfImportOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        return Create(Path.GetFileName(path), options, InputFile.At(path));
    }

    /// <summary>Prepares the import of a stream; it is read, and disposed, when the records are read.</summary>
    /// <param name="stream">The file's bytes; need not seek.</param>
    /// <param name="fileName">The file's name, for errors.</param>
    /// <param name="options">The source to cite, the error policy and the project links.</param>
    /// <returns>The import, to read once.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImportReader<FinanceCommitment> Open(Stream stream, string fileName, GcdfImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(options);
        return Create(fileName, options, _ => stream);
    }

    private static ImportReader<FinanceCommitment> Create(string file, GcdfImportOptions options, Func<bool, Stream> openStream)
    {
        ArgumentNullException.ThrowIfNull(options.ProjectLinks);
        ArgumentException.ThrowIfNullOrEmpty(options.Sheet);
        ImportReader<FinanceCommitment>? reader = null;
        reader = new ImportReader<FinanceCommitment>(file, string.Empty, Open, new GcdfRowMapper(options.Source.Id, options.ProjectLinks), options.Errors);
        return reader;

        ValueTask<RowSource> Open(bool sync, CancellationToken cancellationToken) =>
            InputFile.OpenAsync(openStream, 4, sync, async (start, fromStart) =>
            {
                if (start.Span.SequenceEqual("PK\u0003\u0004"u8))
                {
                    reader!.Summary.Format = "AidData GCDF 3.0 workbook";
                    return WorkbookRowSource.Open(fromStart(0), file, options.Sheet);
                }

                reader!.Summary.Format = "AidData GCDF 3.0 CSV";
                return sync ? CsvRowSource.Open(fromStart(0), file) : await CsvRowSource.OpenAsync(fromStart(0), file, cancellationToken).ConfigureAwait(false);
            }, cancellationToken);
    }
}
