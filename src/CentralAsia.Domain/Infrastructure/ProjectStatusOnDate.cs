namespace CentralAsia.Domain.Infrastructure;

/// <summary>
/// A project's status on a day, honest about partial dates: the last change certainly in effect,
/// and — when a later change is dated only to a year or month that includes the day — the status
/// it may already have had.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.ProjectStatusOnDateConverter))]
public sealed record ProjectStatusOnDate
{
    internal ProjectStatusOnDate(ProjectStatus status, StatusChange since, StatusChange? possiblyChangedTo)
    {
        Status = status;
        Since = since;
        PossiblyChangedTo = possiblyChangedTo;
    }

    /// <summary>The status certainly in effect (the last change dated entirely before or on the day).</summary>
    public ProjectStatus Status { get; }

    /// <summary>The change that set the status.</summary>
    public StatusChange Since { get; }

    /// <summary>A later change whose date range includes the day (construction "began in 2014" on a day in 2014), or null.</summary>
    public StatusChange? PossiblyChangedTo { get; }

    /// <summary>Whether the status on the day is known for certain.</summary>
    public bool IsCertain => PossiblyChangedTo is null;
}
