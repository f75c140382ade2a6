using System.Collections.Frozen;

namespace CentralAsia.Domain.Columnar.Internal;

// The wire type Parquet.Net reads each field of each Thrift struct as (ThriftShapes.g.cs, generated from its source).
internal static partial class ThriftShapes
{
    internal static FrozenDictionary<short, ThriftField>? Of(string name) => All.TryGetValue(name, out var fields) ? fields : null;
}

// Wire is the compact-protocol type (1 bool, 3 byte, 4 i16, 5 i32, 6 i64, 7 double, 8 binary, 9 list, 12 struct);
// Element the list's element type; Struct the nested struct's name.
internal readonly record struct ThriftField(int Wire, int Element, string? Struct);
