using System;
using Xunit;
using CentralAsia.Domain.Internal;

namespace CentralAsia.Domain.Tests.Internal;

public class PooledBufferWriterTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(5000)]
    public void It_grows_to_any_size_hint_and_keeps_what_was_written(int chunk)
    {
        using var writer = new PooledBufferWriter(initialCapacity: 16);
        // Random bytes: the pool hands out arrays that earlier runs of this test filled, so fixed
        // contents would still be there if growing forgot to copy.
        var expected = new byte[20_000];
        Random.Shared.NextBytes(expected);
        for (var offset = 0; offset < expected.Length; offset += chunk)
        {
            var n = System.Math.Min(chunk, expected.Length - offset);
            var span = offset % 2 == 0 ? writer.GetSpan(n) : writer.GetMemory(n).Span;
            Assert.True(span.Length >= n, $"asked for {n}, got {span.Length}");
            expected.AsSpan(offset, n).CopyTo(span);
            writer.Advance(n);
        }

        Assert.Equal(expected.Length, writer.WrittenCount);
        Assert.True(writer.WrittenSpan.SequenceEqual(expected));
        Assert.True(writer.WrittenMemory.Span.SequenceEqual(expected));
        Assert.NotEqual(0, writer.GetSpan().Length);
        writer.Clear();
        Assert.Equal(0, writer.WrittenCount);
    }
}
