using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Trade;

/// <summary>
/// One direction of trade between two countries as both report it: the exporter's exports to the importer
/// beside the importer's imports from the exporter — the comparison behind "mirror statistics".
/// </summary>
/// <remarks>
/// <para>Imports are usually valued CIF (with freight and insurance) and exports FOB, so a sound pair has a
/// <see cref="Ratio"/> a little above one; the band that counts as sound is the caller's (for example 0.9 to
/// 1.25). A pair where only one side reports has no ratio.</para>
/// <para>Built by <see cref="TradeLedger.MirrorFlows"/>. Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.MirrorFlowConverter))]
public sealed record MirrorFlow
{
    internal MirrorFlow(CountryCode exporter, CountryCode importer, TradePeriod period, TradeFlow? exports, TradeFlow? imports)
    {
        Exporter = exporter;
        Importer = importer;
        Period = period;
        Exports = exports;
        Imports = imports;
    }

    /// <summary>The country the goods leave.</summary>
    public CountryCode Exporter { get; }

    /// <summary>The country the goods enter.</summary>
    public CountryCode Importer { get; }

    /// <summary>The period.</summary>
    public TradePeriod Period { get; }

    /// <summary>The exporter's figure for its exports to the importer (all goods), or null when it reports none.</summary>
    public TradeFlow? Exports { get; }

    /// <summary>The importer's figure for its imports from the exporter (all goods), or null when it reports none.</summary>
    public TradeFlow? Imports { get; }

    /// <summary>The imports figure divided by the exports figure, or null when either is missing or exports are zero.</summary>
    /// <exception cref="System.OverflowException">The quotient is outside the range of <see cref="decimal"/> (exports of a cent against imports of 10^27), as for <see cref="Money"/>'s arithmetic.</exception>
    public decimal? Ratio => Exports is { } e && Imports is { } i && e.Value.Amount != 0m ? i.Value.Amount / e.Value.Amount : null;

    /// <summary>The absolute difference of the two figures, or null when either is missing.</summary>
    public Money? Gap => Exports is { } e && Imports is { } i ? new Money(decimal.Abs(i.Value.Amount - e.Value.Amount), e.Value.Currency) : null;

    /// <summary>Whether both sides report and the ratio lies in the band, bounds included.</summary>
    /// <param name="low">The lowest sound ratio.</param>
    /// <param name="high">The highest sound ratio; not below <paramref name="low"/>.</param>
    /// <returns>True when <see cref="Ratio"/> is known and within [<paramref name="low"/>, <paramref name="high"/>].</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="high"/> is below <paramref name="low"/>.</exception>
    /// <exception cref="System.OverflowException">The <see cref="Ratio"/> is outside the range of <see cref="decimal"/>.</exception>
    public bool IsWithin(decimal low, decimal high)
    {
        CheckBand(low, high);
        return Ratio is { } ratio && low <= ratio && ratio <= high;
    }

    /// <summary>Refuses a band whose top is below its bottom (shared with <see cref="TradeLedger.MirrorFlowsOutside"/>).</summary>
    internal static void CheckBand(decimal low, decimal high)
    {
        if (high < low)
        {
            throw new System.ArgumentOutOfRangeException(nameof(high), high, $"The band's top ({high}) is below its bottom ({low}).");
        }
    }
}
