using System.Collections.Generic;

namespace CentralAsia.Domain.Columnar.Internal.Records;

// A column of one value: text, code, integer, boolean, decimal or date.
internal sealed class LeafNode(string jsonName, LeafKind kind, bool required) : RecordNode(jsonName, required)
{
    internal LeafKind Kind { get; } = kind;

    // The leaf's index among the schema's leaves (the writer's and reader's column buffers), set by RecordSchema.
    internal int Index { get; set; } = -1;

    internal override IEnumerable<LeafNode> Leaves()
    {
        yield return this;
    }
}
