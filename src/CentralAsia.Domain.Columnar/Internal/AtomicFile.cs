using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace CentralAsia.Domain.Columnar.Internal;

// Writes a file under a temporary name in the same folder and renames it when complete: a crash or a cancellation
// never leaves a truncated file under the real name, and readers globbing *.parquet never see a half-written one.
internal static class AtomicFile
{
    internal static async Task<T> WriteAsync<T>(string path, Func<Stream, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            T result;
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                result = await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
