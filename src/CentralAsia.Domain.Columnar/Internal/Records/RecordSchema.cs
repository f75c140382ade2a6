using System;
using System.Collections.Generic;
using System.Linq;
using global::Parquet.Schema;

namespace CentralAsia.Domain.Columnar.Internal.Records;

// The column schema of one record type (docs/columnar.md): its name and version in the file's metadata, its columns
// as nodes, and the Parquet schema the writer writes. The nodes follow the record's JSON property by property: the
// writer shreds the record's JSON, the reader rebuilds it and reads it with the JSON reader, so a row is validated by
// exactly the rules of the record's JSON.
internal sealed class RecordSchema
{
    private readonly Dictionary<RecordNode, Field> fields = [];
    private readonly Dictionary<RecordNode, int> parents = [];

    internal RecordSchema(string record, int version, params RecordNode[] columns)
    {
        Record = record;
        Version = version;
        Columns = columns;
        Parquet = new ParquetSchema(columns.Select(Build));
        Leaves = [.. columns.SelectMany(c => c.Leaves())];
        var data = Parquet.DataFields;
        for (var i = 0; i < Leaves.Count; i++)
        {
            Leaves[i].Index = i;
        }

        LeafFields = data;
        foreach (var column in columns)
        {
            Parents(column, 0);
        }
    }

    internal string Record { get; }

    internal int Version { get; }

    internal IReadOnlyList<RecordNode> Columns { get; }

    internal IReadOnlyList<LeafNode> Leaves { get; }

    internal ParquetSchema Parquet { get; }

    // The Parquet.Net field of each leaf, in leaf order (which is Parquet.Net's DataFields order).
    internal IReadOnlyList<DataField> LeafFields { get; }

    internal Field FieldOf(RecordNode node) => fields[node];

    // The definition level at which a node's parent is present: where an absent value of the node is written.
    internal int ParentDefinition(RecordNode node) => parents[node];

    // The code columns, dictionary-encoded by the writer.
    internal IEnumerable<DataField> CodeFields => Leaves.Where(l => l.Kind == LeafKind.Code).Select(l => LeafFields[l.Index]);

    private Field Build(RecordNode node)
    {
        Field field = node switch
        {
            LeafNode leaf => Leaf(leaf),
            StructNode group => new StructField(group.ColumnName, [.. group.Fields.Select(Build)]),
            ListNode { Item: ListNode } => throw new NotSupportedException("A list of lists is not a record column."),
            ListNode list => new ListField(list.ColumnName, Build(list.Item)),
            _ => throw new NotSupportedException(node.GetType().Name),
        };
        fields[node] = field;
        return field;
    }

    private void Parents(RecordNode node, int definition)
    {
        parents[node] = definition;
        switch (node)
        {
            case StructNode group:
                foreach (var field in group.Fields)
                {
                    Parents(field, fields[group].MaxDefinitionLevel);
                }

                break;
            case ListNode list:
                Parents(list.Item, fields[list].MaxDefinitionLevel);
                break;
        }
    }

    private static DataField Leaf(LeafNode leaf)
    {
        var nullable = !leaf.Required;
        return leaf.Kind switch
        {
            LeafKind.Text or LeafKind.Code => new DataField<string>(leaf.ColumnName, nullable),
            LeafKind.Integer => new DataField(leaf.ColumnName, typeof(int), nullable),
            LeafKind.Boolean => new DataField(leaf.ColumnName, typeof(bool), false),
            LeafKind.Decimal => new DecimalDataField(leaf.ColumnName, RecordColumns.AmountPrecision, RecordColumns.AmountScale, forceByteArrayEncoding: true, isNullable: nullable),
            LeafKind.Date => new DataField(leaf.ColumnName, typeof(DateOnly), nullable),
            _ => throw new NotSupportedException(leaf.Kind.ToString()),
        };
    }
}
