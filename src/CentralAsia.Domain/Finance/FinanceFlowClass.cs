namespace CentralAsia.Domain.Finance;

/// <summary>
/// How concessional a <see cref="FinanceCommitment"/> is, in the OECD's terms as AidData's Global Chinese
/// Development Finance dataset applies them to Chinese official finance (its <c>Flow Class</c> column).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.KebabCaseEnumConverter<FinanceFlowClass>))]
public enum FinanceFlowClass
{
    /// <summary>Like official development assistance: development intent and concessional enough (<c>ODA-like</c>).</summary>
    OdaLike = 1,

    /// <summary>Other official flows: official, but commercial or not concessional enough (<c>OOF-like</c>).</summary>
    OofLike = 2,

    /// <summary>
    /// Official finance that cannot be classed either way for want of detail, such as a loan whose terms are
    /// unknown (<c>Vague (Official Finance)</c>).
    /// </summary>
    Vague = 3,
}
