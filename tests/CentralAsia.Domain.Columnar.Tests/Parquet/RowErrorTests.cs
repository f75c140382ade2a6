using System;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Columnar.Tests.Support;
using CentralAsia.Domain.Validation;
using Xunit;

namespace CentralAsia.Domain.Columnar.Tests.Parquet;

// Every value the model refuses is an error with its row, its column and the model's own code; never a default.
public sealed class RowErrorTests
{
    [Fact]
    public async Task The_crafted_valid_row_is_valid()
    {
        var flow = Assert.Single(await Flows.FromParquetAsync(Crafted.File(Crafted.ValidRow)));
        Assert.Equal("CN KZ Export 2022 12.5 USD", $"{flow.Reporter} {flow.Partner} {flow.Direction} {flow.Period} {flow.Value}");
    }

    [Theory]
    [InlineData("'QQ' AS reporter", "reporter", ErrorCodes.CountryCodeUnknown)]
    [InlineData("'KAZ' AS partner", "partner", ColumnarErrorCodes.ValueNotCanonical)]
    [InlineData("'KZ+KG' AS partner", "partner", ColumnarErrorCodes.ValueNotCanonical)]
    [InlineData("'CN' AS partner", "partner", ErrorCodes.TradePartnerIncludesReporter)]
    [InlineData("NULL::VARCHAR AS partner", "partner", ErrorCodes.ValueRequired)]
    [InlineData("'exports' AS direction", "direction", ErrorCodes.EnumUndefined)]
    [InlineData("0 AS year", "year", ErrorCodes.DateInvalid)]
    [InlineData("NULL::INTEGER AS year", "year", ErrorCodes.ValueRequired)]
    [InlineData("13 AS month", "month", ErrorCodes.DateInvalid)]
    [InlineData("-1::DECIMAL(38,6) AS value", "value", ErrorCodes.MoneyNegative)]
    [InlineData("NULL::DECIMAL(38,6) AS value", "value", ErrorCodes.ValueRequired)]
    [InlineData("'usd' AS currency", "currency", ColumnarErrorCodes.ValueNotCanonical)]
    [InlineData("'US' AS currency", "currency", ErrorCodes.CurrencyCodeInvalid)]
    [InlineData("'cost' AS valuation", "valuation", ErrorCodes.EnumUndefined)]
    [InlineData("'27' AS hs_code, 'hs2031' AS hs_edition", "hs_edition", ErrorCodes.HsCodeEditionUnknown)]
    [InlineData("'2A' AS hs_code", "hs_code", ErrorCodes.HsCodeInvalid)]
    [InlineData("'hs2022' AS hs_edition", "hs_edition", ErrorCodes.HsCodeInvalid)]
    [InlineData("NULL::BOOLEAN AS estimated", "estimated", ErrorCodes.ValueRequired)]
    [InlineData("true AS estimated", "note", ErrorCodes.NoteRequired)]
    [InlineData("['Not An Id'] AS citations", "citations", ErrorCodes.IdentifierInvalid)]
    [InlineData("['gacc-2022', NULL] AS citations", "citations", ErrorCodes.ValueRequired)]
    [InlineData("[NULL]::VARCHAR[] AS citations", "citations", ErrorCodes.ValueRequired)]
    [InlineData("['gacc-2022', 'gacc-2022'] AS citations", "citations", ErrorCodes.CollectionDuplicate)]
    public async Task A_refused_value_is_an_error_at_its_row_and_column(string replacement, string column, string code)
    {
        var errors = await Flows.ErrorsOfAsync(Crafted.Replacing(replacement));
        var error = Assert.Single(errors);
        Assert.Equal((code, column, 1L), (error.Code, error.Column, error.Row));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public async Task Reading_stops_at_the_first_bad_row_with_all_its_errors_and_validation_goes_on_to_the_end()
    {
        var file = Crafted.File($"""
            SELECT * EXCLUDE (k) FROM (
                SELECT *, 1 AS k FROM ({Crafted.ValidRow})
                UNION ALL SELECT * REPLACE ('KG' AS partner), 2 AS k FROM ({Crafted.ValidRow})
                UNION ALL SELECT * REPLACE ('QQ' AS reporter, -5::DECIMAL(38,6) AS value), 3 AS k FROM ({Crafted.ValidRow})
                UNION ALL SELECT * REPLACE ('nope' AS direction), 4 AS k FROM ({Crafted.ValidRow}))
            ORDER BY k
            """);
        using var stream = Crafted.Stream(file);
        var read = 0;
        var e = await Assert.ThrowsAsync<ColumnarDataException>(async () =>
        {
            await foreach (var _ in TradeFlowParquet.ReadAsync(stream, Flows.Token))
            {
                read++;
            }
        });
        Assert.Equal(2, read);
        Assert.Equal(
            ["row 3, column 'reporter': country.code.unknown: 'QQ' is not an assigned ISO 3166-1 country code.", "row 3, column 'value': money.negative: The amount -5 USD is negative; it must be zero or more."],
            Crafted.Lines(e.Errors));
        var all = await Flows.ErrorsOfAsync(file);
        Assert.Equal([(3L, "reporter"), (3L, "value"), (4L, "direction")], all.Select(x => (x.Row!.Value, x.Column!)));
    }

    [Fact]
    public async Task Errors_of_a_file_read_by_path_name_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("bad.parquet");
        await System.IO.File.WriteAllBytesAsync(path, Crafted.Replacing("'QQ' AS reporter"), Flows.Token);
        var error = Assert.Single(await TradeFlowParquet.ValidateFileAsync(path, Flows.Token).ToListAsync(Flows.Token));
        Assert.StartsWith(path + ": row 1, column 'reporter': country.code.unknown", error.ToString(), StringComparison.Ordinal);
    }
}
