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

    [Fact]
    public async Task A_delta_page_with_fewer_string_lengths_than_values_is_refused_whatever_the_buffer_pool_holds()
    {
        // The fuzzer's state-dependent finding: Parquet.Net would cut the page's strings by lengths left in the shared
        // ArrayPool<int>. Refused before Parquet.Net reads it, in the same words however the pool was used before.
        var input = System.IO.File.ReadAllBytes(System.IO.Path.Combine(CentralAsia.Tests.Shared.Repository.Root(), "fuzz", "regressions", "parquet", "state-dependent-page"));
        const string Expected = "columnar.format.invalid: The file is damaged. Row group 0, column 'reporter': the data page's string lengths are fewer than its 3 values.";
        Assert.Equal(Expected, Assert.Single(await Flows.ErrorsOfAsync(input)).ToString());
        for (var round = 0; round < 3; round++)
        {
            var rented = System.Buffers.ArrayPool<int>.Shared.Rent(3 + round);
            Array.Fill(rented, 1 + round);
            System.Buffers.ArrayPool<int>.Shared.Return(rented);
            Assert.Equal(Expected, Assert.Single(await Flows.ErrorsOfAsync(input)).ToString());
        }
    }

    [Fact]
    public async Task Delta_encoded_strings_of_a_version_2_writer_read_back_as_the_version_1_file()
    {
        // DuckDB's PARQUET_VERSION V2 writes strings as DELTA_LENGTH_BYTE_ARRAY (the nested citations and a null note
        // too), integers as DELTA_BINARY_PACKED: the page check counts the lengths and lets a whole page through.
        var select = $"SELECT * FROM ({Crafted.ValidRow}) UNION ALL SELECT * REPLACE ('KG' AS partner, 'a note' AS note, ['a', 'b'] AS citations) FROM ({Crafted.ValidRow})";
        var v1 = await Flows.FromParquetAsync(Crafted.File(select));
        var v2 = await Flows.FromParquetAsync(Crafted.File(select, "PARQUET_VERSION V2"));
        Assert.Equal(2, v2.Count);
        Assert.Equal(v1, v2);
    }

    [Fact]
    public async Task A_delta_encoded_date_column_is_an_error_naming_the_column_as_parquet_net_cannot_decode_it()
    {
        var leaders = await Support.Records.ToParquetAsync(ParquetTables.Leaders, Reference.ReferenceData.XianSummit2023.Leaders.Take(3));
        using var folder = new TempFolder();
        var path = folder.File("leaders.parquet");
        await System.IO.File.WriteAllBytesAsync(path, leaders, TestContext.Current.CancellationToken);
        var v2 = Crafted.File($"SELECT * FROM read_parquet({DuckDb.Quote(path)})", "PARQUET_VERSION V2");
        var error = Assert.Single(await Support.Records.ErrorsAsync(ParquetTables.Leaders, v2));
        Assert.StartsWith("column 'name.aliases.valid_from.start': columnar.format.invalid: Row group 0, column 'name.aliases.valid_from.start' cannot be read: ", error, StringComparison.Ordinal);
        Assert.Contains("DELTA_BINARY_PACKED", error, StringComparison.Ordinal);
    }
}
