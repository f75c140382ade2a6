namespace CentralAsia.Domain.Trade;

/// <summary>How a <see cref="TradeTotal"/> was obtained.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.KebabCaseEnumConverter<TotalBasis>))]
public enum TotalBasis
{
    /// <summary>A published turnover figure.</summary>
    Turnover = 1,

    /// <summary>The reporter's exports plus its imports (no turnover figure was published).</summary>
    ExportsPlusImports = 2,

    /// <summary>The sum of twelve monthly totals (no yearly figure was published).</summary>
    SumOfMonths = 3,
}
