using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.EntityFrameworkCore.Tests;

/// <summary>An entity of the app's own, holding the library's value types as properties.</summary>
public sealed class Shipment
{
    public int Id { get; set; }

    public CountryCode Origin { get; set; }

    public TradePartner Destination { get; set; } = TradePartner.Of(CountryCode.Kazakhstan);

    public TradePeriod Period { get; set; }

    public Money Price { get; set; }

    public Quantity? Volume { get; set; }

    public HsCode? Commodity { get; set; }

    public FlowDirection Direction { get; set; }

    public LeaderId? SignedBy { get; set; }

    public EquatableArray<SourceId> Citations { get; set; }
}
