namespace CentralAsia.Domain.Infrastructure;

/// <summary>The stage of an infrastructure project; see <see cref="ProjectLifecycle"/> for the allowed changes.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.KebabCaseEnumConverter<ProjectStatus>))]
public enum ProjectStatus
{
    /// <summary>Proposed or under study, not yet agreed.</summary>
    Proposed = 1,

    /// <summary>Agreed between the parties (an intergovernmental agreement, a signed contract).</summary>
    Agreed = 2,

    /// <summary>Under construction (from ground-breaking).</summary>
    UnderConstruction = 3,

    /// <summary>In operation.</summary>
    Operational = 4,

    /// <summary>Work or operation stopped, possibly to resume.</summary>
    Suspended = 5,

    /// <summary>Abandoned.</summary>
    Cancelled = 6,
}
