using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Values;
using global::Parquet;

namespace CentralAsia.Domain.Columnar.Internal.Records;

// Up to one row group of records, shredded column by column from each record's JSON: a present value at its leaf's
// definition level, an absent one at the level of its deepest present parent, and each list item after the first at
// its list's repetition level.
internal sealed class RecordShredder
{
    private readonly RecordSchema schema;
    private readonly LeafWriter[] leaves;

    // Where in the record the shredder is, as a JSON Pointer's segments: a property name, or a list index (Name null).
    // Kept as a stack and spelled out only for an error, so a valid record allocates no path strings.
    private readonly List<(string? Name, int Index)> path = [];

    internal RecordShredder(RecordSchema schema)
    {
        this.schema = schema;
        leaves = new LeafWriter[schema.Leaves.Count];
        for (var i = 0; i < leaves.Length; i++)
        {
            leaves[i] = new LeafWriter(schema.LeafFields[i], schema.Leaves[i].Kind);
        }
    }

    internal int Count { get; private set; }

    // A leaf's buffer, for the tests that write what no valid record shreds to (a damaged file's levels).
    internal LeafWriter Leaf(int index) => leaves[index];

    internal void Add(JsonElement record, long ordinal)
    {
        path.Clear();
        Fields(schema.Columns, record, 0, ordinal);
        Count++;
    }

    internal async Task WriteAsync(ParquetWriter writer, CancellationToken cancellationToken)
    {
        if (Count == 0)
        {
            return;
        }

        using (var group = writer.CreateRowGroup())
        {
            foreach (var leaf in leaves)
            {
                await leaf.WriteAsync(group, cancellationToken).ConfigureAwait(false);
            }

            group.CompleteValidate();
        }

        foreach (var leaf in leaves)
        {
            leaf.Clear();
        }

        Count = 0;
    }

    private void Fields(IReadOnlyList<RecordNode> nodes, JsonElement json, int repetition, long ordinal)
    {
        var mapped = 0;
        foreach (var node in nodes)
        {
            var present = json.TryGetProperty(node.JsonName, out var value);
            mapped += present ? 1 : 0;
            path.Add((node.JsonName, 0));
            Shred(node, present && value.ValueKind != JsonValueKind.Null ? value : null, repetition, ordinal);
            path.RemoveAt(path.Count - 1);
        }

        // The record's JSON may not hold what the schema does not map: a property added to the record without a column
        // would otherwise be dropped. RecordSchemaTests keeps the two in step; this guards what they miss. Counting the
        // mapped properties costs nothing per record; the unmapped one is looked for only when the counts differ.
        if (json.GetPropertyCount() != mapped)
        {
            var unmapped = json.EnumerateObject().First(p => !nodes.Any(n => n.JsonName == p.Name)).Name;
            throw new InvalidOperationException($"The '{schema.Record}' column schema has no column for the JSON property '{Path()}/{unmapped}'; the record cannot be written without losing it.");
        }
    }

    // The current place as a JSON Pointer, for an error.
    private string Path() =>
        string.Concat(path.Select(s => "/" + (s.Name ?? s.Index.ToString(CultureInfo.InvariantCulture))));

    // Shreds one node's value (null when absent) whose parent is present at its own definition level.
    private void Shred(RecordNode node, JsonElement? value, int repetition, long ordinal)
    {
        var parentDefinition = schema.ParentDefinition(node);
        switch (node)
        {
            case LeafNode leaf:
                Leaf(leaf, value, parentDefinition, repetition, ordinal);
                break;
            case StructNode group when value is null:
                AbsentAll(group, parentDefinition, repetition);
                break;
            case StructNode { Form: StructForm.Object } group:
                Fields(group.Fields, value.Value, repetition, ordinal);
                break;
            case StructNode { Form: StructForm.PartialDate } group:
                var date = PartialDate.Parse(value.Value.GetString()!);
                leaves[((LeafNode)group.Fields[0]).Index].Date(date.Start.ToDateOnly(), repetition);
                leaves[((LeafNode)group.Fields[1]).Index].Text(EnumText<PartialDatePrecision>.Name(date.Precision), repetition);
                break;
            case StructNode group:
                var text = value.Value.GetString()!;
                var quantity = Quantity.Parse(text);
                leaves[((LeafNode)group.Fields[0]).Index].Decimal(Representable(quantity.Value, ordinal), repetition);
                leaves[((LeafNode)group.Fields[1]).Index].Text(text[(text.IndexOf(' ', StringComparison.Ordinal) + 1)..].AsMemory(), repetition);
                break;
            case ListNode list:
                var field = schema.FieldOf(list);
                if (value is not { } items || items.GetArrayLength() == 0)
                {
                    // An empty list: defined to the list, not to its repeated group.
                    AbsentAll(list, field.MaxDefinitionLevel - 1, repetition);
                    break;
                }

                var index = 0;
                foreach (var item in items.EnumerateArray())
                {
                    path.Add((null, index));
                    Shred(list.Item, item, index == 0 ? repetition : field.MaxRepetitionLevel, ordinal);
                    path.RemoveAt(path.Count - 1);
                    index++;
                }

                break;
        }
    }

    private void Leaf(LeafNode leaf, JsonElement? value, int parentDefinition, int repetition, long ordinal)
    {
        var writer = leaves[leaf.Index];
        if (value is not { } v)
        {
            if (leaf.Kind == LeafKind.Boolean)
            {
                // The JSON leaves false out; the column says it.
                writer.Boolean(false, repetition);
            }
            else if (leaf.Required)
            {
                throw new InvalidOperationException($"The '{schema.Record}' JSON has no value at '{Path()}', which its column schema requires.");
            }
            else
            {
                writer.Absent(parentDefinition, repetition);
            }

            return;
        }

        switch (leaf.Kind)
        {
            case LeafKind.Text or LeafKind.Code:
                writer.Text(v.GetString()!.AsMemory(), repetition);
                break;
            case LeafKind.Integer:
                writer.Integer(v.GetInt32(), repetition);
                break;
            case LeafKind.Boolean:
                writer.Boolean(v.GetBoolean(), repetition);
                break;
            case LeafKind.Decimal:
                writer.Decimal(Representable(v.GetDecimal(), ordinal), repetition);
                break;
            default:
                writer.Date(DateOnly.ParseExact(v.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture), repetition);
                break;
        }
    }

    private void AbsentAll(RecordNode node, int definition, int repetition)
    {
        foreach (var leaf in node.Leaves())
        {
            if (leaf.Kind == LeafKind.Boolean)
            {
                throw new NotSupportedException("A boolean column under an optional struct or a list is not a record column.");
            }

            leaves[leaf.Index].Absent(definition, repetition);
        }
    }

    // The records' parameter name in the public API: the bad value came in through it.
    private decimal Representable(decimal amount, long ordinal, string records = "records")
    {
        if (decimal.Round(amount, RecordColumns.AmountScale) != amount)
        {
            throw new ArgumentException(
                $"Record {ordinal} has the value {amount.ToString(CultureInfo.InvariantCulture)} at '{Path()}', with more than {RecordColumns.AmountScale} decimal places; its column is decimal({RecordColumns.AmountPrecision},{RecordColumns.AmountScale}) and would round it. Round it first if that is intended ({ColumnarErrorCodes.ValueNotRepresentable}).",
                records);
        }

        return amount;
    }
}
