using System;
using System.IO;
using System.Threading;

namespace CentralAsia.Tool;

/// <summary>
/// Writes a file under a temporary name beside it and renames it into place when complete, so that an error or
/// Ctrl-C never leaves a truncated file that looks whole.
/// </summary>
internal static class AtomicFile
{
    internal static async System.Threading.Tasks.Task WriteAsync(FileInfo target, Func<Stream, System.Threading.Tasks.Task> write, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(target.DirectoryName ?? ".", $".{target.Name}.{Environment.ProcessId}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await write(stream).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, target.FullName, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserException($"cannot write '{target}': {e.Message}");
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
