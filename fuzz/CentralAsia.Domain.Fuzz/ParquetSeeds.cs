using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Fuzz;

/// <summary>Writes the seed files of the Parquet target: small valid files that cover every column's cases.</summary>
public static class ParquetSeeds
{
    /// <summary>Writes the seeds into a folder.</summary>
    /// <param name="directory">The folder, e.g. fuzz/corpus/parquet.</param>
    /// <returns>The task.</returns>
    public static async Task WriteAsync(string directory)
    {
        Directory.CreateDirectory(directory);
        TradeFlow[] flows =
        [
            new(CountryCode.China, TradePartner.Of(CountryCode.Kazakhstan), FlowDirection.Export, TradePeriod.ForYear(2022), Money.Parse("16366000000 USD"), Valuation.Fob, null, false, null, [SourceId.Parse("gacc-2022")]),
            new(CountryCode.Kazakhstan, TradePartner.Of(CountryCode.China), FlowDirection.Import, TradePeriod.ForMonth(2022, 7), Money.Parse("12.5 USD"), Valuation.Cif, HsCode.Parse("H6:2711"), true, "Derived.", [SourceId.Parse("stat-kz"), SourceId.Parse("gacc-2022")]),
            new(CountryCode.China, TradePartner.CentralAsia, FlowDirection.Turnover, TradePeriod.ForYear(2022), Money.Parse("70200000000 USD"), Valuation.Unknown, null, false, null, []),
        ];
        await Write("flows.parquet", flows, ParquetWriteOptions.Default);
        await Write("row-groups.parquet", flows, new ParquetWriteOptions { RowGroupSize = 1, Compression = ParquetCompression.None });
        await Write("empty.parquet", [], ParquetWriteOptions.Default);

        Task Write(string name, TradeFlow[] items, ParquetWriteOptions options) =>
            TradeFlowParquet.WriteFileAsync(Path.Combine(directory, name), items.ToAsyncEnumerable(), options);
    }
}
