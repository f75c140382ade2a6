using System;
using System.Buffers.Binary;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Columnar.Tests.Support;
using CentralAsia.Domain.Fuzz;
using Xunit;

namespace CentralAsia.Domain.Columnar.Tests.Parquet;

// Damaged files: each is a ColumnarDataException (or an error from ValidateAsync) naming the damage; never another
// exception, a crash or a hang.
public sealed class HostileFileTests
{
    private static async Task<byte[]> ValidFileAsync() =>
        await Flows.ToParquetAsync(Flows.Generate(6), new ParquetWriteOptions { RowGroupSize = 3, Compression = ParquetCompression.None });

    [Fact]
    public async Task A_file_without_the_magic_number_is_not_parquet()
    {
        var error = Assert.Single(await Flows.ErrorsOfAsync("{\"not\": \"parquet\", \"but\": \"long enough\"}"u8.ToArray()));
        Assert.Equal(ColumnarErrorCodes.FormatInvalid, error.Code);
        Assert.Contains("magic number 'PAR1'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(11)]
    [InlineData(100)]
    [InlineData(-1)]
    [InlineData(-8)]
    public async Task A_truncated_file_is_an_error(int keep)
    {
        var file = await ValidFileAsync();
        var cut = file[..(keep >= 0 ? keep : file.Length + keep)];
        var error = Assert.Single(await Flows.ErrorsOfAsync(cut));
        Assert.Equal(ColumnarErrorCodes.FormatInvalid, error.Code);
        await Assert.ThrowsAsync<ColumnarDataException>(() => Flows.FromParquetAsync(cut));
    }

    [Fact]
    public async Task A_footer_length_that_points_outside_the_file_is_an_error()
    {
        var file = await ValidFileAsync();
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(file.Length - 8), file.Length * 2);
        var error = Assert.Single(await Flows.ErrorsOfAsync(file));
        Assert.Equal((ColumnarErrorCodes.FormatInvalid, true), (error.Code, error.Message.Contains("footer claims", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_footer_whose_row_and_value_counts_lie_is_an_error_naming_the_counts()
    {
        // In the footer's Thrift, an i64 field following its predecessor (header byte 0x16) holding 3 (zigzag varint
        // 0x06) is a row group's num_rows or a column chunk's num_values. Saying 5 (0x0A) makes them lie: the pages
        // still hold 3 values.
        var file = await ValidFileAsync();
        var footerLength = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(file.Length - 8));
        var footer = file.AsSpan(file.Length - 8 - footerLength, footerLength);
        var patched = 0;
        for (var i = 0; i + 1 < footer.Length; i++)
        {
            if (footer[i] == 0x16 && footer[i + 1] == 0x06)
            {
                footer[i + 1] = 0x0A;
                patched++;
            }
        }

        Assert.True(patched >= 2, $"patched {patched}");
        var error = Assert.Single(await Flows.ErrorsOfAsync(file));
        Assert.Equal(
            (ColumnarErrorCodes.FormatInvalid, "The file is damaged. Row group 0, column 'reporter': its pages hold 3 values, its chunk claims 5."),
            (error.Code, error.Message));
    }

    [Fact]
    public async Task Every_single_byte_corruption_of_a_file_is_read_or_refused_with_a_documented_error()
    {
        // Each byte in turn set to 0xFF, then to 0x00: the fuzz target's oracle (documented codes only; reading and
        // validation agree; what is read round-trips) holds for every one.
        var file = await ValidFileAsync();
        var refused = 0;
        foreach (var value in new byte[] { 0xFF, 0x00 })
        {
            for (var i = 0; i < file.Length; i++)
            {
                var damaged = (byte[])file.Clone();
                if (damaged[i] == value)
                {
                    continue;
                }

                damaged[i] = value;
                ParquetFuzzTarget.TradeFlows(damaged);
                refused += (await Flows.ErrorsOfAsync(damaged)).Count > 0 ? 1 : 0;
            }
        }

        Assert.True(refused > file.Length / 2, $"{refused} of {2 * file.Length} corruptions refused");
    }

    [Fact]
    public async Task A_corrupted_page_is_an_error_naming_its_column()
    {
        // Uncompressed, so the page's bytes are the values: a definition-level run that no longer fits.
        var file = await Flows.ToParquetAsync(Flows.Generate(50), new ParquetWriteOptions { Compression = ParquetCompression.None });
        var errors = await Flows.ErrorsOfAsync([.. file[..200], .. Enumerable.Repeat((byte)0xEE, 300), .. file[500..]]);
        var error = Assert.Single(errors);
        Assert.Equal(ColumnarErrorCodes.FormatInvalid, error.Code);
        Assert.Null(error.Row);
    }
}
