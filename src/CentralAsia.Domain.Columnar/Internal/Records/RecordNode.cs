using System.Collections.Generic;
using System.Text.Json;

namespace CentralAsia.Domain.Columnar.Internal.Records;

// One property of a record as a Parquet column: a leaf, a struct or a list. The column is the JSON property's name
// in snake_case (birthDate → birth_date), so a record means the same in JSON and in Parquet, and SQL needs no quoting.
internal abstract class RecordNode(string jsonName, bool required)
{
    internal string JsonName { get; } = jsonName;

    internal string ColumnName { get; } = JsonNamingPolicy.SnakeCaseLower.ConvertName(jsonName);

    // Whether the record's JSON always has it (the reader then reports its absence as the JSON reader does).
    internal bool Required { get; } = required;

    // The leaves under this node, depth first: the order of Parquet's column chunks.
    internal abstract IEnumerable<LeafNode> Leaves();
}
