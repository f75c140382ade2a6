using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using global::Parquet;
using global::Parquet.Schema;

namespace CentralAsia.Domain.Columnar.Internal.Records;

// One leaf column of up to a row group: its defined values, and its definition and repetition levels (Dremel's
// shredding, as Parquet stores nested data), written with Parquet.Net's low-level writer.
internal sealed class LeafWriter(DataField field, LeafKind kind)
{
    private readonly List<int> definitions = [];
    private readonly List<int> repetitions = [];
    private readonly List<ReadOnlyMemory<char>> texts = [];
    private readonly List<int> integers = [];
    private readonly List<bool> booleans = [];
    private readonly List<decimal> decimals = [];
    private readonly List<DateOnly> dates = [];

    internal DataField Field { get; } = field;

    internal LeafKind Kind { get; } = kind;

    internal void Absent(int definition, int repetition) => Levels(definition, repetition);

    internal void Text(ReadOnlyMemory<char> value, int repetition)
    {
        texts.Add(value);
        Present(repetition);
    }

    internal void Integer(int value, int repetition)
    {
        integers.Add(value);
        Present(repetition);
    }

    internal void Boolean(bool value, int repetition)
    {
        booleans.Add(value);
        Present(repetition);
    }

    internal void Decimal(decimal value, int repetition)
    {
        decimals.Add(value);
        Present(repetition);
    }

    internal void Date(DateOnly value, int repetition)
    {
        dates.Add(value);
        Present(repetition);
    }

    internal async Task WriteAsync(ParquetRowGroupWriter group, CancellationToken cancellationToken)
    {
        // Not "cond ? array : null": null would convert to an empty ReadOnlyMemory (through the array conversion), which
        // Parquet.Net reads as zero levels, not as no levels.
        ReadOnlyMemory<int>? defs = null, reps = null;
        if (Field.MaxDefinitionLevel > 0)
        {
            defs = definitions.ToArray();
        }

        if (Field.MaxRepetitionLevel > 0)
        {
            reps = repetitions.ToArray();
        }
        var write = Kind switch
        {
            LeafKind.Text or LeafKind.Code => group.WriteAllPartsAsync<ReadOnlyMemory<char>>(Field, texts.ToArray(), defs, reps, cancellationToken),
            LeafKind.Integer => group.WriteAllPartsAsync<int>(Field, integers.ToArray(), defs, reps, cancellationToken),
            LeafKind.Boolean => group.WriteAllPartsAsync<bool>(Field, booleans.ToArray(), defs, reps, cancellationToken),
            LeafKind.Decimal => group.WriteAllPartsAsync<decimal>(Field, decimals.ToArray(), defs, reps, cancellationToken),
            _ => group.WriteAllPartsAsync<DateOnly>(Field, dates.ToArray(), defs, reps, cancellationToken),
        };
        await write.ConfigureAwait(false);
    }

    internal void Clear()
    {
        definitions.Clear();
        repetitions.Clear();
        texts.Clear();
        integers.Clear();
        booleans.Clear();
        decimals.Clear();
        dates.Clear();
    }

    private void Present(int repetition) => Levels(Field.MaxDefinitionLevel, repetition);

    private void Levels(int definition, int repetition)
    {
        definitions.Add(definition);
        repetitions.Add(repetition);
    }
}
