using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace CentralAsia.Domain.Columnar.Internal;

// The two ways every reader of this package hands its rows out: the records, throwing at the first bad row with all
// its errors, or every error to the end; and a file opened for a reader, closed when it is done.
internal static class RowStreams
{
    internal static async IAsyncEnumerable<T> Values<T>(IAsyncEnumerable<RowResult<T>> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        await foreach (var (value, errors) in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (errors is not null)
            {
                throw new ColumnarDataException(errors);
            }

            yield return value!;
        }
    }

    internal static async IAsyncEnumerable<ColumnarError> Errors<T>(IAsyncEnumerable<RowResult<T>> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        await foreach (var (_, errors) in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var error in errors ?? [])
            {
                yield return error;
            }
        }
    }

    internal static async IAsyncEnumerable<RowResult<T>> FromFile<T>(string path, Func<Stream, CancellationToken, IAsyncEnumerable<RowResult<T>>> read, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var row in read(stream, cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }
        }
    }
}
