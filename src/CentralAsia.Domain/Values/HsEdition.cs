namespace CentralAsia.Domain.Values;

/// <summary>
/// An edition of the Harmonized System, named by the UN Comtrade classification codes H0–H6
/// that prefix an <see cref="HsCode"/> (<c>H6:271121</c>).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.KebabCaseEnumConverter<HsEdition>))]
public enum HsEdition
{
    /// <summary>HS 1992, prefix <c>H0</c>.</summary>
    Hs1992 = 1,

    /// <summary>HS 1996, prefix <c>H1</c>.</summary>
    Hs1996 = 2,

    /// <summary>HS 2002, prefix <c>H2</c>.</summary>
    Hs2002 = 3,

    /// <summary>HS 2007, prefix <c>H3</c>.</summary>
    Hs2007 = 4,

    /// <summary>HS 2012, prefix <c>H4</c>.</summary>
    Hs2012 = 5,

    /// <summary>HS 2017, prefix <c>H5</c>.</summary>
    Hs2017 = 6,

    /// <summary>HS 2022, prefix <c>H6</c>.</summary>
    Hs2022 = 7,
}
