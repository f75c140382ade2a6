using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CentralAsia.Domain.Columnar;
using CentralAsia.Domain.Columnar.Parquet;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Fuzz;

/// <summary>
/// The fuzz target of the Parquet reader (CentralAsia.Domain.Columnar). Compiled into the fuzzing program and into
/// the Columnar test project, which replays <c>fuzz/corpus/parquet</c> and <c>fuzz/regressions/parquet</c>.
/// </summary>
public static class ParquetFuzzTarget
{
    private static readonly FrozenSet<string> KnownCodes = FuzzTargets.CodesOf(typeof(ErrorCodes), typeof(ColumnarErrorCodes));

    /// <summary>The targets by name, as <c>fuzz/run.sh TARGET</c> takes them.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["parquet"] = TradeFlows,
        ["parquet-records"] = Records,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Arbitrary bytes as a Parquet file of trade flows: <see cref="TradeFlowParquet.ValidateAsync"/> never throws and
    /// reports only documented codes with a message; <see cref="TradeFlowParquet.ReadAsync"/> either reads to the end
    /// (and then validation found nothing) or throws <see cref="ColumnarDataException"/> with exactly the errors
    /// validation reported first; the flows read before it are written and read back equal.
    /// </summary>
    /// <param name="data">The file's bytes.</param>
    public static void TradeFlows(byte[] data) => TradeFlowsAsync(data).GetAwaiter().GetResult();

    private static async Task TradeFlowsAsync(byte[] data)
    {
        var flows = await AgreeingAsync("trade-flow", data, s => TradeFlowParquet.ValidateAsync(s), s => TradeFlowParquet.ReadAsync(s)).ConfigureAwait(false);

        // Whatever was read is a valid flow: it writes and reads back equal. Amounts finer than the column's scale
        // cannot come from a decimal(38,6)-or-coarser column, but a foreign file may have a finer one.
        if (flows.Count > 0 && flows.TrueForAll(f => decimal.Round(f.Value.Amount, 6) == f.Value.Amount))
        {
            using var again = new MemoryStream();
            await TradeFlowParquet.WriteAsync(again, flows.ToAsyncEnumerable()).ConfigureAwait(false);
            again.Position = 0;
            var back = await TradeFlowParquet.ReadAsync(again).ToListAsync().ConfigureAwait(false);
            Check(back.SequenceEqual(flows), "Flows read from the input do not round-trip through Parquet");
        }
    }

    // The oracle every Parquet reader meets: validation never throws and reports only documented codes, each with a
    // message and a 1-based row; reading either reads to the end (and then validation found nothing) or throws
    // ColumnarDataException with exactly the errors validation reported first. Returns what was read.
    private static async Task<List<T>> AgreeingAsync<T>(string record, byte[] data, Func<Stream, IAsyncEnumerable<ColumnarError>> validate, Func<Stream, IAsyncEnumerable<T>> read)
    {
        var errors = new List<ColumnarError>();
        await foreach (var error in validate(new MemoryStream(data, writable: false)).ConfigureAwait(false))
        {
            Check(KnownCodes.Contains(error.Code), $"{record}: undocumented error code '{error.Code}'");
            Check(!string.IsNullOrWhiteSpace(error.Message), $"{record}: an error without a message");
            Check(error.Row is null or >= 1, $"{record}: row {error.Row} is not 1-based");
            errors.Add(error);
        }

        var records = new List<T>();
        try
        {
            await foreach (var item in read(new MemoryStream(data, writable: false)).ConfigureAwait(false))
            {
                records.Add(item);
            }

            if (errors.Count > 0)
            {
                throw new FuzzFailureException($"{record}: ReadAsync read to the end but ValidateAsync found {errors.Count} error(s): {errors[0]}");
            }
        }
        catch (ColumnarDataException e)
        {
            Check(e.Errors.Length > 0 && errors.Take(e.Errors.Length).SequenceEqual(e.Errors), $"{record}: ReadAsync stopped with other errors than ValidateAsync's first: {e.Message}");
        }

        return records;
    }

    /// <summary>
    /// Arbitrary bytes as a Parquet file of each record table (<see cref="ParquetTables"/>): for every table, validation
    /// never throws and reports only documented codes; reading agrees with it; the records read write and read back equal.
    /// </summary>
    /// <param name="data">The file's bytes.</param>
    public static void Records(byte[] data) => RecordsAsync(data).GetAwaiter().GetResult();

    private static async Task RecordsAsync(byte[] data)
    {
        await TableAsync(ParquetTables.Leaders, data).ConfigureAwait(false);
        await TableAsync(ParquetTables.Projects, data).ConfigureAwait(false);
        await TableAsync(ParquetTables.Commitments, data).ConfigureAwait(false);
        await TableAsync(ParquetTables.FinanceCommitments, data).ConfigureAwait(false);
    }

    private static async Task TableAsync<T>(ParquetTable<T> table, byte[] data)
        where T : class
    {
        var records = await AgreeingAsync(table.Record, data, s => table.ValidateAsync(s), s => table.ReadAsync(s)).ConfigureAwait(false);
        if (records.Count == 0)
        {
            return;
        }

        // Whatever was read is a valid record: it writes and reads back equal, unless a foreign file's decimal column
        // is finer than ours (refused on writing, never rounded).
        using var again = new MemoryStream();
        try
        {
            await table.WriteAsync(again, records.ToAsyncEnumerable()).ConfigureAwait(false);
        }
        catch (ArgumentException e) when (e.Message.Contains(ColumnarErrorCodes.ValueNotRepresentable, StringComparison.Ordinal))
        {
            return;
        }

        again.Position = 0;
        var back = await table.ReadAsync(again).ToListAsync().ConfigureAwait(false);
        Check(back.SequenceEqual(records), $"{table}: records read from the input do not round-trip through Parquet");
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new FuzzFailureException(message);
        }
    }
}
