namespace CentralAsia.Domain.Values;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.KebabCaseEnumConverter<PartialDatePrecision>))]
public enum PartialDatePrecision
{
    /// <summary>Only the year, written <c>yyyy</c>.</summary>
    Year = 1,

    /// <summary>The year and month, written <c>yyyy-MM</c>.</summary>
    Month = 2,

    /// <summary>The full date, written <c>yyyy-MM-dd</c>.</summary>
    Day = 3,
}
