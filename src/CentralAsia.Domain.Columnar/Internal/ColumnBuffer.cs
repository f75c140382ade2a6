using System;
using System.Threading;
using System.Threading.Tasks;
using global::Parquet;
using global::Parquet.Schema;

namespace CentralAsia.Domain.Columnar.Internal;

// One column of one row group as Parquet stores it: the defined values, and the definition and repetition levels.
// The arrays are reused from row group to row group, so reading holds about one row group in memory.
internal sealed class ColumnBuffer<T> : ILoadedColumn
    where T : struct
{
    private T[] values = [];
    private int[] definitions = [];
    private int[] repetitions = [];
    private int valueIndex;

    internal ColumnBuffer(DataField field, string name)
    {
        Field = field;
        Name = name;
    }

    internal DataField Field { get; }

    public string Name { get; }

    internal int LevelCount { get; private set; }

    internal ReadOnlySpan<int> Repetitions => repetitions.AsSpan(0, Field.MaxRepetitionLevel > 0 ? LevelCount : 0);

    // Reads the column chunk; returns an error message if the chunk's counts do not fit the row group.
    public async ValueTask<string?> ReadAsync(ParquetRowGroupReader group, long rowCount, EndCheckedStream stream, CancellationToken cancellationToken)
    {
        var chunk = group.GetMetadata(Field);
        if (chunk?.MetaData is not { } meta)
        {
            return $"the row group has no chunk for the column.";
        }

        var maxLevels = Field.MaxRepetitionLevel > 0 ? rowCount * ColumnarLimits.MaxListValuesPerRow : rowCount;
        if (meta.NumValues < rowCount || meta.NumValues > maxLevels || (Field.MaxRepetitionLevel == 0 && meta.NumValues != rowCount))
        {
            return $"the column chunk declares {meta.NumValues} values for a row group of {rowCount} rows.";
        }

        var n = (int)meta.NumValues;
        Grow(ref values, n);
        Array.Clear(values, 0, n);
        Memory<int>? defs = null, reps = null;
        if (Field.MaxDefinitionLevel > 0)
        {
            Grow(ref definitions, n);
            Array.Fill(definitions, -1, 0, n);
            defs = definitions.AsMemory(0, n);
        }

        if (Field.MaxRepetitionLevel > 0)
        {
            Grow(ref repetitions, n);
            Array.Fill(repetitions, -1, 0, n);
            reps = repetitions.AsMemory(0, n);
        }

        var start = ParquetStructure.ChunkStart(meta);
        stream.Window(start, start + meta.TotalCompressedSize);
        try
        {
            await group.ReadRawAsync(Field, values.AsMemory(0, n), defs, reps, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            stream.Unwindow();
        }

        LevelCount = n;
        valueIndex = 0;

        // Every level slot must have been written: a page that holds fewer values than the chunk declares would
        // otherwise leave zeros that read as real amounts, years or flags.
        if (defs is { } d && d.Span[..n].IndexOfAnyExceptInRange(0, Field.MaxDefinitionLevel) >= 0)
        {
            return "the column's pages hold fewer or other definition levels than its chunk declares.";
        }

        if (reps is { } r && (r.Span[..n].IndexOfAnyExceptInRange(0, Field.MaxRepetitionLevel) >= 0 || r.Span[..n].Count(0) != rowCount || r.Span[0] != 0))
        {
            return "the column's repetition levels do not describe one list per row.";
        }

        return null;
    }

    // For a flat column read row by row in order: whether the next row has a value, and the value.
    internal bool Next(int level, out T value)
    {
        if (Field.MaxDefinitionLevel == 0 || definitions[level] == Field.MaxDefinitionLevel)
        {
            value = values[valueIndex++];
            return true;
        }

        value = default;
        return false;
    }

    internal int Definition(int level) => Field.MaxDefinitionLevel == 0 ? 0 : definitions[level];

    internal T TakeValue() => values[valueIndex++];

    private static void Grow<TItem>(ref TItem[] array, int length)
    {
        if (array.Length < length)
        {
            array = new TItem[Math.Max(length, array.Length * 2)];
        }
    }
}
