using System.Collections.Generic;

namespace CentralAsia.Domain.Columnar.Internal.Records;

// A node of the record schema bound to the file's column: the file's own definition and repetition levels (DuckDB or
// Spark make every column optional, where ours are required), and the leaf readers under it.
internal abstract class BoundNode(RecordNode node, string column, IReadOnlyList<LeafReader> leaves)
{
    internal RecordNode Node { get; } = node;

    // The column's dotted path without list levels, as errors name it: terms.office.title.
    internal string Column { get; } = column;

    internal IReadOnlyList<LeafReader> Leaves { get; } = leaves;

    // The first leaf: its levels say whether the node is present, and where a list's next item starts.
    internal LeafReader First => Leaves[0];

    // The definition level at which the node is present (for a list: holds at least one item).
    internal abstract int Present { get; }
}

internal sealed class BoundLeaf(LeafNode node, string column, LeafReader reader) : BoundNode(node, column, [reader])
{
    internal LeafNode Leaf { get; } = node;

    internal LeafReader Reader { get; } = reader;

    internal override int Present => Reader.Field.MaxDefinitionLevel;
}

internal sealed class BoundStruct(StructNode node, string column, IReadOnlyList<BoundNode> fields, IReadOnlyList<LeafReader> leaves, int present)
    : BoundNode(node, column, leaves)
{
    internal StructNode Struct { get; } = node;

    internal IReadOnlyList<BoundNode> Fields { get; } = fields;

    internal override int Present { get; } = present;
}

internal sealed class BoundList(ListNode node, string column, BoundNode item, int present, int repetition) : BoundNode(node, column, item.Leaves)
{
    internal BoundNode Item { get; } = item;

    internal override int Present { get; } = present;

    // The repetition level that starts the list's next item.
    internal int Repetition { get; } = repetition;
}
