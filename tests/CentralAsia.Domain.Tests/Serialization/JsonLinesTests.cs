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

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task Records_split_across_reads_are_read_whole(int bytesPerRead)
    {
        using var stream = new MemoryStream();
        CentralAsiaJson.SerializeLines(stream, Flows(40));
        var text = stream.ToArray();
        using var trickle = new TrickleStream(text, bytesPerRead);
        var read = new List<TradeFlow>();
        await foreach (var flow in CentralAsiaJson.DeserializeLinesAsync<TradeFlow>(trickle, TestContext.Current.CancellationToken))
        {
            read.Add(flow);
        }

        Assert.Equal(Flows(40), read);
    }

    [Fact]
    public async Task A_line_longer_than_the_read_buffer_is_read_whole()
    {
        // 800 flows on one line: larger than the reader's first 64 KiB buffer.
        var sources = Enumerable.Range(0, 50).Select(i => new CentralAsia.Domain.Sources.Source(SourceId.Parse("s" + i), "Publisher", "Title", new Uri("https://example.org/" + i)));
        var dataset = new CentralAsia.Domain.Data.CentralAsiaDataset(sources: [.. sources], tradeFlows: [.. Flows(800)]);
        using var stream = new MemoryStream();
        CentralAsiaJson.SerializeLines(stream, [dataset, CentralAsia.Domain.Data.CentralAsiaDataset.Empty, dataset]);
        Assert.True(stream.Length > 2 * 64 * 1024, $"{stream.Length} bytes");
        stream.Position = 0;
        var read = new List<CentralAsia.Domain.Data.CentralAsiaDataset>();
        await foreach (var value in CentralAsiaJson.DeserializeLinesAsync<CentralAsia.Domain.Data.CentralAsiaDataset>(new TrickleStream(stream.ToArray(), 10_000), TestContext.Current.CancellationToken))
        {
            read.Add(value);
        }

        Assert.Equal([dataset, CentralAsia.Domain.Data.CentralAsiaDataset.Empty, dataset], read);
    }

    [Fact]
    public async Task Writing_goes_out_in_batches_of_about_64_KiB()
    {
        const int batch = 64 * 1024;
        var synchronous = new CountingStream();
        CentralAsiaJson.SerializeLines(synchronous, Flows(5_000));
        var asynchronous = new CountingStream();
        await CentralAsiaJson.SerializeLinesAsync(asynchronous, FlowsAsync(5_000), TestContext.Current.CancellationToken);

        foreach (var stream in new[] { synchronous, asynchronous })
        {
            Assert.True(stream.Length > 5 * batch, $"{stream.Length} bytes");
            Assert.All(stream.Writes.SkipLast(1), n => Assert.InRange(n, batch, batch + 1024));
            Assert.InRange(stream.Writes[^1], 1, batch + 1024);
        }

        Assert.Equal(synchronous.ToArray(), asynchronous.ToArray());
    }

    [Fact]
    public void A_batch_goes_out_as_soon_as_64_KiB_are_buffered_not_one_record_later()
    {
        // Lines of exactly 128 bytes: 512 of them fill 64 KiB to the byte, so the first write is exactly 64 KiB.
        static CentralAsia.Domain.Sources.Source Line(int i, int titleLength) =>
            new(SourceId.Parse($"s{i:00000}"), "P", new string('t', titleLength), new Uri("https://example.org/"));
        using var one = new MemoryStream();
        CentralAsiaJson.SerializeLines(one, [Line(0, 1)]);
        var probe = (int)one.Length;
        var stream = new CountingStream();
        CentralAsiaJson.SerializeLines(stream, Enumerable.Range(0, 1_000).Select(i => Line(i, 1 + 128 - probe)));

        Assert.Equal(1_000 * 128, stream.Length);
        Assert.Equal([64 * 1024, (1_000 * 128) - (64 * 1024)], stream.Writes);
    }

    [Fact]
    public async Task Arguments_and_records_must_not_be_null()
    {
        using var stream = new MemoryStream();
        Assert.Equal("utf8JsonLines", Assert.Throws<ArgumentNullException>(() => CentralAsiaJson.SerializeLines(null!, Flows(1))).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => CentralAsiaJson.SerializeLines<TradeFlow>(stream, null!)).ParamName);
        Assert.Equal("utf8JsonLines", (await Assert.ThrowsAsync<ArgumentNullException>(() => CentralAsiaJson.SerializeLinesAsync(null!, FlowsAsync(1), TestContext.Current.CancellationToken))).ParamName);
        Assert.Equal("values", (await Assert.ThrowsAsync<ArgumentNullException>(() => CentralAsiaJson.SerializeLinesAsync<TradeFlow>(stream, null!, TestContext.Current.CancellationToken))).ParamName);
        Assert.Throws<ArgumentNullException>(() => CentralAsiaJson.SerializeLines(stream, new TradeFlow[] { null! }));
        await Assert.ThrowsAsync<ArgumentNullException>(async () =>
        {
            await foreach (var _ in CentralAsiaJson.DeserializeLinesAsync<TradeFlow>(null!, TestContext.Current.CancellationToken))
            {
            }
        });
        await Assert.ThrowsAsync<ArgumentNullException>(async () =>
        {
            await foreach (var _ in CentralAsiaJson.ValidateLinesAsync<TradeFlow>(null!, TestContext.Current.CancellationToken))
            {
            }
        });
    }

    [Fact]
    public async Task No_records_make_no_writes()
    {
        var synchronous = new CountingStream();
        CentralAsiaJson.SerializeLines(synchronous, Array.Empty<TradeFlow>());
        var asynchronous = new CountingStream();
        await CentralAsiaJson.SerializeLinesAsync(asynchronous, FlowsAsync(0), TestContext.Current.CancellationToken);
        Assert.Empty(synchronous.Writes);
        Assert.Empty(asynchronous.Writes);
    }

    [Fact]
    public async Task A_stream_longer_than_the_line_limit_is_read_when_its_lines_are_short()
    {
        // 65 MiB of blank 1 KiB lines: the reader keeps only the line it is on, so no limit is hit.
        using var stream = new BlankLines(CentralAsiaJson.MaxLineBytes + (1024 * 1024));
        var errors = 0;
        await foreach (var _ in CentralAsiaJson.ValidateLinesAsync<TradeFlow>(stream, TestContext.Current.CancellationToken))
        {
            errors++;
        }

        Assert.Equal(0, errors);
        Assert.Equal(stream.Length, stream.Position);
    }

    [Fact]
    public async Task Blank_lines_anywhere_and_a_last_line_without_a_line_feed_are_handled()
    {
        var valid = Encoding.UTF8.GetString(CentralAsiaJson.SerializeToUtf8Bytes(Flows(1).Single())).ReplaceLineEndings(string.Empty);
        var invalid = valid.Replace("\"USD\"", "\"usd\"", StringComparison.Ordinal);
        var text = "\n\n" + valid + "\n\n\r\n" + invalid + "\n\n" + valid;
        var errors = new List<ValidationError>();
        await foreach (var error in CentralAsiaJson.ValidateLinesAsync<TradeFlow>(new TrickleStream(Encoding.UTF8.GetBytes(text), 4096), TestContext.Current.CancellationToken))
        {
            errors.Add(error);
        }

        Assert.Equal([(6, ErrorCodes.CurrencyCodeInvalid)], errors.Select(e => (e.Line!.Value, e.Code)));

        var read = new List<TradeFlow>();
        await foreach (var flow in CentralAsiaJson.DeserializeLinesAsync<TradeFlow>(new TrickleStream(Encoding.UTF8.GetBytes("\n" + valid + "\n\n" + valid), 4096), TestContext.Current.CancellationToken))
        {
            read.Add(flow);
        }

        Assert.Equal([Flows(1).Single(), Flows(1).Single()], read);
    }

    [Fact]
    public async Task A_line_longer_than_64_MiB_is_refused_with_its_line_number()
    {
        using var stream = new BlankLines(CentralAsiaJson.MaxLineBytes + 1, lineFeeds: false);
        var errors = new List<ValidationError>();
        await foreach (var error in CentralAsiaJson.ValidateLinesAsync<TradeFlow>(stream, TestContext.Current.CancellationToken))
        {
            errors.Add(error);
        }

        var only = Assert.Single(errors);
        Assert.Equal((ErrorCodes.JsonSyntax, 1), (only.Code, only.Line));
        Assert.Equal("Line 1 is longer than 67108864 bytes.", only.Message);
    }

    [Fact]
    public async Task Reading_ends_at_a_line_over_the_limit_and_reads_nothing_of_it()
    {
        // Two empty lines, then 64 MiB + 1 of text that is not JSON: one error, for line 3, and no
        // syntax error for the text (the reader stops instead of reading what it refused).
        using var stream = new LongLine(emptyLinesFirst: 2, CentralAsiaJson.MaxLineBytes + 3);
        var errors = new List<ValidationError>();
        await foreach (var error in CentralAsiaJson.ValidateLinesAsync<TradeFlow>(stream, TestContext.Current.CancellationToken))
        {
            errors.Add(error);
        }

        var only = Assert.Single(errors);
        Assert.Equal((ErrorCodes.JsonSyntax, 3, "Line 3 is longer than 67108864 bytes."), (only.Code, only.Line, only.Message));
    }

    /// <summary>A read-only stream of a few empty lines and then one long line of 'x', made up as it is read.</summary>
    private sealed class LongLine(int emptyLinesFirst, long length) : MadeUpStream(length)
    {
        protected override void Fill(Span<byte> buffer, long position)
        {
            var lineFeeds = (int)Math.Clamp(emptyLinesFirst - position, 0, buffer.Length);
            buffer[..lineFeeds].Fill((byte)'\n');
            buffer[lineFeeds..].Fill((byte)'x');
        }
    }

    /// <summary>A read-only stream of blank lines (1022 spaces, then an empty line), made up as it is read.</summary>
    private sealed class BlankLines(long length, bool lineFeeds = true) : MadeUpStream(length)
    {
        private static readonly byte[] Line = [.. Enumerable.Repeat((byte)' ', 1022), (byte)'\n', (byte)'\n'];
        private static readonly byte[] Spaces = [.. Enumerable.Repeat((byte)' ', 1024)];

        protected override void Fill(Span<byte> buffer, long position)
        {
            for (var done = 0; done < buffer.Length;)
            {
                var at = (int)((position + done) % Line.Length);
                var chunk = Math.Min(buffer.Length - done, Line.Length - at);
                (lineFeeds ? Line : Spaces).AsSpan(at, chunk).CopyTo(buffer[done..]);
                done += chunk;
            }
        }
    }

    /// <summary>A read-only, forward-only stream of <paramref name="length"/> bytes that a subclass makes up as they are read.</summary>
    private abstract class MadeUpStream(long length) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = (int)Math.Min(buffer.Length, length - Position);
            Fill(buffer[..n], Position);
            Position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        /// <summary>Writes the bytes that start at <paramref name="position"/> into the whole of <paramref name="buffer"/>.</summary>
        protected abstract void Fill(Span<byte> buffer, long position);
    }

    /// <summary>A read-only stream that returns at most a few bytes per read, as a network or a pipe may.</summary>
    private sealed class TrickleStream(byte[] data, int bytesPerRead) : MemoryStream(data, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, bytesPerRead));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, bytesPerRead)]);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, System.Threading.CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, bytesPerRead), cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, bytesPerRead)], cancellationToken);
    }

    /// <summary>A write-only stream that records the size of every write.</summary>
    private sealed class CountingStream : Stream
    {
        private readonly MemoryStream inner = new();

        public List<int> Writes { get; } = [];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public byte[] ToArray() => inner.ToArray();

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes.Add(buffer.Length);
            inner.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, System.Threading.CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, System.Threading.CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }
    }
}
