using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace CentralAsia.Domain.Import.Internal;

/// <summary>
/// A read-only stream that gives back bytes already read from another stream, then the rest of it: how a format is
/// told by its first bytes without needing the stream to seek.
/// </summary>
internal sealed class PrefixedStream(byte[] prefix, int length, Stream inner) : ForwardOnlyStream(inner)
{
    private int position;

    /// <summary>Reads up to <paramref name="count"/> bytes from the start of <paramref name="stream"/> (fewer only at its end).</summary>
    internal static async ValueTask<(byte[] Prefix, int Length)> PeekAsync(Stream stream, int count, bool sync, CancellationToken cancellationToken)
    {
        var prefix = new byte[count];
        var length = 0;
        while (length < count)
        {
            var read = sync
                ? stream.Read(prefix, length, count - length)
                : await stream.ReadAsync(prefix.AsMemory(length, count - length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return (prefix, length);
    }

    public override int Read(Span<byte> buffer)
    {
        if (position < length)
        {
            var n = Math.Min(buffer.Length, length - position);
            prefix.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        return Inner.Read(buffer);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (position < length)
        {
            return ValueTask.FromResult(Read(buffer.Span));
        }

        return Inner.ReadAsync(buffer, cancellationToken);
    }
}
