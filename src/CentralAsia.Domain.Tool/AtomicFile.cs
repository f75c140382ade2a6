using System;
using System.IO;
using System.Threading;

namespace CentralAsia.Tool;

/// <summary>
/// Writes a file under a temporary name beside it and renames it into place when complete, so that an error or
/// Ctrl-C never leaves a truncated file that looks whole: the Columnar package's writer (one implementation, flushed
/// to disk before the rename), with the file system's errors as the tool's usage or I/O error.
/// </summary>
internal static class AtomicFile
{
    internal static async System.Threading.Tasks.Task WriteAsync(FileInfo target, Func<Stream, System.Threading.Tasks.Task> write, CancellationToken cancellationToken)
    {
        try
        {
            await Domain.Columnar.Internal.AtomicFile.WriteAsync(
                target.FullName,
                async (stream, _) =>
                {
                    await write(stream).ConfigureAwait(false);
                    return 0;
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserException($"cannot write '{target}': {e.Message}");
        }
    }
}
