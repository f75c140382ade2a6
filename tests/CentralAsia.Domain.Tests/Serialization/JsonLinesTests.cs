using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipes;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using Xunit;

namespace CentralAsia.Domain.Tests.Serialization;

[Collection(nameof(CentralAsia.Domain.Tests.Contracts.RunsAlone))]
public class JsonLinesTests
{
    private static readonly CountryCode[] Countries = [.. CountryCode.CentralAsia, CountryCode.China, CountryCode.Parse("RU"), CountryCode.Parse("DE")];

    /// <summary>A deterministic stream of distinct, valid flows (no FsCheck here: the volume is the point).</summary>
    internal static IEnumerable<TradeFlow> Flows(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var reporter = Countries[i % Countries.Length];
            var partner = Countries[(i + 1 + (i / Countries.Length % (Countries.Length - 1))) % Countries.Length];
            yield return new TradeFlow(
                reporter, TradePartner.Of(partner), (FlowDirection)(1 + (i % 3)), TradePeriod.ForMonth(1990 + (i % 35), 1 + (i % 12)),
                new Money(1_000m + i * 0.01m, CurrencyCode.Usd), citations: i % 7 == 0 ? [SourceId.Parse("s" + (i % 50))] : default);
        }
    }

    private static async IAsyncEnumerable<TradeFlow> FlowsAsync(int count)
    {
        foreach (var flow in Flows(count))
        {
            yield return flow;
        }

        await Task.CompletedTask;
    }

    [Fact]
    public async Task Two_hundred_thousand_flows_stream_through_a_pipe_in_bounded_memory()
    {
        const int count = 200_000 / Runs.Divisor;
        const int warmUp = count / 10;
        using var server = new AnonymousPipeServerStream(PipeDirection.Out);
        using var client = new AnonymousPipeClientStream(PipeDirection.In, server.ClientSafePipeHandle);
        var writing = Task.Run(
            async () =>
        {
            await CentralAsiaJson.SerializeLinesAsync(server, FlowsAsync(count), TestContext.Current.CancellationToken);
            server.Dispose();
        },
            TestContext.Current.CancellationToken);

        var read = 0;
        long liveAfterWarmUp = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        await foreach (var flow in CentralAsiaJson.DeserializeLinesAsync<TradeFlow>(client, TestContext.Current.CancellationToken))
        {
            Assert.Equal(FlowDirection.Export + (read % 3), flow.Direction);
            read++;
            if (read == warmUp)
            {
                liveAfterWarmUp = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        var allocatedPerRecord = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)count;
        var liveAtEnd = GC.GetTotalMemory(forceFullCollection: true);
        await writing;

        TestContext.Current.TestOutputHelper?.WriteLine($"allocated per record: {allocatedPerRecord:F0} B; live heap growth {warmUp}→{count}: {(liveAtEnd - liveAfterWarmUp) / 1024} KiB");
        Assert.Equal(count, read);

        // Reading keeps no record alive: the live heap after all records is what it was after a tenth.
        Assert.True(liveAtEnd - liveAfterWarmUp < 4 * 1024 * 1024, $"live heap grew by {(liveAtEnd - liveAfterWarmUp) / 1024} KiB");

        // Allocations per record, writer and reader together (each side builds its own TradeFlow), stay small and flat.
        Assert.True(allocatedPerRecord < 3_000, $"{allocatedPerRecord:F0} bytes allocated per record");
    }

    [Fact]
    public async Task Errors_carry_the_line_number_of_their_record()
    {
        var valid = Encoding.UTF8.GetString(CentralAsiaJson.SerializeToUtf8Bytes(Flows(1).Single())).ReplaceLineEndings(string.Empty);
        var lines = new[] { valid, string.Empty, valid.Replace("\"USD\"", "\"usd\"", StringComparison.Ordinal), "  ", valid.Replace("\"export\"", "\"up\"", StringComparison.Ordinal) + "\r", "{" };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines)));

        var errors = new List<ValidationError>();
        await foreach (var error in CentralAsiaJson.ValidateLinesAsync<TradeFlow>(stream, TestContext.Current.CancellationToken))
        {
            errors.Add(error);
        }

        Assert.Equal(
            [(3, ErrorCodes.CurrencyCodeInvalid, "/value/currency"), (5, ErrorCodes.EnumUndefined, "/direction"), (6, ErrorCodes.JsonSyntax, "")],
            errors.Select(e => (e.Line!.Value, e.Code, e.Path)));
    }

    [Fact]
    public async Task Reading_stops_with_the_documented_exception_at_the_first_bad_line()
    {
        using var stream = new MemoryStream("{\"reporter\":\"CN\"}\n"u8.ToArray());
        var exception = await Assert.ThrowsAsync<CentralAsiaJsonException>(async () =>
        {
            await foreach (var _ in CentralAsiaJson.DeserializeLinesAsync<TradeFlow>(stream, TestContext.Current.CancellationToken))
            {
            }
        });
        Assert.All(exception.Errors, e => Assert.Equal(1, e.Line));
        Assert.Contains(exception.Errors, e => e.Code == ErrorCodes.JsonPropertyMissing && e.Path == "/partner");
    }

    [Fact]
    public void Synchronous_writing_gives_one_compact_line_per_record()
    {
        using var stream = new MemoryStream();
        CentralAsiaJson.SerializeLines(stream, Flows(3));
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(3, text.Count(c => c == '\n'));
        Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }
}
