namespace CentralAsia.Domain.Finance;

/// <summary>
/// The stage a <see cref="FinanceCommitment"/> has reached, as AidData's Global Chinese Development Finance
/// dataset records it (its <c>Status</c> column).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.KebabCaseEnumConverter<FinanceStatus>))]
public enum FinanceStatus
{
    /// <summary>Announced or pledged, not yet a binding commitment (<c>Pipeline: Pledge</c>).</summary>
    Pledged = 1,

    /// <summary>Formally committed, not yet being carried out (<c>Pipeline: Commitment</c>).</summary>
    Committed = 2,

    /// <summary>Being carried out (<c>Implementation</c>).</summary>
    Implementation = 3,

    /// <summary>Carried out (<c>Completion</c>).</summary>
    Completed = 4,

    /// <summary>Halted after commitment (<c>Suspended</c>).</summary>
    Suspended = 5,

    /// <summary>Cancelled after commitment (<c>Cancelled</c>).</summary>
    Cancelled = 6,
}
