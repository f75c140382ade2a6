using System.Collections.Generic;
using System.IO;

namespace CentralAsia.Domain.Columnar.Tests.Support;

// Parquet files made by DuckDB from SQL: any types, any values, any metadata, so the reader's every refusal can be shown.
internal static class Crafted
{
    // One valid row of the trade-flow schema, as DuckDB would write it (all columns nullable).
    internal const string ValidRow = """
        SELECT 'CN' AS reporter, 'KZ' AS partner, 'export' AS direction, 2022 AS year, NULL::INTEGER AS month,
               12.5::DECIMAL(38,6) AS value, 'USD' AS currency, 'fob' AS valuation, NULL::VARCHAR AS hs_code,
               NULL::VARCHAR AS hs_edition, false AS estimated, NULL::VARCHAR AS note, ['gacc-2022'] AS citations
        """;

    internal static byte[] File(string select, string? options = null)
    {
        using var folder = new TempFolder();
        var path = folder.File("crafted.parquet");
        using (var duck = new DuckDb())
        {
            duck.Execute($"COPY ({select}) TO {DuckDb.Quote(path)} (FORMAT parquet{(options is null ? string.Empty : ", " + options)})");
        }

        return System.IO.File.ReadAllBytes(path);
    }

    // The valid row with some columns replaced: Crafted.Replacing("-1::DECIMAL(38,6) AS value").
    internal static byte[] Replacing(string replacements) => File($"SELECT * REPLACE ({replacements}) FROM ({ValidRow})");

    internal static IEnumerable<string> Lines(IEnumerable<ColumnarError> errors)
    {
        foreach (var error in errors)
        {
            yield return error.ToString();
        }
    }

    internal static MemoryStream Stream(byte[] file) => new(file, writable: false);
}
