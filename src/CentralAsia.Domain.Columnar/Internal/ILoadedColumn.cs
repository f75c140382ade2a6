using System.Threading;
using System.Threading.Tasks;
using global::Parquet;

namespace CentralAsia.Domain.Columnar.Internal;

// A column read a row group at a time: its name for errors, and the load, which returns what is wrong with the
// chunk's counts, or null.
internal interface ILoadedColumn
{
    string Name { get; }

    ValueTask<string?> ReadAsync(ParquetRowGroupReader group, long rowCount, EndCheckedStream stream, CancellationToken cancellationToken);
}
