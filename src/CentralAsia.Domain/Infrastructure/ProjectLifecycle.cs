using System;
using System.Collections.Generic;
using System.Linq;

namespace CentralAsia.Domain.Infrastructure;

/// <summary>
/// The changes of <see cref="ProjectStatus"/> a project may go through:
/// proposed → agreed → under construction → operational, with suspension and cancellation possible
/// on the way.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Proposed → agreed, under construction (the agreement is not always reported), suspended, cancelled.</item>
/// <item>Agreed → under construction, suspended, cancelled.</item>
/// <item>Under construction → operational, suspended, cancelled.</item>
/// <item>Operational → suspended, cancelled (decommissioned).</item>
/// <item>Suspended → agreed, under construction, operational (work or operation resumes), cancelled.</item>
/// <item>Cancelled → proposed (a project revived from scratch).</item>
/// </list>
/// A change to the same status is not a change and is not allowed. The first status of a history may be any.
/// </remarks>
public static class ProjectLifecycle
{
    /// <summary>Whether a project may go from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The next status.</param>
    /// <returns>True when the change is allowed.</returns>
    public static bool IsAllowed(ProjectStatus from, ProjectStatus to) => from switch
    {
        ProjectStatus.Proposed => to is ProjectStatus.Agreed or ProjectStatus.UnderConstruction or ProjectStatus.Suspended or ProjectStatus.Cancelled,
        ProjectStatus.Agreed => to is ProjectStatus.UnderConstruction or ProjectStatus.Suspended or ProjectStatus.Cancelled,
        ProjectStatus.UnderConstruction => to is ProjectStatus.Operational or ProjectStatus.Suspended or ProjectStatus.Cancelled,
        ProjectStatus.Operational => to is ProjectStatus.Suspended or ProjectStatus.Cancelled,
        ProjectStatus.Suspended => to is ProjectStatus.Agreed or ProjectStatus.UnderConstruction or ProjectStatus.Operational or ProjectStatus.Cancelled,
        ProjectStatus.Cancelled => to is ProjectStatus.Proposed,
        _ => false,
    };

    /// <summary>The statuses a project may go to from <paramref name="from"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <returns>The allowed next statuses, in enumeration order.</returns>
    public static IReadOnlyList<ProjectStatus> AllowedNext(ProjectStatus from) =>
        Enum.GetValues<ProjectStatus>().Where(to => IsAllowed(from, to)).ToArray();
}
