using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Data;

namespace CentralAsia.Tool.Convert;

// One kind of record convert moves: its name for --record, its plural for the summary, its records in a dataset, and
// how it is written to and read from Parquet.
internal sealed record RecordKind<T>(
    string Name,
    string Plural,
    Func<CentralAsiaDataset, IEnumerable<T>> OfDataset,
    Func<string, IAsyncEnumerable<T>, CancellationToken, Task> WriteParquetFile,
    Func<Stream, CancellationToken, IAsyncEnumerable<T>> ReadParquet)
    where T : class;

internal static class RecordKind
{
    internal static RecordKind<T> Of<T>(ParquetTable<T> table, string plural, Func<CentralAsiaDataset, IEnumerable<T>> ofDataset)
        where T : class =>
        new(table.Record, plural, ofDataset, (path, rows, token) => table.WriteFileAsync(path, rows, cancellationToken: token), table.ReadAsync);
}
