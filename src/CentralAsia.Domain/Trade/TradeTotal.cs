using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Trade;

/// <summary>
/// Total trade between a reporter and a partner in a period, as the reporter's statistics give it,
/// with the flows it was computed from.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.TradeTotalConverter))]
public sealed record TradeTotal
{
    internal TradeTotal(CountryCode reporter, TradePartner partner, TradePeriod period, Money value, TotalBasis basis, EquatableArray<TradeFlow> flows)
    {
        Reporter = reporter;
        Partner = partner;
        Period = period;
        Value = value;
        Basis = basis;
        Flows = flows;
    }

    /// <summary>Whose statistics.</summary>
    public CountryCode Reporter { get; }

    /// <summary>The partner.</summary>
    public TradePartner Partner { get; }

    /// <summary>The period.</summary>
    public TradePeriod Period { get; }

    /// <summary>The total.</summary>
    public Money Value { get; }

    /// <summary>Whether it is a published turnover, exports plus imports, or a sum of months.</summary>
    public TotalBasis Basis { get; }

    /// <summary>The flows used.</summary>
    public EquatableArray<TradeFlow> Flows { get; }

    /// <summary>Whether any flow used is an estimate.</summary>
    public bool Estimated
    {
        get
        {
            foreach (var flow in Flows)
            {
                if (flow.Estimated)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
