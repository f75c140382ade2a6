using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace CentralAsia.Domain.Import.Internal;

/// <summary>
/// What both importers do with their input before a row source reads it: open the file (asynchronously for the async
/// path), look at its first bytes to tell its format, and hand on a stream that starts at the beginning again — the
/// same stream rewound when it can seek (a workbook's zip directory is at its end), else one that replays the bytes
/// looked at.
/// </summary>
internal static class InputFile
{
    /// <summary>Opens a file for reading, with a buffer fit for streaming it once.</summary>
    internal static Func<bool, Stream> At(string path) =>
        sync => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: !sync);

    /// <summary>
    /// Opens the input, reads its first <paramref name="sniff"/> bytes and lets <paramref name="choose"/> open the row
    /// source from them; the stream is disposed if that fails.
    /// </summary>
    /// <param name="open">Opens the input (true: for the synchronous path).</param>
    /// <param name="sniff">How many bytes to look at.</param>
    /// <param name="sync">Whether this is the synchronous path (every await then completes at once).</param>
    /// <param name="choose">Given the first bytes and the stream from the start (skipping <c>skip</c> bytes), opens the row source.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    internal static async ValueTask<RowSource> OpenAsync(
        Func<bool, Stream> open, int sniff, bool sync, Func<ReadOnlyMemory<byte>, Func<int, Stream>, ValueTask<RowSource>> choose, CancellationToken cancellationToken)
    {
        var stream = open(sync);
        try
        {
            var origin = stream.CanSeek ? stream.Position : 0;
            var (prefix, length) = await PrefixedStream.PeekAsync(stream, sniff, sync, cancellationToken).ConfigureAwait(false);
            Stream FromStart(int skip)
            {
                if (stream.CanSeek)
                {
                    stream.Position = origin + skip;
                    return stream;
                }

                return new PrefixedStream(prefix[skip..], length - skip, stream);
            }

            return await choose(prefix.AsMemory(0, length), FromStart).ConfigureAwait(false);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
