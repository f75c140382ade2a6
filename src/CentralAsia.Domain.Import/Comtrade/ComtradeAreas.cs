using System.Collections.Frozen;
using System.Linq;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Import.Comtrade;

/// <summary>
/// UN Comtrade's reporter and partner codes. Comtrade uses UN M49 numeric codes, which are ISO 3166-1 numeric codes
/// for countries, except for five countries it codes its own way (842 USA, 251 France, 699 India, 757 Switzerland,
/// 579 Norway; the M49 codes of those five are read as well); 0 is the World; every other code (areas "nes", bunkers, free zones, special categories, groups such as
/// the EU, 490 "Other Asia, nes", former states) is not a country and is never guessed to be one.
/// </summary>
internal static class ComtradeAreas
{
    internal const int World = 0;

    // Each country by its M49 code and, for the five, by Comtrade's own code as well (its ISO column gives the
    // country's alpha-3 code for both: 842 is "USA", 251 "FRA").
    private static readonly FrozenDictionary<int, CountryCode> ByCode = CountryCode.All.AsImmutableArray()
        .SelectMany(c => new[] { (Code: c.Numeric, Country: c), (Code: Own(c.Numeric), Country: c) })
        .DistinctBy(x => x.Code)
        .ToFrozenDictionary(x => x.Code, x => x.Country);

    private static int Own(int m49) => m49 switch { 840 => 842, 250 => 251, 356 => 699, 756 => 757, 578 => 579, _ => m49 };

    /// <summary>The country a Comtrade code stands for, or null when it stands for none.</summary>
    internal static CountryCode? Country(int code) => ByCode.TryGetValue(code, out var country) ? country : null;
}
