using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Import.Comtrade;

/// <summary>
/// One imported UN Comtrade row: the validated <see cref="TradeFlow"/>, and what the row says beyond it that the flow
/// has no place for — the quantity and net weight and whether they were estimated — and where in the file it was.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ComtradeRecord
{
    internal ComtradeRecord(TradeFlow flow, long? line, string? jsonPointer, Quantity? quantity, bool quantityEstimated, Quantity? netWeight, bool netWeightEstimated)
    {
        Flow = flow;
        Line = line;
        JsonPointer = jsonPointer;
        Quantity = quantity;
        QuantityEstimated = quantityEstimated;
        NetWeight = netWeight;
        NetWeightEstimated = netWeightEstimated;
    }

    /// <summary>The trade flow.</summary>
    public TradeFlow Flow { get; }

    /// <summary>The line of a CSV file the row starts on, or null for JSON.</summary>
    public long? Line { get; }

    /// <summary>The JSON Pointer of the record in a JSON file, or null for CSV.</summary>
    public string? JsonPointer { get; }

    /// <summary>The quantity in the row's unit, when the unit is one the model holds (kg, l, m3, items), or null.</summary>
    public Quantity? Quantity { get; }

    /// <summary>Whether Comtrade marks the quantity as estimated.</summary>
    public bool QuantityEstimated { get; }

    /// <summary>The net weight in kilograms, or null.</summary>
    public Quantity? NetWeight { get; }

    /// <summary>Whether Comtrade marks the net weight as estimated.</summary>
    public bool NetWeightEstimated { get; }
}
