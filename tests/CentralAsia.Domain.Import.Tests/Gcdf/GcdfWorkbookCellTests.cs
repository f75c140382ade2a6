using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Import.Gcdf;
using CentralAsia.Domain.Values;
using NodaTime;
using Xunit;
using static CentralAsia.Domain.Import.Tests.Gcdf.GcdfFiles;

namespace CentralAsia.Domain.Import.Tests.Gcdf;

/// <summary>
/// A workbook's typed cells — dates, booleans, numbers — read as the text its CSV export would hold, so a sheet whose
/// author typed real dates and ticks imports the same commitments as one typed as text; a value the text form cannot
/// carry (a date with a time of day) is an error at its cell, never cut silently.
/// </summary>
public class GcdfWorkbookCellTests
{
    private static List<FinanceCommitment> Read(Stream stream, string file) => GcdfImportTests.Read(stream, file: file).Records;

    /// <summary>The default row with some cells replaced by typed values (MiniExcel writes each in its own cell type).</summary>
    private static MemoryStream TypedWorkbook(params (string Column, object? Value)[] typed)
    {
        var text = Row();
        var cells = Header.ToDictionary(c => c, c => (object?)(string.IsNullOrEmpty(text[c]) ? null : text[c]));
        foreach (var (column, value) in typed)
        {
            cells[column] = value;
        }

        var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, new List<Dictionary<string, object?>> { cells }, sheetName: "GCDF_3.0");
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Typed_dates_booleans_and_numbers_read_as_their_text_would()
    {
        var asText = Assert.Single(Read(Workbook([Row()]), "text.xlsx"));
        var typed = Assert.Single(Read(
            TypedWorkbook(
                ("Commitment Date (MM/DD/YYYY)", new DateTime(2014, 9, 13)),
                ("Actual Implementation Start Date (MM/DD/YYYY)", new DateTime(2015, 3, 1)),
                ("Umbrella", false),
                ("Infrastructure", true),
                ("Recommended For Aggregates", true),
                ("Commitment Year", 2014),
                ("AidData Record ID", 35001.0),
                ("Amount (Constant USD 2021) ", 260000000.25),
                ("Adjusted Amount (Constant USD 2021) ", 255000000.75m)),
            "typed.xlsx"));
        Assert.Equal(asText, typed);
        Assert.Equal(PartialDate.Parse("2014-09-13"), typed.Committed);
        Assert.True(typed.RecommendedForAggregates);
        Assert.False(typed.Umbrella);
    }

    [Fact]
    public void Typed_false_booleans_read_as_No()
    {
        var typed = Assert.Single(Read(TypedWorkbook(("Umbrella", true), ("Recommended For Aggregates", false)), "typed.xlsx"));
        Assert.True(typed.Umbrella);
        Assert.False(typed.RecommendedForAggregates);
    }

    [Fact]
    public void A_sheet_without_even_a_header_row_is_one_clear_error()
    {
        var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, new List<Dictionary<string, object?>>(), sheetName: "GCDF_3.0", printHeader: false);
        stream.Position = 0;
        var e = Assert.Single(Assert.Throws<ImportException>(() => Read(stream, "empty.xlsx")).Errors);
        Assert.Equal((ImportErrorCodes.FileUnknownLayout, "empty.xlsx", 1L), (e.Code, e.File, e.Line!.Value));
        Assert.Equal("The sheet 'GCDF_3.0' is empty: it has no header row.", e.Message);
    }

    [Fact]
    public void A_date_cell_with_a_time_of_day_is_an_error_at_its_cell()
    {
        var e = Assert.Single(Assert.Throws<ImportException>(() =>
            Read(TypedWorkbook(("Commitment Date (MM/DD/YYYY)", new DateTime(2014, 9, 13, 15, 30, 0))), "timed.xlsx")).Errors);
        Assert.Equal(("timed.xlsx", 2L, "Commitment Date (MM/DD/YYYY)"), (e.File, e.Line!.Value, e.Column));
        Assert.Contains("2014-09-13T15:30:00", e.Message, StringComparison.Ordinal);
    }
}
