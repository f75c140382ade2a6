using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Columnar.Tests.Support;
using Xunit;

namespace CentralAsia.Domain.Columnar.Tests.Parquet;

// A file that is not of the schema is refused as a whole, each column's problem named, before any row is read.
public sealed class SchemaErrorTests
{
    [Theory]
    [InlineData("12.5::DOUBLE AS value", "value", "double (floating point)")]
    [InlineData("'2022' AS year", "year", "string")]
    [InlineData("'no' AS estimated", "estimated", "string")]
    [InlineData("12.5::DECIMAL(38,6) AS currency", "currency", "decimal(38,6)")]
    [InlineData("'gacc-2022' AS citations", "citations", "string")]
    [InlineData("[1, 2] AS citations", "citations", "a list of int32")]
    public async Task A_column_of_another_type_is_refused_naming_both_types(string replacement, string column, string found)
    {
        var error = Assert.Single(await Flows.ErrorsOfAsync(Crafted.Replacing(replacement)));
        Assert.Equal((ColumnarErrorCodes.ColumnType, column, (long?)null), (error.Code, error.Column, error.Row));
        Assert.StartsWith($"The column is {found}; the schema gives it ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_column_and_an_unknown_one_are_both_named()
    {
        var file = Crafted.File($"SELECT * EXCLUDE (note), 1 AS quantity FROM ({Crafted.ValidRow})");
        var errors = await Flows.ErrorsOfAsync(file);
        Assert.Equal([(ColumnarErrorCodes.ColumnUnknown, "quantity"), (ColumnarErrorCodes.ColumnMissing, "note")], errors.Select(e => (e.Code, e.Column!)));
    }

    [Fact]
    public async Task Another_schema_version_is_refused_with_what_to_do()
    {
        var file = Crafted.File(Crafted.ValidRow, """KV_METADATA {"centralasia.schema-version": '2'}""");
        var e = await Assert.ThrowsAsync<ColumnarDataException>(() => Flows.FromParquetAsync(file));
        var error = Assert.Single(e.Errors);
        Assert.Equal(ColumnarErrorCodes.SchemaVersionUnsupported, error.Code);
        Assert.Equal("The file has schema version '2' of 'trade-flow'; this library reads version 1. Read it with the library version that wrote it, or convert it.", error.Message);
    }

    [Fact]
    public async Task A_file_of_another_record_is_refused()
    {
        var file = Crafted.File(Crafted.ValidRow, """KV_METADATA {"centralasia.record": 'leader'}""");
        Assert.Equal(ColumnarErrorCodes.RecordMismatch, Assert.Single(await Flows.ErrorsOfAsync(file)).Code);
    }

    [Fact]
    public async Task A_partition_file_read_alone_says_to_read_its_dataset()
    {
        using var folder = new TempFolder();
        var files = await TradeFlowParquet.WritePartitionedAsync(folder.File("ds"), Flows.Generate(10).ToAsyncEnumerable(), cancellationToken: Flows.Token);
        var error = Assert.Single(await TradeFlowParquet.ValidateFileAsync(files[0], Flows.Token).ToListAsync(Flows.Token));
        Assert.Contains("partitioned by reporter,year", error.Message, StringComparison.Ordinal);
        Assert.Contains("ReadPartitionedAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_that_is_not_a_partition_is_named()
    {
        using var folder = new TempFolder();
        var root = folder.File("ds");
        await TradeFlowParquet.WritePartitionedAsync(root, Flows.Generate(30).ToAsyncEnumerable(), cancellationToken: Flows.Token);
        var first = Directory.GetDirectories(root).Order(StringComparer.Ordinal).First();
        Directory.Move(first, Path.Combine(root, "reporter=kz"));
        var errors = await TradeFlowParquet.ValidatePartitionedAsync(root, Flows.Token).ToListAsync(Flows.Token);
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal((ColumnarErrorCodes.PartitionInvalid, "'reporter=kz' is not reporter=XX with an ISO 3166-1 alpha-2 code."), (e.Code, e.Message)));
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_is_refused_with_a_reason()
    {
        using var pipe = new UnseekableStream(await Flows.ToParquetAsync(Flows.Generate(1)));
        var e = await Assert.ThrowsAsync<ArgumentException>(() => TradeFlowParquet.ReadAsync(pipe, Flows.Token).ToListAsync(Flows.Token).AsTask());
        Assert.Equal("stream", e.ParamName);
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
