namespace CentralAsia.Domain.Values;

/// <summary>Identifies a summit declaration, for example <c>xian-declaration</c>.</summary>
/// <remarks>A lowercase slug; see <see cref="Identifier{TSelf}"/>. Immutable and thread-safe.</remarks>
[System.ComponentModel.TypeConverter(typeof(ComponentModel.ParsableTypeConverter<DeclarationId>))]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.IdentifierConverter<DeclarationId>))]
public sealed class DeclarationId : Identifier<DeclarationId>, IIdentifier<DeclarationId>
{
    private DeclarationId(string value)
        : base(value)
    {
    }

    /// <inheritdoc/>
    static DeclarationId IIdentifier<DeclarationId>.Create(string value) => new(value);
}
