namespace CentralAsia.Domain.Values;

/// <summary>Identifies a commitment within a declaration, for example <c>accelerate-line-d</c>.</summary>
/// <remarks>A lowercase slug; see <see cref="Identifier{TSelf}"/>. Immutable and thread-safe.</remarks>
[System.ComponentModel.TypeConverter(typeof(ComponentModel.ParsableTypeConverter<CommitmentId>))]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.IdentifierConverter<CommitmentId>))]
public sealed class CommitmentId : Identifier<CommitmentId>, IIdentifier<CommitmentId>
{
    private CommitmentId(string value)
        : base(value)
    {
    }

    /// <inheritdoc/>
    static CommitmentId IIdentifier<CommitmentId>.Create(string value) => new(value);
}
