using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Columnar.Tests.Support;
using CentralAsia.Domain.Reference;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Tests;
using CentralAsia.Domain.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CentralAsia.Domain.Columnar.Tests.Records;

public sealed class RecordRoundTripTests
{
    private static Property RoundTrips<T>(ParquetTable<T> table, Gen<T> records)
        where T : class =>
        Prop.ForAll(
            (from rows in Support.Records.Representable(records).ArrayOf()
             from size in Gen.Choose(1, 5)
             select (rows, size)).ToArbitrary(),
            c =>
            {
                var file = Support.Records.ToParquetAsync(table, c.rows, new ParquetWriteOptions { RowGroupSize = c.size }).GetAwaiter().GetResult();
                var read = Support.Records.FromParquetAsync(table, file).GetAwaiter().GetResult();
                return read.SequenceEqual(c.rows);
            });

    [Property(MaxTest = 100 / Runs.Divisor)]
    public Property Every_finance_commitment_written_reads_back_equal() => RoundTrips(ParquetTables.FinanceCommitments, DomainGen.FinanceCommitment);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public Property Every_project_with_its_history_reads_back_equal() => RoundTrips(ParquetTables.Projects, DomainGen.Project);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public Property Every_leader_with_aliases_and_terms_reads_back_equal() => RoundTrips(ParquetTables.Leaders, DomainGen.Leader);

    [Property(MaxTest = 100 / Runs.Divisor)]
    public Property Every_commitment_reads_back_equal() => RoundTrips(ParquetTables.Commitments, DomainGen.Commitment);

    [Fact]
    public async Task The_reference_datasets_records_read_back_with_the_same_json()
    {
        var dataset = ReferenceData.XianSummit2023;
        await Same(ParquetTables.Leaders, dataset.Leaders.ToArray());
        await Same(ParquetTables.Projects, dataset.Projects.ToArray());
        await Same(ParquetTables.Commitments, dataset.Declarations.SelectMany(d => d.Commitments).ToArray());

        static async Task Same<T>(ParquetTable<T> table, T[] records)
            where T : class
        {
            Assert.NotEmpty(records);
            var read = await Support.Records.FromParquetAsync(table, await Support.Records.ToParquetAsync(table, records));
            Assert.Equal(records.Select(r => CentralAsiaJson.Serialize(r)), read.Select(r => CentralAsiaJson.Serialize(r)));
        }
    }

    [Fact]
    public async Task An_empty_sequence_is_a_file_of_no_rows()
    {
        var file = await Support.Records.ToParquetAsync(ParquetTables.Leaders, []);
        Assert.Equal("PAR1"u8.ToArray(), file[..4]);
        Assert.Empty(await Support.Records.FromParquetAsync(ParquetTables.Leaders, file));
    }

    [Fact]
    public void Each_table_names_its_record_and_version()
    {
        Assert.Equal(["finance-commitment v1", "project v1", "leader v1", "commitment v1"],
            new object[] { ParquetTables.FinanceCommitments, ParquetTables.Projects, ParquetTables.Leaders, ParquetTables.Commitments }.Select(t => t.ToString()));
        Assert.Equal(["id", "name", "country", "birth_date", "terms", "citations"], ParquetTables.Leaders.ColumnNames);
    }
}
