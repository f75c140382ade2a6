using System;
using System.Collections.Generic;
using System.Linq;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Values;
using NodaTime;

namespace CentralAsia.Domain.Infrastructure;

/// <summary>Questions asked of infrastructure projects: status on a day, and filters by country, kind and status.</summary>
/// <remarks>Pure functions; thread-safe.</remarks>
public static class ProjectQueries
{
    /// <summary>The project's status on a day, from its dated history (see <see cref="ProjectStatusOnDate"/>).</summary>
    /// <param name="project">The project.</param>
    /// <param name="date">The day.</param>
    /// <returns>The status, or null when the first recorded change may lie after the day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    public static ProjectStatusOnDate? StatusOn(this InfrastructureProject project, LocalDate date)
    {
        Preconditions.CheckNotNull(project);
        StatusChange? certain = null;
        StatusChange? possible = null;
        foreach (var change in project.History)
        {
            if (change.Date.End <= date)
            {
                certain = change;
                possible = null;
            }
            else if (change.Date.Start <= date)
            {
                possible ??= change;
            }
        }

        return certain is null ? null : new ProjectStatusOnDate(certain.Status, certain, possible);
    }

    /// <summary>The projects whose route crosses a country.</summary>
    /// <param name="projects">The projects.</param>
    /// <param name="country">The country.</param>
    /// <returns>The projects, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projects"/> is null.</exception>
    public static IEnumerable<InfrastructureProject> Crossing(this IEnumerable<InfrastructureProject> projects, CountryCode country) =>
        Preconditions.CheckNotNull(projects).Where(p => p.Route.AsSpan().Contains(country));

    /// <summary>The projects of one kind.</summary>
    /// <param name="projects">The projects.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>The projects, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projects"/> is null.</exception>
    public static IEnumerable<InfrastructureProject> OfKind(this IEnumerable<InfrastructureProject> projects, ProjectKind kind) =>
        Preconditions.CheckNotNull(projects).Where(p => p.Kind == kind);

    /// <summary>The projects certainly in a status on a day.</summary>
    /// <param name="projects">The projects.</param>
    /// <param name="status">The status.</param>
    /// <param name="date">The day.</param>
    /// <returns>The projects, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projects"/> is null.</exception>
    public static IEnumerable<InfrastructureProject> WithStatusOn(this IEnumerable<InfrastructureProject> projects, ProjectStatus status, LocalDate date) =>
        Preconditions.CheckNotNull(projects).Where(p => p.StatusOn(date)?.Status == status);
}
