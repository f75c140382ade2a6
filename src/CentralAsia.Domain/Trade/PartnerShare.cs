namespace CentralAsia.Domain.Trade;

/// <summary>One partner's row of a <see cref="TradeBreakdown"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.PartnerShareConverter))]
public sealed record PartnerShare
{
    internal PartnerShare(TradeTotal total, decimal share, int rank)
    {
        Total = total;
        Share = share;
        Rank = rank;
    }

    /// <summary>The total trade with this partner.</summary>
    public TradeTotal Total { get; }

    /// <summary>The partner's share of the breakdown's total, from 0 to 1.</summary>
    public decimal Share { get; }

    /// <summary>1 for the largest partner; equal totals share a rank.</summary>
    public int Rank { get; }
}
