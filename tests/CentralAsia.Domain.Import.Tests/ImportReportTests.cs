using System;
using System.Linq;
using CentralAsia.Domain.Values;
using NodaTime;
using Xunit;

namespace CentralAsia.Domain.Import.Tests;

// What an import tells a person: the exception's first five errors and how many more, the summary's line, an error
// without a file, and the cited source's title.
public sealed class ImportReportTests
{
    private static readonly ImportSummary Summary = new("flows.csv", "UN Comtrade CSV");

    [Fact]
    public void The_exception_lists_the_first_five_errors_and_counts_the_rest()
    {
        var errors = Enumerable.Range(1, 7).Select(i => new ImportError(ImportErrorCodes.ValueInvalid, $"bad {i}.", "flows.csv", i + 1)).ToArray();
        var n = Environment.NewLine;
        Assert.Equal(
            $"The import stopped with 7 error(s):{n}  flows.csv:2: import.value.invalid: bad 1.{n}  flows.csv:3: import.value.invalid: bad 2.{n}  flows.csv:4: import.value.invalid: bad 3.{n}" +
            $"  flows.csv:5: import.value.invalid: bad 4.{n}  flows.csv:6: import.value.invalid: bad 5.{n}  … and 2 more",
            new ImportException(errors, Summary).Message);
        Assert.Equal($"The import stopped with 5 error(s):{n}{string.Join(n, errors.Take(5).Select(e => "  " + e))}", new ImportException(errors[..5], Summary).Message);
        Assert.Same(Summary, new ImportException(errors, Summary).Summary);
        Assert.Equal(errors, new ImportException(errors, Summary).Errors);
        Assert.Throws<ArgumentNullException>(() => new ImportException(null!, Summary));
    }

    [Fact]
    public void The_summary_says_whether_the_import_read_to_the_end()
    {
        var summary = new ImportSummary("flows.csv", "UN Comtrade CSV");
        Assert.Equal("flows.csv (UN Comtrade CSV): 0 rows read, 0 imported, 0 skipped, 0 rejected (stopped before the end).", summary.ToString());
        summary.Completed = true;
        Assert.Equal("flows.csv (UN Comtrade CSV): 0 rows read, 0 imported, 0 skipped, 0 rejected.", summary.ToString());
    }

    [Fact]
    public void An_error_without_a_file_says_its_line_and_pointer()
    {
        Assert.Equal("line 3: import.value.invalid: bad.", new ImportError(ImportErrorCodes.ValueInvalid, "bad.", line: 3).ToString());
        Assert.Equal("/data/0: column 'x': import.value.invalid: bad.", new ImportError(ImportErrorCodes.ValueInvalid, "bad.", jsonPointer: "/data/0", column: "x").ToString());
    }

    [Fact]
    public void The_cited_source_is_titled_by_the_file_or_the_given_title_with_the_date_and_counts()
    {
        var source = new ImportSource(SourceId.Parse("comtrade-test"), "UN Comtrade", new Uri("https://comtradeplus.un.org/"), new LocalDate(2026, 11, 30));
        Assert.Equal("flows.csv, retrieved 2026-11-30: 0 rows read, 0 imported", source.ToSource(Summary).Title);
        Assert.Equal("China's exports, retrieved 2026-11-30: 0 rows read, 0 imported", (source with { Title = "China's exports" }).ToSource(Summary).Title);
        Assert.Equal(source.Id, source.ToSource(Summary).Id);
        Assert.Equal("UN Comtrade", source.ToSource(Summary).Publisher);
        Assert.Throws<ArgumentNullException>(() => source.ToSource(null!));
    }
}
