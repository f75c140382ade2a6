namespace CentralAsia.Domain.Values;

/// <summary>Identifies a leader (a person who held office), for example <c>xi-jinping</c>.</summary>
/// <remarks>A lowercase slug; see <see cref="Identifier{TSelf}"/>. Immutable and thread-safe.</remarks>
[System.ComponentModel.TypeConverter(typeof(ComponentModel.ParsableTypeConverter<LeaderId>))]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.IdentifierConverter<LeaderId>))]
public sealed class LeaderId : Identifier<LeaderId>, IIdentifier<LeaderId>
{
    private LeaderId(string value)
        : base(value)
    {
    }

    /// <inheritdoc/>
    static LeaderId IIdentifier<LeaderId>.Create(string value) => new(value);
}
