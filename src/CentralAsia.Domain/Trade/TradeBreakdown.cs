using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Trade;

/// <summary>A reporter's trade in a period broken down by partner, largest first, with shares and ranks.</summary>
/// <remarks>Shares sum to 1 up to decimal rounding. Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.TradeBreakdownConverter))]
public sealed record TradeBreakdown
{
    internal TradeBreakdown(CountryCode reporter, TradePeriod period, Money? total, EquatableArray<PartnerShare> partners, EquatableArray<CountryCode> unknown)
    {
        Reporter = reporter;
        Period = period;
        Total = total;
        Partners = partners;
        Unknown = unknown;
    }

    /// <summary>Whose statistics.</summary>
    public CountryCode Reporter { get; }

    /// <summary>The period.</summary>
    public TradePeriod Period { get; }

    /// <summary>
    /// The sum over the partners listed (not the reporter's trade with the world), in the ledger's currency;
    /// zero when no partner asked for has a total; null when the ledger is empty and so has no currency.
    /// </summary>
    public Money? Total { get; }

    /// <summary>One row per partner with a known total, largest first.</summary>
    public EquatableArray<PartnerShare> Partners { get; }

    /// <summary>Partners asked for whose total the reporter's statistics do not give.</summary>
    public EquatableArray<CountryCode> Unknown { get; }
}
