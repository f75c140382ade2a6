using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;

namespace CentralAsia.Domain.Import.Internal;

/// <summary>
/// A forward-only view of a text file that checks its bytes are UTF-8 as they pass through, so a bad byte is reported
/// at its own line and place in the line. A decoder behind a reader's buffer can only say that decoding failed, which a
/// CSV reader then reports at the row after the last one it handed out — a buffer too early (line 2491 for a bad byte
/// on line 2501 of a Comtrade file).
/// </summary>
/// <remarks>
/// A file that starts with a UTF-16 or UTF-32 byte order mark is passed through unchecked: the reader decodes it by its
/// mark. A character split across two reads is held back until its last byte arrives, and a file that ends inside one
/// is an error too. Lines are counted at <c>\n</c>, as CSV readers count CRLF and LF rows. Checking costs one vectorized
/// validation (<see cref="Utf8.IsValid(ReadOnlySpan{byte})"/>) and one newline count per read.
/// </remarks>
internal sealed class Utf8CheckedStream(Stream inner) : ForwardOnlyStream(inner)
{
    private readonly byte[] held = new byte[4];
    private int heldCount;
    private State state;
    private long line = 1;
    private long offset;
    private long lineStart;

    private enum State
    {
        Undecided,
        Checking,
        PassThrough,
    }

    public override int Read(Span<byte> buffer)
    {
        var read = Inner.Read(buffer);
        Check(buffer[..read], final: read == 0 && !buffer.IsEmpty);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await Inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Check(buffer.Span[..read], final: read == 0 && !buffer.IsEmpty);
        return read;
    }

    private void Check(ReadOnlySpan<byte> chunk, bool final)
    {
        if (state == State.PassThrough || (chunk.IsEmpty && !final))
        {
            return;
        }

        // The bytes held back from the last read (the start of a split character, or of the file) go first.
        byte[]? rented = null;
        var data = chunk;
        if (heldCount > 0)
        {
            rented = ArrayPool<byte>.Shared.Rent(heldCount + chunk.Length);
            held.AsSpan(0, heldCount).CopyTo(rented);
            chunk.CopyTo(rented.AsSpan(heldCount));
            data = rented.AsSpan(0, heldCount + chunk.Length);
        }

        try
        {
            if (state == State.Undecided)
            {
                if (data.Length < 2 && !final)
                {
                    Hold(data);
                    return;
                }

                if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
                {
                    state = State.PassThrough;
                    heldCount = 0;
                    return;
                }

                state = State.Checking;
            }

            var complete = final ? data.Length : CompleteLength(data);
            var whole = data[..complete];
            if (!Utf8.IsValid(whole))
            {
                throw Invalid(whole, FirstInvalid(whole));
            }

            var lastNewLine = whole.LastIndexOf((byte)'\n');
            if (lastNewLine >= 0)
            {
                line += whole.Count((byte)'\n');
                lineStart = offset + lastNewLine + 1;
            }

            offset += complete;
            Hold(data[complete..]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private void Hold(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(held);
        heldCount = bytes.Length;
    }

    // The length of the data without a character that starts in its last three bytes and is not complete yet. Holding
    // back more than needed would change nothing but when a byte is checked, so mutation testing cannot tell apart the
    // exact lengths here (those mutants are equivalent); the property test checks that nothing valid is ever refused.
    private static int CompleteLength(ReadOnlySpan<byte> data)
    {
        for (var back = 1; back <= Math.Min(3, data.Length); back++)
        {
            var b = data[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: look further back for the character's first byte
            }

            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? data.Length - back : data.Length;
        }

        return data.Length;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> data)
    {
        var at = 0;
        while (at < data.Length && Rune.DecodeFromUtf8(data[at..], out _, out var consumed) == OperationStatus.Done)
        {
            at += consumed;
        }

        return at;
    }

    private Utf8Exception Invalid(ReadOnlySpan<byte> data, int at)
    {
        var before = data[..at];
        var lastNewLine = before.LastIndexOf((byte)'\n');
        var badLine = line + before.Count((byte)'\n');
        var column = (lastNewLine >= 0 ? at - lastNewLine - 1 : offset + at - lineStart) + 1;
        return new Utf8Exception(badLine, column, data[at], endsInside: Rune.DecodeFromUtf8(data[at..], out _, out _) == OperationStatus.NeedMoreData);
    }
}

/// <summary>Bytes that are not UTF-8, at a line and a byte of that line (both from 1); the CSV source turns it into the file's error, whose line is this one (so the message names only the byte).</summary>
internal sealed class Utf8Exception(long line, long column, byte value, bool endsInside)
    : IOException(endsInside
        ? $"The file ends inside a UTF-8 character (byte {column} of the line, 0x{value:X2})."
        : $"The file is not UTF-8 text: byte {column} of the line (0x{value:X2}) is not valid UTF-8.")
{
    internal long Line { get; } = line;

    internal long Column { get; } = column;
}
