using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Arrow;
using CentralAsia.Domain.Columnar.Tests.Support;
using CentralAsia.Domain.Tests;
using CentralAsia.Domain.Tests.Generators;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CentralAsia.Domain.Columnar.Tests.Arrow;

public sealed class TradeFlowArrowTests
{
    private static readonly Gen<(TradeFlow[] Flows, int BatchSize)> Cases =
        from flows in Flows.Representable.ArrayOf()
        from size in Gen.Choose(1, 7)
        select (flows, size);

    [Property(MaxTest = 200 / Runs.Divisor)]
    public Property Every_flow_written_to_an_arrow_stream_reads_back_equal() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            using var stream = new MemoryStream();
            TradeFlowArrow.WriteAsync(stream, c.Flows.ToAsyncEnumerable(), c.BatchSize).GetAwaiter().GetResult();
            stream.Position = 0;
            return TradeFlowArrow.ReadAsync(stream).ToListAsync().AsTask().GetAwaiter().GetResult().SequenceEqual(c.Flows);
        });

    [Fact]
    public async Task Twenty_thousand_flows_in_batches_of_4096_read_back_equal()
    {
        var flows = Flows.Generate(20_000).ToList();
        using var stream = new MemoryStream();
        Assert.Equal(20_000, await TradeFlowArrow.WriteAsync(stream, flows.ToAsyncEnumerable(), 4_096, Flows.Token));
        stream.Position = 0;
        var read = await TradeFlowArrow.ReadAsync(stream, Flows.Token).ToListAsync(Flows.Token);
        Assert.Equal(flows, read);
    }

    [Fact]
    public async Task A_bad_row_is_an_error_at_its_row_counted_across_batches()
    {
        var flows = Flows.Generate(10).ToList();
        using var stream = new MemoryStream();
        await TradeFlowArrow.WriteAsync(stream, flows.ToAsyncEnumerable(), 3, Flows.Token);
        stream.Position = 0;

        // Rewrite the stream with row 8's reporter (the second row of the third batch) set to "QQ".
        using var damaged = new MemoryStream();
        using (var reader = new Apache.Arrow.Ipc.ArrowStreamReader(stream, leaveOpen: true))
        {
            var schema = await reader.GetSchema(Flows.Token);
            using var writer = new Apache.Arrow.Ipc.ArrowStreamWriter(damaged, schema, leaveOpen: true);
            var batchIndex = 0;
            while (await reader.ReadNextRecordBatchAsync(Flows.Token) is { } batch)
            {
                var arrays = batch.Arrays.ToArray();
                if (batchIndex++ == 2)
                {
                    var reporters = (Apache.Arrow.StringArray)arrays[0];
                    var builder = new Apache.Arrow.StringArray.Builder();
                    for (var i = 0; i < reporters.Length; i++)
                    {
                        builder.Append(i == 1 ? "QQ" : reporters.GetString(i));
                    }

                    arrays[0] = builder.Build();
                }

                await writer.WriteRecordBatchAsync(new Apache.Arrow.RecordBatch(schema, arrays, batch.Length), Flows.Token);
            }

            await writer.WriteEndAsync(Flows.Token);
        }

        damaged.Position = 0;
        var error = Assert.Single(await TradeFlowArrow.ValidateAsync(damaged, Flows.Token).ToListAsync(Flows.Token));
        Assert.Equal((ErrorCodes.CountryCodeUnknown, "reporter", 8L), (error.Code, error.Column, error.Row));
    }

    [Fact]
    public async Task Two_columns_of_one_name_are_refused_not_guessed_between()
    {
        var schema = new Apache.Arrow.Schema.Builder()
            .Field(f => f.Name("reporter").DataType(Apache.Arrow.Types.StringType.Default))
            .Field(f => f.Name("reporter").DataType(Apache.Arrow.Types.StringType.Default))
            .Build();
        using var stream = new MemoryStream();
        using (var writer = new Apache.Arrow.Ipc.ArrowStreamWriter(stream, schema, leaveOpen: true))
        {
            await writer.WriteStartAsync(Flows.Token);
            await writer.WriteEndAsync(Flows.Token);
        }

        stream.Position = 0;
        var errors = await TradeFlowArrow.ValidateAsync(stream, Flows.Token).ToListAsync(Flows.Token);
        Assert.Contains(errors, e => e.Code == ColumnarErrorCodes.ColumnDuplicate && e.Column == "reporter" && e.Message == "The stream has more than one column named 'reporter'.");
    }

    [Fact]
    public async Task Garbage_is_a_format_error_not_a_crash()
    {
        var error = Assert.Single(await TradeFlowArrow.ValidateAsync(new MemoryStream("not an arrow stream at all"u8.ToArray()), Flows.Token).ToListAsync(Flows.Token));
        Assert.Equal(ColumnarErrorCodes.FormatInvalid, error.Code);
        await Assert.ThrowsAsync<ColumnarDataException>(() => TradeFlowArrow.ReadAsync(new MemoryStream([0xFF, 0xFF, 0xFF, 0xFF, 8, 0, 0, 0]), Flows.Token).ToListAsync(Flows.Token).AsTask());
    }
}
