using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace CentralAsia.Domain.Import.Internal;

/// <summary>
/// The rows of one input file, whatever its format (CSV, JSON records, a workbook sheet): a header of column names,
/// then one row at a time, each value read by column index as characters. The readers map rows; the sources only
/// hand them over, so every format shares the one set of mapping rules.
/// </summary>
internal abstract class RowSource : IDisposable
{
    /// <summary>The file's name, for errors.</summary>
    internal abstract string File { get; }

    /// <summary>The column names as the file gives them, trimmed (GCDF's workbook pads some with a space).</summary>
    internal abstract IReadOnlyList<string> Header { get; }

    /// <summary>The line (CSV), row (workbook) or null (JSON) of the current row, for errors.</summary>
    internal abstract long? Line { get; }

    /// <summary>The JSON Pointer of the current row (JSON), or null.</summary>
    internal abstract string? Pointer { get; }

    /// <summary>Whether the file holds no rows and no header to check (a JSON response whose data array is empty).</summary>
    internal virtual bool HasNoRows => false;

    /// <summary>The index of a column by its name (exact, after trimming), or -1.</summary>
    internal int IndexOf(string name)
    {
        var header = Header;
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The value of a column of the current row; empty when the column is absent (index -1) or empty.</summary>
    internal abstract ReadOnlySpan<char> this[int column] { get; }

    /// <summary>Moves to the next row; false at the end. Throws <see cref="FileFailure"/> for a malformed file.</summary>
    internal abstract bool MoveNext();

    /// <summary>Moves to the next row, reading asynchronously where the format allows.</summary>
    internal abstract ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}
