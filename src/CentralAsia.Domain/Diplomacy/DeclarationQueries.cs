using System;
using System.Collections.Generic;
using System.Linq;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Diplomacy;

/// <summary>Questions asked of declarations: commitments by theme, country, strength and project, and the projects a summit concerns.</summary>
/// <remarks>Pure functions; thread-safe.</remarks>
public static class DeclarationQueries
{
    /// <summary>The commitments on a theme.</summary>
    /// <param name="commitments">The commitments.</param>
    /// <param name="theme">The theme.</param>
    /// <returns>The commitments, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitments"/> is null.</exception>
    public static IEnumerable<Commitment> OnTheme(this IEnumerable<Commitment> commitments, CommitmentTheme theme) =>
        Preconditions.CheckNotNull(commitments).Where(c => c.Theme == theme);

    /// <summary>The commitments in which a country acts.</summary>
    /// <param name="commitments">The commitments.</param>
    /// <param name="country">The country.</param>
    /// <returns>The commitments, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitments"/> is null.</exception>
    public static IEnumerable<Commitment> ActedOnBy(this IEnumerable<Commitment> commitments, CountryCode country) =>
        Preconditions.CheckNotNull(commitments).Where(c => c.Actors.AsSpan().Contains(country));

    /// <summary>The commitments from which a country benefits.</summary>
    /// <param name="commitments">The commitments.</param>
    /// <param name="country">The country.</param>
    /// <returns>The commitments, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitments"/> is null.</exception>
    public static IEnumerable<Commitment> Benefiting(this IEnumerable<Commitment> commitments, CountryCode country) =>
        Preconditions.CheckNotNull(commitments).Where(c => c.Beneficiaries.AsSpan().Contains(country));

    /// <summary>The commitments at least as binding as <paramref name="strength"/> (intent &lt; pledge &lt; agreement).</summary>
    /// <param name="commitments">The commitments.</param>
    /// <param name="strength">The weakest strength to include.</param>
    /// <returns>The commitments, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitments"/> is null.</exception>
    public static IEnumerable<Commitment> AtLeast(this IEnumerable<Commitment> commitments, CommitmentStrength strength) =>
        Preconditions.CheckNotNull(commitments).Where(c => c.Strength >= strength);

    /// <summary>The commitments that concern a project.</summary>
    /// <param name="commitments">The commitments.</param>
    /// <param name="project">The project's id.</param>
    /// <returns>The commitments, in order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<Commitment> Concerning(this IEnumerable<Commitment> commitments, ProjectId project)
    {
        Preconditions.CheckNotNull(project);
        return Preconditions.CheckNotNull(commitments).Where(c => c.Projects.AsSpan().Contains(project));
    }
}
