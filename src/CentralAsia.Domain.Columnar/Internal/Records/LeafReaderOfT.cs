using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using global::Parquet;
using global::Parquet.Schema;

namespace CentralAsia.Domain.Columnar.Internal.Records;

// A leaf column of one CLR type, over the shared, checked ColumnBuffer.
internal sealed class LeafReader<T>(DataField field, string name, Action<Utf8JsonWriter, T> write) : LeafReader(field, name)
    where T : struct
{
    private readonly ColumnBuffer<T> buffer = new(field, name);

    internal override int LevelCount => buffer.LevelCount;

    public override ValueTask<string?> ReadAsync(ParquetRowGroupReader group, long rowCount, EndCheckedStream stream, CancellationToken cancellationToken)
    {
        Cursor = 0;
        return buffer.ReadAsync(group, rowCount, stream, cancellationToken);
    }

    // The next defined value, for the struct forms that combine two columns into one JSON value.
    internal T Take() => buffer.TakeValue();

    internal override void WriteValue(Utf8JsonWriter json) => write(json, buffer.TakeValue());

    protected override int Definition(int level) => buffer.Definition(level);

    protected override int Repetition(int level) => buffer.Field.MaxRepetitionLevel > 0 ? buffer.Repetitions[level] : 0;
}
