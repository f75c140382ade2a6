using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CentralAsia.Domain.Import.Tests.Gcdf;

/// <summary>Made-up GCDF 3.0 rows in the published layout (the column names as in the workbook, trailing spaces included).</summary>
internal static class GcdfFiles
{
    internal static readonly string[] Header =
    [
        "AidData Record ID", "AidData Parent ID", "Umbrella", "Financier Country", "Recipient", "Recipient ISO-3", "Recipient Region", "Commitment Year",
        "Implementation Start Year", "Completion Year", "Title", "Description", "Status", "Intent", "Flow Type", "Flow Type Simplified", "Flow Class",
        "Sector Code", "Sector Name", "Infrastructure", "Funding Agencies", "Funding Agencies Type", "Amount (Original Currency)", "Original Currency",
        "Amount (Constant USD 2021) ", "Amount (Nominal USD) ", "Adjusted Amount (Original Currency) ", "Adjusted Amount (Constant USD 2021) ",
        "Commitment Date (MM/DD/YYYY)", "Actual Implementation Start Date (MM/DD/YYYY)", "Actual Completion Date (MM/DD/YYYY)", "Recommended For Aggregates",
    ];

    internal static Dictionary<string, string> Row(params (string Column, string Value)[] changes)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AidData Record ID"] = "35001", ["AidData Parent ID"] = "", ["Umbrella"] = "No", ["Financier Country"] = "China (People's Republic of)",
            ["Recipient"] = "Kyrgyz Republic", ["Recipient ISO-3"] = "KGZ", ["Recipient Region"] = "Asia", ["Commitment Year"] = "2014",
            ["Implementation Start Year"] = "2015", ["Completion Year"] = "2017", ["Title"] = "A made-up road loan, Bishkek to Naryn",
            ["Description"] = "Made up for the tests, in the layout of GCDF 3.0.", ["Status"] = "Completion", ["Intent"] = "Development",
            ["Flow Type"] = "Loan", ["Flow Type Simplified"] = "Loan", ["Flow Class"] = "ODA-like", ["Sector Code"] = "210",
            ["Sector Name"] = "TRANSPORT AND STORAGE", ["Infrastructure"] = "Yes", ["Funding Agencies"] = "Export-Import Bank of China (China Eximbank)",
            ["Funding Agencies Type"] = "State-owned Policy Bank", ["Amount (Original Currency)"] = "1500000000", ["Original Currency"] = "CNY",
            ["Amount (Constant USD 2021) "] = "260000000.25", ["Amount (Nominal USD) "] = "244000000", ["Adjusted Amount (Original Currency) "] = "1500000000",
            ["Adjusted Amount (Constant USD 2021) "] = "255000000.75", ["Commitment Date (MM/DD/YYYY)"] = "09/13/2014",
            ["Actual Implementation Start Date (MM/DD/YYYY)"] = "03/01/2015", ["Actual Completion Date (MM/DD/YYYY)"] = "", ["Recommended For Aggregates"] = "Yes",
        };
        foreach (var (column, value) in changes)
        {
            row[column] = value;
        }

        return row;
    }

    internal static string Csv(IEnumerable<IReadOnlyDictionary<string, string>> rows, IReadOnlyList<string>? header = null) =>
        Comtrade.ComtradeFiles.Csv(header ?? Header, rows);

    /// <summary>A workbook with the rows on a sheet of the given name (MiniExcel writes it; the package reads it with ExcelDataReader).</summary>
    internal static MemoryStream Workbook(IEnumerable<IReadOnlyDictionary<string, string>> rows, string sheet = "GCDF_3.0", IReadOnlyList<string>? header = null)
    {
        var columns = header ?? Header;
        var data = rows.Select(r => columns.ToDictionary(c => c, c => (object?)Cell(r.TryGetValue(c, out var v) ? v : null))).ToList();
        var stream = new MemoryStream();
        if (data.Count == 0)
        {
            data.Add(columns.ToDictionary(c => c, c => (object?)null));
        }

        MiniExcelLibs.MiniExcel.SaveAs(stream, data, sheetName: sheet);
        stream.Position = 0;
        return stream;
    }

    // Numbers as numeric cells, as in AidData's workbook; the rest as text.
    private static object? Cell(string? value) =>
        string.IsNullOrEmpty(value) ? null
        : decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d) && !value.StartsWith('0') ? (object)(double)d
        : value;
}
