namespace CentralAsia.Domain.Values;

/// <summary>Identifies an infrastructure project, for example <c>line-d</c>.</summary>
/// <remarks>A lowercase slug; see <see cref="Identifier{TSelf}"/>. Immutable and thread-safe.</remarks>
[System.ComponentModel.TypeConverter(typeof(ComponentModel.ParsableTypeConverter<ProjectId>))]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.IdentifierConverter<ProjectId>))]
public sealed class ProjectId : Identifier<ProjectId>, IIdentifier<ProjectId>
{
    private ProjectId(string value)
        : base(value)
    {
    }

    /// <inheritdoc/>
    static ProjectId IIdentifier<ProjectId>.Create(string value) => new(value);
}
