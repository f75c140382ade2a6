using CentralAsia.Domain.Columnar.Internal.Records;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Finance;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;

namespace CentralAsia.Domain.Columnar.Parquet;

/// <summary>
/// The Parquet column schemas of the records besides trade flows (for those, <see cref="TradeFlowParquet"/>), each
/// version 1 and documented in docs/columnar.md.
/// </summary>
/// <example>
/// <code>
/// var dataset = ReferenceData.XianSummit2023;
/// await ParquetTables.Leaders.WriteFileAsync("leaders.parquet", dataset.Leaders.ToAsyncEnumerable());
/// await foreach (var leader in ParquetTables.Leaders.ReadFileAsync("leaders.parquet")) { … }
/// </code>
/// </example>
public static class ParquetTables
{
    /// <summary>Finance commitments (AidData GCDF records): <c>finance-commitment</c>, one row per record.</summary>
    public static ParquetTable<FinanceCommitment> FinanceCommitments { get; } = new(RecordColumns.FinanceCommitment);

    /// <summary>Infrastructure projects, each row with its status history as a list of structs: <c>project</c>.</summary>
    public static ParquetTable<InfrastructureProject> Projects { get; } = new(RecordColumns.Project);

    /// <summary>Leaders, each row with its name's aliases and its terms as lists of structs: <c>leader</c>.</summary>
    public static ParquetTable<Leader> Leaders { get; } = new(RecordColumns.Leader);

    /// <summary>Commitments of summit declarations: <c>commitment</c>.</summary>
    public static ParquetTable<Commitment> Commitments { get; } = new(RecordColumns.Commitment);
}
