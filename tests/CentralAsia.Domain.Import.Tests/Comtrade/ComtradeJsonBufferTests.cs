using System.Linq;
using Xunit;

namespace CentralAsia.Domain.Import.Tests.Comtrade;

// The API's JSON is read a block at a time into a buffer that grows up to a limit: records larger than the first
// buffer, records that straddle blocks, and the second record over the limit are read or refused exactly.
public sealed class ComtradeJsonBufferTests
{
    private static string WithDescription(int length) =>
        ComtradeFiles.Json([ComtradeFiles.Row(("cmdDesc", new string('x', length)))])["{\"elapsedTime\":\"0.1 secs\",\"count\":1,\"data\":[".Length..^"],\"error\":\"\"}".Length];

    [Theory]
    [InlineData(60 * 1024)]
    [InlineData(200 * 1024)]
    [InlineData((2 << 20) - 4096)]
    public void Records_larger_than_the_first_buffer_are_read_whole_between_small_ones(int length)
    {
        var small = WithDescription(10);
        var json = "{\"data\":[" + small + "," + WithDescription(length) + "," + small + "," + WithDescription(length) + "]}";
        var (records, summary) = Import.Read(json, file: "big.json");
        Assert.Equal(4, records.Count);
        Assert.Equal(4, summary.RowsRead);
        Assert.True(summary.Completed);
    }

    [Fact]
    public void The_record_over_the_limit_is_named_by_its_pointer_and_the_limit()
    {
        var json = "{\"data\":[" + WithDescription(10) + "," + WithDescription(3 << 20) + "]}";
        var error = Import.Fails(json, ImportErrorPolicy.CollectAll, "huge.json").Errors.Single();
        Assert.Equal("huge.json: /data/1: import.value.too-long: A record (or another value of the response) is longer than 2 MiB.", error.ToString());
    }
}
