using System.Collections.Generic;
using System.Linq;
using global::Parquet.Schema;

namespace CentralAsia.Domain.Columnar.Internal.Records;

// Binds a record schema to a file's columns by name, level by level: every column the schema has must be there, of
// its type; a column it does not have is refused rather than dropped; two of one name are refused. Nullability is
// the file's (engines write every column optional): a null where the record needs a value is the JSON reader's error.
internal sealed class RecordBinder(RecordSchema schema, string? file)
{
    private readonly List<ColumnarError> found = [];

    internal IReadOnlyList<ColumnarError> Errors => found;

    internal BoundNode[]? Bind(IEnumerable<Field> columns)
    {
        var bound = Level(schema.Columns, columns, string.Empty, 0);
        return found.Count == 0 ? bound : null;
    }

    private BoundNode[] Level(IReadOnlyList<RecordNode> nodes, IEnumerable<Field> fields, string prefix, int repetition)
    {
        var byName = ParquetFile.ByName(fields, prefix, file, found);
        foreach (var name in byName.Keys.Where(n => !nodes.Any(c => c.ColumnName == n)))
        {
            found.Add(Error(ColumnarErrorCodes.ColumnUnknown, $"The '{schema.Record}' schema has no column '{prefix}{name}'; it is refused rather than dropped. The columns{(prefix.Length > 0 ? " of '" + prefix.TrimEnd('.') + "'" : string.Empty)}: {string.Join(", ", nodes.Select(c => c.ColumnName))}.", prefix + name));
        }

        var bound = new List<BoundNode>(nodes.Count);
        foreach (var node in nodes)
        {
            if (!byName.TryGetValue(node.ColumnName, out var field))
            {
                found.Add(Error(ColumnarErrorCodes.ColumnMissing, $"The '{schema.Record}' schema requires the column '{prefix}{node.ColumnName}'.", prefix + node.ColumnName));
            }
            else if (Node(node, field, prefix + node.ColumnName, repetition) is { } b)
            {
                bound.Add(b);
            }
        }

        return [.. bound];
    }

    private BoundNode? Node(RecordNode node, Field field, string column, int repetition)
    {
        switch (node)
        {
            case LeafNode leaf when field is DataField data && data.MaxRepetitionLevel == repetition && LeafReader.For(data, leaf.Kind, column) is { } reader:
                return new BoundLeaf(leaf, column, reader);
            case LeafNode leaf:
                return Mistyped(field, column, LeafReader.Expected(leaf.Kind));
            case StructNode group when field is StructField s:
                var fields = Level(group.Fields, s.Fields, column + ".", repetition);
                return fields.Length == group.Fields.Count ? new BoundStruct(group, column, fields, [.. fields.SelectMany(f => f.Leaves)], s.MaxDefinitionLevel) : null;
            case StructNode group:
                return Mistyped(field, column, group.Form switch
                {
                    StructForm.PartialDate => "struct<start: date, precision: string>",
                    StructForm.Quantity => $"struct<value: decimal({RecordColumns.AmountPrecision},{RecordColumns.AmountScale}), unit: string>",
                    _ => "a struct of " + string.Join(", ", group.Fields.Select(f => f.ColumnName)),
                });
            case ListNode list when field is ListField l:
                var item = Node(list.Item, l.Item, column, l.MaxRepetitionLevel);
                return item is null ? null : new BoundList(list, column, item, l.MaxDefinitionLevel, l.MaxRepetitionLevel);
            default:
                var expected = ((ListNode)node).Item is LeafNode element ? "a list of " + LeafReader.Expected(element.Kind) : "a list of structs";
                return Mistyped(field, column, expected);
        }
    }

    private BoundNode? Mistyped(Field field, string column, string expected)
    {
        found.Add(Error(ColumnarErrorCodes.ColumnType, $"The column is {ParquetFile.Describe(field)}; the schema gives it {expected}.", column));
        return null;
    }

    private ColumnarError Error(string code, string message, string column) => ParquetFile.FileError(file, code, message, column);
}
