using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Trade;

/// <summary>
/// "Mirror statistics": the same trade as each side reports it — A's total with B beside B's total
/// with A — and how far apart they are.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.MirrorComparisonConverter))]
public sealed record MirrorComparison
{
    internal MirrorComparison(TradeTotal? first, TradeTotal? second)
    {
        First = first;
        Second = second;
    }

    /// <summary>The first country's figure for its trade with the second, or null.</summary>
    public TradeTotal? First { get; }

    /// <summary>The second country's figure for its trade with the first, or null.</summary>
    public TradeTotal? Second { get; }

    /// <summary>The absolute difference of the two figures, or null when either is unknown.</summary>
    public Money? Gap => First is { } a && Second is { } b ? new Money(decimal.Abs(a.Value.Amount - b.Value.Amount), a.Value.Currency) : null;

    /// <summary>The first figure divided by the second, or null when either is unknown or the second is zero.</summary>
    public decimal? Ratio => First is { } a && Second is { } b && b.Value.Amount != 0m ? a.Value.Amount / b.Value.Amount : null;
}
