using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace CentralAsia.Domain.Import.Tests.Internal;

// A stream that cannot seek and gives at most a few bytes a read, as a socket or a pipe does: the importers must not
// assume that one read fills a buffer, nor that they can rewind.
internal sealed class TrickleStream(byte[] bytes, int most = 3, bool asyncOnly = false) : Stream
{
    private int position;

    internal bool Disposed { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // An async-only stream (a network stream under a synchronization context) shows a synchronous read on the async path.
        if (asyncOnly)
        {
            throw new InvalidOperationException("A synchronous read of an asynchronous-only stream.");
        }

        return Take(buffer);
    }

    private int Take(Span<byte> buffer)
    {
        var n = Math.Min(Math.Min(buffer.Length, most), bytes.Length - position);
        bytes.AsSpan(position, n).CopyTo(buffer);
        position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Take(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Take(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
