using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace CentralAsia.Domain.Benchmarks;

/// <summary>
/// A generated UN Comtrade bulk CSV of N rows in the current layout (its 40 columns), every row a valid bilateral
/// figure: reporters and partners from 30 countries, exports and imports, annual and monthly, all goods and HS 6.
/// </summary>
public static class ComtradeFile
{
    private static readonly (string Code, string Iso)[] Countries =
    [
        ("156", "CHN"), ("398", "KAZ"), ("417", "KGZ"), ("762", "TJK"), ("795", "TKM"), ("860", "UZB"), ("643", "RUS"), ("842", "USA"), ("276", "DEU"),
        ("392", "JPN"), ("410", "KOR"), ("356", "IND"), ("251", "FRA"), ("826", "GBR"), ("380", "ITA"), ("724", "ESP"), ("528", "NLD"), ("792", "TUR"),
        ("364", "IRN"), ("586", "PAK"), ("004", "AFG"), ("496", "MNG"), ("031", "AZE"), ("268", "GEO"), ("051", "ARM"), ("112", "BLR"), ("804", "UKR"),
        ("616", "POL"), ("757", "CHE"), ("579", "NOR"),
    ];

    private const string Header =
        "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc," +
        "partner2Code,partner2ISO,classificationCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,mosCode,motCode,qtyUnitCode," +
        "qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQty,netWgt,isNetWgtEstimated,grossWgt,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate";

    /// <summary>The file of <paramref name="rows"/> rows in the temporary folder, written once.</summary>
    public static string Path(int rows)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"comtrade-{rows}.csv");
        if (!File.Exists(path))
        {
            Write(path, rows);
        }

        return path;
    }

    private static void Write(string path, int rows)
    {
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write(Header);
            writer.Write('\n');
            var random = new Random(2022);
            for (var i = 0; i < rows; i++)
            {
                var reporter = Countries[i % Countries.Length];
                var partner = Countries[(i / Countries.Length + 1 + (i % Countries.Length)) % Countries.Length];
                if (partner.Code == reporter.Code)
                {
                    partner = Countries[(Array.IndexOf(Countries, reporter) + 1) % Countries.Length];
                }

                var import = i % 2 == 0;
                var monthly = i % 3 == 0;
                var year = 2000 + (i % 25);
                var month = 1 + (i % 12);
                var total = i % 5 == 0;
                var hs = (random.Next(10, 97) * 10000 + random.Next(0, 9999)).ToString("D6", CultureInfo.InvariantCulture);
                var value = (random.Next(1, 1_000_000) * 1000m + random.Next(0, 100) / 100m).ToString(CultureInfo.InvariantCulture);
                var qty = random.Next(0, 5_000_000).ToString(CultureInfo.InvariantCulture);
                writer.Write(
                    $"C,{(monthly ? "M" : "A")},{year}{(monthly ? month : 1):D2}01,{year},{(monthly ? month : 52)},{(monthly ? $"{year}{month:D2}" : year.ToString(CultureInfo.InvariantCulture))}," +
                    $"{reporter.Code},{reporter.Iso},Reporter {reporter.Iso},{(import ? "M" : "X")},{(import ? "Import" : "Export")},{partner.Code},{partner.Iso},\"Partner, {partner.Iso}\"," +
                    $"0,W00,H6,true,{(total ? "TOTAL" : hs)},\"Commodity {hs}, described\",{(total ? 0 : 6)},{(total ? "false" : "true")},C00,0,0,8,kg,{qty},false,-1,," +
                    $"{qty},false,,{(import ? value : "")},{(import ? "" : value)},{value},0,true,false\n");
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}
