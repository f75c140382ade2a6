using System;
using System.Collections.Generic;
using System.Linq;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Finance;

/// <summary>
/// The questions asked of development-finance records: by recipient and year, by lender, the finance behind a
/// project, and a total that never counts the same money twice.
/// </summary>
public static class FinanceQueries
{
    /// <summary>The commitments to one recipient.</summary>
    /// <param name="commitments">The commitments.</param>
    /// <param name="recipient">The recipient country.</param>
    /// <returns>The commitments to <paramref name="recipient"/>, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitments"/> is null.</exception>
    public static IEnumerable<FinanceCommitment> ForRecipient(this IEnumerable<FinanceCommitment> commitments, CountryCode recipient) =>
        Preconditions.CheckNotNull(commitments).Where(c => c.Recipient == recipient);

    /// <summary>The commitments made in one year (by <see cref="FinanceCommitment.Committed"/>; records without a commitment date are not in any year).</summary>
    /// <param name="commitments">The commitments.</param>
    /// <param name="year">The year of commitment.</param>
    /// <returns>The commitments of <paramref name="year"/>, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitments"/> is null.</exception>
    public static IEnumerable<FinanceCommitment> CommittedIn(this IEnumerable<FinanceCommitment> commitments, int year) =>
        Preconditions.CheckNotNull(commitments).Where(c => c.Committed is { } date && date.Year == year);

    /// <summary>The commitments one lender took part in, matching a funding agency's name without regard to case.</summary>
    /// <param name="commitments">The commitments.</param>
    /// <param name="lender">The funding agency's name as the source gives it, such as <c>Export-Import Bank of China (China Eximbank)</c>.</param>
    /// <returns>The commitments that list <paramref name="lender"/>, in the order given.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<FinanceCommitment> ByLender(this IEnumerable<FinanceCommitment> commitments, string lender)
    {
        Preconditions.CheckNotNull(commitments);
        Preconditions.CheckNotNull(lender);
        return commitments.Where(c => c.FundingAgencies.AsImmutableArray().Contains(lender, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The commitments that finance one infrastructure project.</summary>
    /// <param name="commitments">The commitments.</param>
    /// <param name="project">The project's id.</param>
    /// <returns>The commitments linked to <paramref name="project"/>, in the order given.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<FinanceCommitment> ForProject(this IEnumerable<FinanceCommitment> commitments, ProjectId project)
    {
        Preconditions.CheckNotNull(commitments);
        Preconditions.CheckNotNull(project);
        return commitments.Where(c => c.Project == project);
    }

    /// <summary>
    /// The total AidData recommends: the adjusted constant-2021-USD amounts (the unadjusted one where no adjusted
    /// one is given) of the records <see cref="FinanceCommitment.RecommendedForAggregates"/>, leaving out umbrella
    /// records, whose money the records under them repeat.
    /// </summary>
    /// <param name="commitments">The commitments.</param>
    /// <returns>The total, with the count of every record left out and why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitments"/> or one of its elements is null.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/> (about 7.9e28), as for <see cref="Money"/>'s addition.</exception>
    public static FinanceTotal TotalForAggregates(this IEnumerable<FinanceCommitment> commitments)
    {
        Preconditions.CheckNotNull(commitments);
        var sum = 0m;
        int counted = 0, umbrella = 0, notRecommended = 0, withoutAmount = 0;
        foreach (var commitment in commitments)
        {
            Preconditions.CheckNotNull(commitment, nameof(commitments));
            if (commitment.Umbrella)
            {
                umbrella++;
            }
            else if (!commitment.RecommendedForAggregates)
            {
                notRecommended++;
            }
            else if ((commitment.AdjustedConstantUsd2021 ?? commitment.ConstantUsd2021) is { } amount)
            {
                sum += amount.Amount;
                counted++;
            }
            else
            {
                withoutAmount++;
            }
        }

        return new FinanceTotal(new Money(sum, CurrencyCode.Usd), counted, umbrella, notRecommended, withoutAmount);
    }
}
