using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace CentralAsia.Domain.Columnar.Internal;

// The stream Parquet.Net reads: reading past the end throws instead of returning nothing (Parquet.Net's Thrift decoder
// casts ReadByte's -1 to 0xFF and goes on decoding forever), and a failure of the caller's stream itself is marked as
// such (SourceIOException), so it reaches the caller as the IOException it is, not as a damaged file.
internal sealed class EndCheckedStream(Stream inner) : Stream
{
    private long windowStart, windowEnd = long.MaxValue;

    // While a column chunk is read, reads stay inside its bytes: a page that decodes fewer values than it claims
    // would otherwise send Parquet.Net on into the next chunk's pages, decoded as this column's type.
    internal void Window(long start, long end)
    {
        windowStart = start;
        windowEnd = end;
    }

    internal void Unwindow()
    {
        windowStart = 0;
        windowEnd = long.MaxValue;
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        buffer = Clamp(buffer);
        int read;
        try
        {
            read = inner.Read(buffer);
        }
        catch (IOException e)
        {
            throw new SourceIOException(e);
        }

        return read == 0 && !buffer.IsEmpty ? throw End() : read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        buffer = buffer[..Clamp(buffer.Span).Length];
        int read;
        try
        {
            read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new SourceIOException(e);
        }

        return read == 0 && !buffer.IsEmpty ? throw End() : read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        _ = Read(one);
        return one[0];
    }

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private Span<byte> Clamp(Span<byte> buffer)
    {
        var position = inner.Position;
        if (buffer.IsEmpty || windowEnd == long.MaxValue)
        {
            return buffer;
        }

        if (position < windowStart || position >= windowEnd)
        {
            throw new EndOfStreamException($"A page lies outside its column chunk (bytes {windowStart} to {windowEnd}): the chunk's pages hold fewer values than they claim.");
        }

        return buffer[..(int)Math.Min(buffer.Length, windowEnd - position)];
    }

    private static EndOfStreamException End() => new("The file ends in the middle of a structure (truncated or damaged).");
}
