namespace CentralAsia.Domain.Trade;

/// <summary>Which way goods move, seen from the reporter of a <see cref="TradeFlow"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.KebabCaseEnumConverter<FlowDirection>))]
public enum FlowDirection
{
    /// <summary>The reporter's exports to the partner.</summary>
    Export = 1,

    /// <summary>The reporter's imports from the partner.</summary>
    Import = 2,

    /// <summary>
    /// Turnover as published: exports plus imports in one figure, when a source gives only the
    /// total. Never add a turnover figure to export or import figures of the same pair and period.
    /// </summary>
    Turnover = 3,
}
