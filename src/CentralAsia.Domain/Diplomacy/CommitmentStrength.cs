namespace CentralAsia.Domain.Diplomacy;

/// <summary>
/// How binding a <see cref="Commitment"/> is, from stated intent to a signed agreement (event
/// ontologies separate intent from action; so does this scale).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.KebabCaseEnumConverter<CommitmentStrength>))]
public enum CommitmentStrength
{
    /// <summary>A stated intent or call ("will work to", "support", "call for").</summary>
    Intent = 1,

    /// <summary>A pledge of specific action or resources ("will provide RMB 26bn").</summary>
    Pledge = 2,

    /// <summary>A signed agreement, memorandum or treaty.</summary>
    Agreement = 3,
}
