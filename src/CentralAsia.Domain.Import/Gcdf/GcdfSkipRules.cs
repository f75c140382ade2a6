namespace CentralAsia.Domain.Import.Gcdf;

/// <summary>
/// The rules by which a GCDF row is skipped rather than imported. Each is a key of <see cref="ImportSummary.Skipped"/>;
/// docs/import.md gives the columns and values of each.
/// </summary>
public static class GcdfSkipRules
{
    /// <summary>The record has no recipient country (<c>Recipient ISO-3</c> empty or not a country code): a regional or multi-country record such as "Africa, regional".</summary>
    public const string RecipientNotCountry = "recipient-not-a-country";

    /// <summary>The record's <c>Financier Country</c> is not China (the dataset is of Chinese finance; a row of another financier is not one of its records).</summary>
    public const string FinancierNotChina = "financier-not-china";
}
