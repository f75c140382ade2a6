using System.Collections.Generic;
using System.Linq;

namespace CentralAsia.Domain.Columnar.Internal.Records;

// A group of columns: a JSON object, or a partial date or quantity held as two typed columns.
internal sealed class StructNode(string jsonName, bool required, StructForm form, params RecordNode[] fields) : RecordNode(jsonName, required)
{
    internal StructForm Form { get; } = form;

    internal IReadOnlyList<RecordNode> Fields { get; } = fields;

    internal override IEnumerable<LeafNode> Leaves() => Fields.SelectMany(f => f.Leaves());
}
