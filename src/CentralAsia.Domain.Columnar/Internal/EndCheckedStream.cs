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

    private static EndOfStreamException End() => new("The file ends in the middle of a structure (truncated or damaged).");
}
