namespace CentralAsia.Domain.Values;

/// <summary>Identifies a summit, for example <c>xian-2023</c>.</summary>
/// <remarks>A lowercase slug; see <see cref="Identifier{TSelf}"/>. Immutable and thread-safe.</remarks>
[System.ComponentModel.TypeConverter(typeof(ComponentModel.ParsableTypeConverter<SummitId>))]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.IdentifierConverter<SummitId>))]
public sealed class SummitId : Identifier<SummitId>, IIdentifier<SummitId>
{
    private SummitId(string value)
        : base(value)
    {
    }

    /// <inheritdoc/>
    static SummitId IIdentifier<SummitId>.Create(string value) => new(value);
}
