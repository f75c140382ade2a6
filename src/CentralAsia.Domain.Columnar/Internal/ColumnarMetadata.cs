namespace CentralAsia.Domain.Columnar.Internal;

// The file's key-value metadata: what record it holds and in which schema version (docs/columnar.md).
internal static class ColumnarMetadata
{
    internal const string Record = "centralasia.record";
    internal const string SchemaVersion = "centralasia.schema-version";
    internal const string PartitionedBy = "centralasia.partitioned-by";
    internal const string Writer = "centralasia.writer";
}
