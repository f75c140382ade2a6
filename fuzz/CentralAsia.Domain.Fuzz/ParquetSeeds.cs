using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Fuzz;

/// <summary>Writes the seed files of the Parquet targets: small valid files that cover every column's cases.</summary>
public static class ParquetSeeds
{
    /// <summary>Writes the seeds into a folder.</summary>
    /// <param name="directory">The folder, e.g. fuzz/corpus/parquet; the record tables' seeds go to its sibling parquet-records.</param>
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

        var records = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(directory))!, "parquet-records");
        Directory.CreateDirectory(records);
        var dataset = Reference.ReferenceData.XianSummit2023;
        var small = new ParquetWriteOptions { RowGroupSize = 2, Compression = ParquetCompression.None };
        await ParquetTables.Leaders.WriteFileAsync(Path.Combine(records, "leaders.parquet"), dataset.Leaders.Take(4).ToAsyncEnumerable(), small);
        await ParquetTables.Projects.WriteFileAsync(Path.Combine(records, "projects.parquet"), dataset.Projects.Take(3).ToAsyncEnumerable(), small);
        await ParquetTables.Commitments.WriteFileAsync(Path.Combine(records, "commitments.parquet"), dataset.Declarations.SelectMany(d => d.Commitments).Take(4).ToAsyncEnumerable(), small);
        Finance.FinanceCommitment[] finance =
        [
            new(90001, CountryCode.Kyrgyzstan, "Gas pipeline section", ["China Development Bank"], "Loan", Finance.FinanceFlowClass.OofLike, Finance.FinanceStatus.Implementation,
                "ENERGY", PartialDate.Parse("2014-09-13"), PartialDate.Parse("2014-09"), null, Money.Parse("1200000000 CNY"), Money.Parse("215000000 USD"), Money.Parse("214500000.5 USD"),
                recommendedForAggregates: true, citations: [SourceId.Parse("t6")]),
            new(90002, CountryCode.Tajikistan, "Grant for a school", ["MOFCOM", "CIDCA"], "Grant", Finance.FinanceFlowClass.OdaLike, Finance.FinanceStatus.Pledged, umbrella: true),
        ];
        await ParquetTables.FinanceCommitments.WriteFileAsync(Path.Combine(records, "finance.parquet"), finance.ToAsyncEnumerable(), ParquetWriteOptions.Default);
        await ParquetTables.Leaders.WriteFileAsync(Path.Combine(records, "empty.parquet"), AsyncEnumerable.Empty<People.Leader>(), ParquetWriteOptions.Default);

        Task Write(string name, TradeFlow[] items, ParquetWriteOptions options) =>
            TradeFlowParquet.WriteFileAsync(Path.Combine(directory, name), items.ToAsyncEnumerable(), options);
    }
}
