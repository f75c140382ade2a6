using System.Text.Json;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Serialization.Converters;

/// <summary>
/// The reading side of the converters of query results (<c>TradeTotal</c>, <c>MirrorComparison</c>, …):
/// they are computed from records by the library, so reading one back would trust numbers no rule
/// can check. The value is skipped and one <c>json.type.write-only</c> error says so.
/// </summary>
internal static class WriteOnly
{
    internal static T? Refuse<T>(ref Utf8JsonReader reader, JsonReadState state)
        where T : class
    {
        var offset = reader.TokenStartIndex;
        reader.Skip();
        state.Error(ErrorCodes.JsonTypeWriteOnly, $"A {typeof(T).Name} is a query result computed from the records; it is written but not read back. Read the records and query them again.", offset);
        return null;
    }
}
