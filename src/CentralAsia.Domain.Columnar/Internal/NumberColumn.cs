using System;
using System.Threading;
using System.Threading.Tasks;
using global::Parquet;
using global::Parquet.Schema;

namespace CentralAsia.Domain.Columnar.Internal;

// An integer column as the engines write it: int32 (ours, DuckDB's INTEGER), int64 (pandas' default) or int16.
internal sealed class NumberColumn : ILoadedColumn
{
    private readonly ColumnBuffer<int>? int32;
    private readonly ColumnBuffer<long>? int64;
    private readonly ColumnBuffer<short>? int16;

    internal NumberColumn(DataField field, string name)
    {
        Name = name;
        if (field.ClrType == typeof(long))
        {
            int64 = new ColumnBuffer<long>(field, name);
        }
        else if (field.ClrType == typeof(short))
        {
            int16 = new ColumnBuffer<short>(field, name);
        }
        else
        {
            int32 = new ColumnBuffer<int>(field, name);
        }
    }

    public string Name { get; }

    public ValueTask<string?> ReadAsync(ParquetRowGroupReader group, long rowCount, EndCheckedStream stream, CancellationToken cancellationToken) =>
        int32?.ReadAsync(group, rowCount, stream, cancellationToken) ?? int64?.ReadAsync(group, rowCount, stream, cancellationToken) ?? int16!.ReadAsync(group, rowCount, stream, cancellationToken);

    // Whether the row has a value; a value outside int32 is reported as a problem, not clamped.
    internal bool Next(int level, out long value, out string? problem)
    {
        problem = null;
        bool has;
        if (int32 is not null)
        {
            has = int32.Next(level, out var v);
            value = v;
        }
        else if (int16 is not null)
        {
            has = int16.Next(level, out var v);
            value = v;
        }
        else
        {
            has = int64!.Next(level, out value);
            if (has && value is < int.MinValue or > int.MaxValue)
            {
                problem = $"{value} is out of range.";
                return false;
            }
        }

        return has;
    }
}
