using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Trade;

/// <summary>A published group total (China–Central Asia) checked against the sum of the same reporter's country figures.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.GroupTotalCheckConverter))]
public sealed record GroupTotalCheck
{
    internal GroupTotalCheck(TradeTotal published, Money sumOfParts, EquatableArray<TradeTotal> parts, EquatableArray<CountryCode> missing)
    {
        Published = published;
        SumOfParts = sumOfParts;
        Parts = parts;
        Missing = missing;
    }

    /// <summary>The published group total.</summary>
    public TradeTotal Published { get; }

    /// <summary>The sum of the country totals that are known.</summary>
    public Money SumOfParts { get; }

    /// <summary>The country totals used.</summary>
    public EquatableArray<TradeTotal> Parts { get; }

    /// <summary>Group members with no country total.</summary>
    public EquatableArray<CountryCode> Missing { get; }

    /// <summary>The sum of the parts minus the published total.</summary>
    public Money Difference => SumOfParts - Published.Value;

    /// <summary>The difference relative to the published total (0.001 = 0.1%), or null when the total is zero.</summary>
    public decimal? RelativeDifference => Published.Value.Amount == 0m ? null : Difference.Amount / Published.Value.Amount;

    /// <summary>Whether every member has a figure and the parts match the total within <paramref name="tolerance"/> (relative).</summary>
        /// <returns>True when consistent.</returns>
    public bool IsConsistent(decimal tolerance) => Missing.IsEmpty && RelativeDifference is { } r && decimal.Abs(r) <= tolerance;
}
