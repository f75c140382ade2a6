using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Finance;

/// <summary>
/// The money of a set of <see cref="FinanceCommitment"/>s that may be added up, in constant 2021 US dollars,
/// and what was left out and why, so a total never hides the records it could not count.
/// </summary>
/// <remarks>Built by <see cref="FinanceQueries.TotalForAggregates"/>; the four counts add up to the records given.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.FinanceTotalConverter))]
public sealed record FinanceTotal
{
    internal FinanceTotal(Money amount, int counted, int umbrella, int notRecommended, int withoutAmount)
    {
        Amount = amount;
        Counted = counted;
        Umbrella = umbrella;
        NotRecommended = notRecommended;
        WithoutAmount = withoutAmount;
    }

    /// <summary>The sum of the counted records' adjusted amounts (their constant-2021-USD amount where no adjusted one is given).</summary>
    public Money Amount { get; }

    /// <summary>How many records were added into <see cref="Amount"/>.</summary>
    public int Counted { get; }

    /// <summary>How many umbrella records were left out: the records under them carry their money.</summary>
    public int Umbrella { get; }

    /// <summary>How many records the source does not recommend for totals (pledges, cancelled, repeats) were left out.</summary>
    public int NotRecommended { get; }

    /// <summary>How many recommended records were left out because they give no amount in constant 2021 US dollars.</summary>
    public int WithoutAmount { get; }
}
