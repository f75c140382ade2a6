namespace CentralAsia.Domain.People;

/// <summary>Who held an office on a day: the leader and the term that covers the day.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.IncumbencyConverter))]
public sealed record Incumbency
{
    internal Incumbency(Leader leader, Term term)
    {
        Leader = leader;
        Term = term;
    }

    /// <summary>The office holder.</summary>
    public Leader Leader { get; }

    /// <summary>The term covering the day (its kind tells whether the holder was acting).</summary>
    public Term Term { get; }
}
