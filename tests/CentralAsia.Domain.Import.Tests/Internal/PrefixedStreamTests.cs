using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Import.Internal;
using Xunit;

namespace CentralAsia.Domain.Import.Tests.Internal;

// The stream that replays the bytes looked at to tell a format, then the rest: every byte once, in order, however
// small the reads, synchronously and not; and nothing a forward-only stream cannot do.
public sealed class PrefixedStreamTests
{
    private static readonly byte[] Bytes = [.. Enumerable.Range(0, 100).Select(i => (byte)i)];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Peeking_fills_the_prefix_however_short_the_reads_and_stops_at_the_end(bool sync)
    {
        var (prefix, length) = await PrefixedStream.PeekAsync(new TrickleStream(Bytes, 3), 10, sync, TestContext.Current.CancellationToken);
        Assert.Equal(10, length);
        Assert.Equal(Bytes[..10], prefix);
        (prefix, length) = await PrefixedStream.PeekAsync(new TrickleStream(Bytes[..4], 3), 10, sync, TestContext.Current.CancellationToken);
        Assert.Equal(4, length);
        Assert.Equal(Bytes[..4], prefix[..length]);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(7, 0)]
    [InlineData(7, 3)]
    [InlineData(64, 2)]
    public async Task Every_byte_comes_once_in_order_in_reads_of_any_size(int chunk, int skip)
    {
        foreach (var sync in new[] { true, false })
        {
            var inner = new TrickleStream(Bytes, 5);
            var (prefix, length) = await PrefixedStream.PeekAsync(inner, 10, sync: true, TestContext.Current.CancellationToken);
            using var stream = new PrefixedStream(prefix[skip..], length - skip, inner);
            var read = new MemoryStream();
            var buffer = new byte[chunk];
            int n;
            var turn = 0;
            while ((n = sync ? (turn++ % 2 == 0 ? stream.Read(buffer, 0, chunk) : stream.Read(buffer.AsSpan()))
                             : (turn++ % 2 == 0 ? await stream.ReadAsync(buffer.AsMemory(), TestContext.Current.CancellationToken) : await ReadArrayAsync(stream, buffer, chunk))) > 0)
            {
                read.Write(buffer, 0, n);
            }

            Assert.Equal(Bytes[skip..], read.ToArray());
        }
    }

    // The byte[] overload of ReadAsync, which Stream's callers still use.
#pragma warning disable CA1835
    private static Task<int> ReadArrayAsync(Stream stream, byte[] buffer, int count) => stream.ReadAsync(buffer, 0, count, TestContext.Current.CancellationToken);
#pragma warning restore CA1835

    [Fact]
    public void It_reads_forward_only_and_disposes_what_it_wraps()
    {
        var inner = new TrickleStream(Bytes);
        var stream = new PrefixedStream([1, 2], 2, inner);
        Assert.True(stream.CanRead);
        Assert.False(stream.CanSeek);
        Assert.False(stream.CanWrite);
        Assert.Throws<NotSupportedException>(() => stream.Length);
        Assert.Throws<NotSupportedException>(() => stream.Position);
        Assert.Throws<NotSupportedException>(() => stream.Position = 0);
        Assert.Throws<NotSupportedException>(() => stream.Seek(0, SeekOrigin.Begin));
        Assert.Throws<NotSupportedException>(() => stream.SetLength(1));
        Assert.Throws<NotSupportedException>(() => stream.Write([1], 0, 1));
        stream.Flush();
        Assert.False(inner.Disposed);
        stream.Dispose();
        Assert.True(inner.Disposed);
    }
}
