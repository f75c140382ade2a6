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

    /// <summary>
    /// The reporter's re-exports to the partner: foreign goods exported again without substantial
    /// change (UN Comtrade's flow code <c>RX</c>). Under the general trade system a reporter's
    /// exports already include its re-exports, so a re-export figure is detail: it never adds to a
    /// <see cref="TradeLedger"/> total.
    /// </summary>
    ReExport = 4,

    /// <summary>
    /// The reporter's re-imports from the partner: its own goods coming back (UN Comtrade's flow
    /// code <c>RM</c>). Detail like <see cref="ReExport"/>: it never adds to a
    /// <see cref="TradeLedger"/> total.
    /// </summary>
    ReImport = 5,
}
