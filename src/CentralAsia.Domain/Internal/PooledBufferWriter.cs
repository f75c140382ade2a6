using System;
using System.Buffers;

namespace CentralAsia.Domain.Internal;

/// <summary>An <see cref="IBufferWriter{T}"/> over arrays rented from the shared pool: growing it copies once per doubling and allocates nothing.</summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] buffer;
    private int written;

    internal PooledBufferWriter(int initialCapacity = 64 * 1024)
    {
        buffer = ArrayPools.Rent<byte>(initialCapacity);
    }

    internal ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, written);

    internal ReadOnlyMemory<byte> WrittenMemory => buffer.AsMemory(0, written);

    internal int WrittenCount => written;

    public void Advance(int count) => written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsMemory(written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsSpan(written);
    }

    internal void Clear() => written = 0;

    public void Dispose()
    {
        var rented = buffer;
        buffer = [];
        ArrayPools.Return(rented);
    }

    private void Ensure(int sizeHint)
    {
        var needed = written + Math.Max(sizeHint, 1);
        if (needed <= buffer.Length)
        {
            return;
        }

        ArrayPools.Grow(ref buffer, written, needed);
    }
}
