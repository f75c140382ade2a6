namespace CentralAsia.Domain.Values;

/// <summary>Identifies a cited source, for example <c>s15</c>.</summary>
/// <remarks>A lowercase slug; see <see cref="Identifier{TSelf}"/>. Immutable and thread-safe.</remarks>
[System.ComponentModel.TypeConverter(typeof(ComponentModel.ParsableTypeConverter<SourceId>))]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.IdentifierConverter<SourceId>))]
public sealed class SourceId : Identifier<SourceId>, IIdentifier<SourceId>
{
    private SourceId(string value)
        : base(value)
    {
    }

    /// <inheritdoc/>
    static SourceId IIdentifier<SourceId>.Create(string value) => new(value);
}
