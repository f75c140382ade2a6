using System;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using global::Parquet;
using global::Parquet.Schema;

namespace CentralAsia.Domain.Columnar.Internal.Records;

// One leaf column of a record file, loaded a row group at a time (ColumnBuffer: its counts and levels checked), read
// level by level by the assembler through Cursor, each value written as the record's JSON has it.
internal abstract class LeafReader(DataField field, string name) : ILoadedColumn
{
    public string Name { get; } = name;

    internal DataField Field { get; } = field;

    // The next level of the column chunk to be read.
    internal int Cursor { get; set; }

    internal abstract int LevelCount { get; }

    public abstract ValueTask<string?> ReadAsync(ParquetRowGroupReader group, long rowCount, EndCheckedStream stream, CancellationToken cancellationToken);

    // The definition level at a level index; past the chunk's end the columns disagree about the rows.
    internal int DefinitionAt(int level) => level < LevelCount ? Definition(level) : throw new RowStructureException(Name);

    internal int RepetitionAt(int level) => level < LevelCount ? Repetition(level) : throw new RowStructureException(Name);

    // Writes the next defined value as a JSON value.
    internal abstract void WriteValue(Utf8JsonWriter json);

    protected abstract int Definition(int level);

    protected abstract int Repetition(int level);

    // The reader for a file's leaf column of the kind the schema gives it, or null when its type is another.
    internal static LeafReader? For(DataField field, LeafKind kind, string name)
    {
        var type = field.ClrType;
        return kind switch
        {
            LeafKind.Text or LeafKind.Code when ParquetFile.IsText(type) =>
                new LeafReader<ReadOnlyMemory<char>>(field, name, static (json, v) => json.WriteStringValue(v.Span)),
            LeafKind.Integer when type == typeof(int) => new LeafReader<int>(field, name, static (json, v) => json.WriteNumberValue(v)),
            LeafKind.Integer when type == typeof(long) => new LeafReader<long>(field, name, static (json, v) => json.WriteNumberValue(v)),
            LeafKind.Integer when type == typeof(short) => new LeafReader<short>(field, name, static (json, v) => json.WriteNumberValue(v)),
            LeafKind.Boolean when type == typeof(bool) => new LeafReader<bool>(field, name, static (json, v) => json.WriteBooleanValue(v)),
            LeafKind.Decimal when field is DecimalDataField { Scale: <= 28 } && type == typeof(decimal) =>
                new LeafReader<decimal>(field, name, static (json, v) => json.WriteNumberValue(Normalized(v))),
            LeafKind.Date when type == typeof(DateOnly) =>
                new LeafReader<DateOnly>(field, name, static (json, v) => json.WriteStringValue(v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            _ => null,
        };
    }

    internal static string Expected(LeafKind kind) => kind switch
    {
        LeafKind.Text or LeafKind.Code => "string",
        LeafKind.Integer => "int32 (int64 and int16 are read too)",
        LeafKind.Boolean => "boolean",
        LeafKind.Decimal => $"decimal({RecordColumns.AmountPrecision},{RecordColumns.AmountScale}) (an exact decimal; floating point is refused)",
        _ => "date",
    };

    // A decimal column gives every value its scale (1.500000); the value is kept, its trailing zeros are not.
    internal static decimal Normalized(decimal value) => value / 1.0000000000000000000000000000m;
}
