using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CentralAsia.Domain.Import;

/// <summary>
/// What an import read: the rows read, imported, skipped by each skip rule and rejected for an error — the four
/// always add up (<see cref="RowsRead"/> = <see cref="Imported"/> + <see cref="SkippedTotal"/> + <see cref="Rejected"/>)
/// — the values of imported rows the model cannot hold, counted by reason, and every error collected.
/// </summary>
/// <remarks>Live while the rows are being read (read it after the enumeration ends); an <see cref="ImportException"/>
/// carries a copy taken when the import stopped. Not thread-safe while reading.</remarks>
public sealed class ImportSummary
{
    private readonly SortedDictionary<string, long> skipped = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> notKept = new(StringComparer.Ordinal);
    private readonly List<ImportError> errors = [];

    internal ImportSummary(string file, string format)
    {
        File = file;
        Format = format;
    }

    /// <summary>The file's name.</summary>
    public string File { get; }

    /// <summary>The layout the file was read as, such as <c>UN Comtrade API JSON</c> (empty until the file is opened).</summary>
    public string Format { get; internal set; }

    /// <summary>The data rows read (the header not counted).</summary>
    public long RowsRead { get; private set; }

    /// <summary>The rows imported as records.</summary>
    public long Imported { get; private set; }

    /// <summary>The rows rejected for an error (each row once, however many errors it has).</summary>
    public long Rejected { get; private set; }

    /// <summary>The rows skipped, by skip rule (see <see cref="Comtrade.ComtradeSkipRules"/>).</summary>
    public IReadOnlyDictionary<string, long> Skipped => skipped;

    /// <summary>The rows skipped by any rule.</summary>
    public long SkippedTotal { get; private set; }

    /// <summary>Values of imported rows that the model has no place for (such as a quantity in a unit it cannot hold), counted by reason.</summary>
    public IReadOnlyDictionary<string, long> ValuesNotKept => notKept;

    /// <summary>The errors collected, in the order found.</summary>
    public IReadOnlyList<ImportError> Errors => errors;

    /// <summary>Whether the file was read to its end.</summary>
    public bool Completed { get; internal set; }

    /// <summary>A few lines for people: the counts, then each skip rule and reason.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        var n = CultureInfo.InvariantCulture;
        text.Append(n, $"{File} ({Format}): {RowsRead:N0} rows read, {Imported:N0} imported, {SkippedTotal:N0} skipped, {Rejected:N0} rejected");
        text.Append(Completed ? "." : " (stopped before the end).");
        foreach (var (rule, count) in skipped)
        {
            text.AppendLine().Append(n, $"  skipped {count:N0}: {rule}");
        }

        foreach (var (reason, count) in notKept)
        {
            text.AppendLine().Append(n, $"  not kept in {count:N0} rows: {reason}");
        }

        return text.ToString();
    }

    internal void Read() => RowsRead++;

    internal void Import() => Imported++;

    internal void Skip(string rule)
    {
        skipped[rule] = skipped.GetValueOrDefault(rule) + 1;
        SkippedTotal++;
    }

    internal void NotKept(string reason) => notKept[reason] = notKept.GetValueOrDefault(reason) + 1;

    internal void Reject(IEnumerable<ImportError> rowErrors, int? limit)
    {
        Rejected++;
        foreach (var error in rowErrors)
        {
            if (limit is { } most && errors.Count >= most)
            {
                break; // the policy's limit: the errors beyond it are not collected
            }

            errors.Add(error);
        }
    }

    internal void Fail(ImportError error) => errors.Add(error);

    internal ImportSummary Copy()
    {
        var copy = new ImportSummary(File, Format) { RowsRead = RowsRead, Imported = Imported, Rejected = Rejected, SkippedTotal = SkippedTotal, Completed = Completed };
        foreach (var (k, v) in skipped)
        {
            copy.skipped[k] = v;
        }

        foreach (var (k, v) in notKept)
        {
            copy.notKept[k] = v;
        }

        copy.errors.AddRange(errors);
        return copy;
    }
}
