namespace CentralAsia.Domain.Values;

/// <summary>Whether a <see cref="TradePeriod"/> is a calendar year or a calendar month.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.KebabCaseEnumConverter<TradePeriodKind>))]
public enum TradePeriodKind
{
    /// <summary>A calendar year, written <c>yyyy</c>.</summary>
    Year = 1,

    /// <summary>A calendar month, written <c>yyyy-MM</c>.</summary>
    Month = 2,
}
