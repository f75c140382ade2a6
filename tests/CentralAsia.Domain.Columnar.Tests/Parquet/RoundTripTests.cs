using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Columnar.Tests.Support;
using CentralAsia.Domain.Tests;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CentralAsia.Domain.Columnar.Tests.Parquet;

public sealed class RoundTripTests
{
    // Any valid flow whose amount fits the column's scale; the row-group size from 1 up, so flows straddle groups.
    private static readonly Gen<(TradeFlow[] Flows, int RowGroupSize)> Cases =
        from flows in Flows.Representable.ArrayOf()
        from size in Gen.Choose(1, 7)
        select (flows, size);

    [Property(MaxTest = 200 / Runs.Divisor)]
    public Property Every_flow_written_reads_back_equal_whatever_the_row_group_size() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var file = Flows.ToParquetAsync(c.Flows, new ParquetWriteOptions { RowGroupSize = c.RowGroupSize }).GetAwaiter().GetResult();
            var read = Flows.FromParquetAsync(file).GetAwaiter().GetResult();
            return read.SequenceEqual(c.Flows);
        });

    [Fact]
    public async Task An_empty_sequence_is_a_valid_file_of_no_rows()
    {
        var file = await Flows.ToParquetAsync([]);
        Assert.Equal("PAR1"u8.ToArray(), file[..4]);
        Assert.Empty(await Flows.FromParquetAsync(file));
    }

    [Fact]
    public async Task Amounts_keep_every_digit_up_to_decimals_range()
    {
        var flow = Flows.Generate(1).Single();
        decimal[] amounts = [0m, 0.000001m, 79_228_162_514_264.337593m, 79_228_162_514_264_337_593_543_950_335m, 123.45m];
        var flows = amounts.Select(a => flow.With(value: new Money(a, CurrencyCode.Usd)).Value).ToArray();
        var read = await Flows.FromParquetAsync(await Flows.ToParquetAsync(flows));
        Assert.Equal(amounts, read.Select(f => f.Value.Amount));
        Assert.Equal("123.45", read[^1].Value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task An_amount_finer_than_the_columns_scale_is_refused_never_rounded()
    {
        var flow = Flows.Generate(1).Single().With(value: Money.Parse("1.0000001 USD")).Value;
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Flows.ToParquetAsync([flow]));
        Assert.Contains("1.0000001 USD", e.Message, StringComparison.Ordinal);
        Assert.Contains("decimal(38,6)", e.Message, StringComparison.Ordinal);
    }
}
