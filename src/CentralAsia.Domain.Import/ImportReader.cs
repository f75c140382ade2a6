using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Import.Internal;

namespace CentralAsia.Domain.Import;

/// <summary>
/// One import of one file: its records, streamed once, synchronously (<see cref="ReadAll"/>) or asynchronously
/// (<see cref="ReadAllAsync"/>), and the <see cref="Summary"/> of what was read. Memory stays flat however long the
/// file: one row is held at a time.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <remarks>
/// <para>The file is opened when the enumeration starts and closed when it ends or the enumerator is disposed. A bad
/// row is never imported; what happens next is the <see cref="ImportErrorPolicy"/>'s: stop at once, stop at a limit,
/// or read on. A file that cannot be read on (malformed, unknown layout, a required column missing) stops the import
/// whatever the policy. Both stop by throwing an <see cref="ImportException"/>; cancellation throws
/// <see cref="OperationCanceledException"/>. No other exception escapes for any content of the file; opening a missing
/// or unreadable file throws the <see cref="System.IO.IOException"/> (or <see cref="UnauthorizedAccessException"/>)
/// of the file system.</para>
/// <para>Not thread-safe; read it once.</para>
/// </remarks>
public sealed class ImportReader<T>
    where T : class
{
    private readonly Func<bool, CancellationToken, ValueTask<RowSource>> open;
    private readonly RowMapper<T> mapper;
    private readonly ImportErrorPolicy policy;
    private readonly List<ImportError> rowErrors = [];
    private int started;

    internal ImportReader(string file, string format, Func<bool, CancellationToken, ValueTask<RowSource>> open, RowMapper<T> mapper, ImportErrorPolicy policy)
    {
        this.open = open;
        this.mapper = mapper;
        this.policy = policy;
        Summary = new ImportSummary(file, format);
    }

    /// <summary>What has been read so far; complete once the enumeration has ended.</summary>
    public ImportSummary Summary { get; }

    /// <summary>Reads the file's records, synchronously.</summary>
    /// <param name="cancellationToken">Stops the reading between rows.</param>
    /// <returns>The records, in the file's order.</returns>
    /// <exception cref="InvalidOperationException">The reader was already read.</exception>
    /// <exception cref="ImportException">The file cannot be read on, or its errors reached the policy's limit.</exception>
    public IEnumerable<T> ReadAll(CancellationToken cancellationToken = default)
    {
        Start();
        return Iterate(cancellationToken);
    }

    /// <summary>Reads the file's records, asynchronously.</summary>
    /// <param name="cancellationToken">Stops the reading between rows.</param>
    /// <returns>The records, in the file's order.</returns>
    /// <exception cref="InvalidOperationException">The reader was already read.</exception>
    /// <exception cref="ImportException">The file cannot be read on, or its errors reached the policy's limit.</exception>
    public IAsyncEnumerable<T> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        Start();
        return IterateAsync(cancellationToken);
    }

    private void Start()
    {
        if (Interlocked.Exchange(ref started, 1) != 0)
        {
            throw new InvalidOperationException("This import was already read; open the file again to read it again.");
        }
    }

    private IEnumerable<T> Iterate(CancellationToken cancellationToken)
    {
        using var source = Guard(() => Synchronously.Result(open(true, cancellationToken)));
        Guard(() => mapper.Bind(source));
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!Guard(source.MoveNext))
            {
                break;
            }

            if (Next(source) is { } record)
            {
                yield return record;
            }
        }

        Summary.Completed = true;
    }

    private async IAsyncEnumerable<T> IterateAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        RowSource source;
        try
        {
            source = await open(false, cancellationToken).ConfigureAwait(false);
        }
        catch (FileFailure failure)
        {
            throw Stop(failure.Error);
        }

        using (source)
        {
            Guard(() => mapper.Bind(source));
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                bool more;
                try
                {
                    more = await source.MoveNextAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (FileFailure failure)
                {
                    throw Stop(failure.Error);
                }

                if (!more)
                {
                    break;
                }

                if (Next(source) is { } record)
                {
                    yield return record;
                }
            }
        }

        Summary.Completed = true;
    }

    // Maps the current row and counts it; throws when the errors reach the policy's limit.
    private T? Next(RowSource source)
    {
        Summary.Read();
        rowErrors.Clear();
        T? record;
        string? skipRule;
        try
        {
            record = mapper.Map(source, rowErrors, Summary, out skipRule);
        }
        catch (FileFailure failure)
        {
            throw Stop(failure.Error);
        }

        if (rowErrors.Count > 0)
        {
            Summary.Reject(rowErrors, policy.Limit);
            if (policy.Limit is { } limit && Summary.Errors.Count >= limit)
            {
                throw new ImportException([.. Summary.Errors], Summary.Copy());
            }

            return null;
        }

        if (skipRule is not null)
        {
            Summary.Skip(skipRule);
            return null;
        }

        Summary.Import();
        return record;
    }

    private ImportException Stop(ImportError error)
    {
        Summary.Fail(error);
        return new ImportException([.. Summary.Errors], Summary.Copy());
    }

    private TResult Guard<TResult>(Func<TResult> action)
    {
        try
        {
            return action();
        }
        catch (FileFailure failure)
        {
            throw Stop(failure.Error);
        }
    }

    private void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (FileFailure failure)
        {
            throw Stop(failure.Error);
        }
    }
}
