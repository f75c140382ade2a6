namespace CentralAsia.Domain.People;

/// <summary>The constitutional role an <see cref="Office"/> carries.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.KebabCaseEnumConverter<OfficeRole>))]
public enum OfficeRole
{
    /// <summary>Head of state (a president, or a chairman of a supreme soviet acting as one).</summary>
    HeadOfState = 1,

    /// <summary>Head of government (a prime minister, a chairman of the cabinet).</summary>
    HeadOfGovernment = 2,

    /// <summary>Any other office (a speaker, a minister, a "national leader").</summary>
    Other = 3,
}
