using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Serialization;
using CentralAsia.Tool.Output;

namespace CentralAsia.Tool.Convert;

// One conversion between JSON Lines or Parquet, or from a dataset: one record in memory at a time (a dataset is read
// whole first), counted for the progress bar, the output written atomically.
internal sealed record Run(FileInfo Input, string From, FileInfo Output, string To, ProgressReporter Progress, CancellationToken CancellationToken)
{
    internal async Task<long> StreamAsync<T>(RecordKind<T> kind)
        where T : class
    {
        long rows = 0;
        async IAsyncEnumerable<T> Counted([EnumeratorCancellation] CancellationToken token = default)
        {
            await foreach (var record in ReadAsync(kind).WithCancellation(token).ConfigureAwait(false))
            {
                rows++;
                Progress.Row();
                yield return record;
            }
        }

        if (To == ".parquet")
        {
            await kind.WriteParquetFile(Output.FullName, Counted(CancellationToken), CancellationToken).ConfigureAwait(false);
        }
        else
        {
            await AtomicFile.WriteAsync(Output, stream => CentralAsiaJson.SerializeLinesAsync(stream, Counted(CancellationToken), CancellationToken), CancellationToken).ConfigureAwait(false);
        }

        return rows;
    }

    internal async IAsyncEnumerable<T> ReadAsync<T>(RecordKind<T> kind)
        where T : class
    {
        await using var stream = new CountingStream(File.OpenRead(Input.FullName), Progress);
        var records = From switch
        {
            ".jsonl" => CentralAsiaJson.DeserializeLinesAsync<T>(stream, CancellationToken),
            ".parquet" => kind.ReadParquet(stream, CancellationToken),
            _ => kind.OfDataset(await CentralAsiaJson.DeserializeAsync<CentralAsiaDataset>(stream, CancellationToken).ConfigureAwait(false)).ToAsyncEnumerable(),
        };
        await foreach (var record in records.ConfigureAwait(false))
        {
            yield return record;
        }
    }
}
