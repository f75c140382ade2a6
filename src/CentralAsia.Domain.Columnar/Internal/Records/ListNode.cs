using System.Collections.Generic;

namespace CentralAsia.Domain.Columnar.Internal.Records;

// A list column (Parquet's three-level list: the column, a repeated group "list", the item "element"). The record's
// JSON leaves an empty array out; an empty list is written as empty, and a null or empty list reads as absent.
internal sealed class ListNode(string jsonName, bool required, RecordNode item) : RecordNode(jsonName, required)
{
    internal RecordNode Item { get; } = item;

    internal override IEnumerable<LeafNode> Leaves() => Item.Leaves();
}
