using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using CentralAsia.Domain.Columnar.Internal;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Columnar.Arrow;

/// <summary>
/// Trade flows as an Arrow IPC stream, for in-memory interop (pyarrow, Polars, DuckDB's Arrow scans): the same
/// columns, names and types as the Parquet schema of docs/columnar.md, and the same schema metadata.
/// </summary>
/// <remarks>
/// Writing streams record batches of <c>batchSize</c> rows; reading validates every row like
/// <see cref="Parquet.TradeFlowParquet"/>, with the row counted across batches. Codes are plain UTF-8 columns here
/// (Arrow's dictionary arrays are an encoding, not a type: readers see the same strings). Thread-safe.
/// </remarks>
public static class TradeFlowArrow
{
    /// <summary>The default number of rows per record batch: 65,536.</summary>
    public const int DefaultBatchSize = 65_536;

    private static readonly Schema FlowSchema = BuildSchema();

    /// <summary>Writes trade flows as an Arrow IPC stream.</summary>
    /// <param name="destination">A writable stream; it is not closed.</param>
    /// <param name="flows">The flows.</param>
    /// <param name="batchSize">Rows per record batch, 1 to 16,777,216.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The number of flows written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> or <paramref name="flows"/> is null, or holds a null flow.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is out of range.</exception>
    /// <exception cref="ArgumentException">A flow's value has more than 6 decimal places (the column is decimal128(38,6)); it is never rounded silently.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static async Task<long> WriteAsync(Stream destination, IAsyncEnumerable<TradeFlow> flows, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(flows);
        Checks.Range(batchSize, 1, ColumnarLimits.MaxRowsPerRowGroup, nameof(batchSize));
        using var writer = new ArrowStreamWriter(destination, FlowSchema, leaveOpen: true);
        await writer.WriteStartAsync(cancellationToken).ConfigureAwait(false);
        var batch = new List<TradeFlow>(Math.Min(batchSize, 4096));
        long rows = 0;
        await foreach (var flow in flows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(flow, nameof(flows));
            TradeFlowColumns.CheckRepresentable(flow, rows, "decimal128");
            batch.Add(flow);
            rows++;
            if (batch.Count == batchSize)
            {
                await writer.WriteRecordBatchAsync(ToBatch(batch), cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await writer.WriteRecordBatchAsync(ToBatch(batch), cancellationToken).ConfigureAwait(false);
        }

        await writer.WriteEndAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>Reads the trade flows of an Arrow IPC stream, validating every row.</summary>
    /// <param name="source">A readable stream; it is read to its end and not closed.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The flows, batch by batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ColumnarDataException">The stream is damaged or of another schema, or a row is invalid: every error of the first bad row.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static IAsyncEnumerable<TradeFlow> ReadAsync(Stream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return RowStreams.Values(Rows(source, cancellationToken), cancellationToken);
    }

    /// <summary>Lists every error of an Arrow IPC stream of trade flows: the stream's own, or each bad row's.</summary>
    /// <param name="source">A readable stream; it is read to its end and not closed.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>The errors; none when every row is a valid flow.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The check was cancelled.</exception>
    public static IAsyncEnumerable<ColumnarError> ValidateAsync(Stream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return RowStreams.Errors(Rows(source, cancellationToken), cancellationToken);
    }

    private static Schema BuildSchema()
    {
        var builder = new Schema.Builder()
            .Field(f => f.Name(TradeFlowColumns.Reporter).DataType(StringType.Default).Nullable(false))
            .Field(f => f.Name(TradeFlowColumns.Partner).DataType(StringType.Default).Nullable(false))
            .Field(f => f.Name(TradeFlowColumns.Direction).DataType(StringType.Default).Nullable(false))
            .Field(f => f.Name(TradeFlowColumns.Year).DataType(Int32Type.Default).Nullable(false))
            .Field(f => f.Name(TradeFlowColumns.Month).DataType(Int32Type.Default).Nullable(true))
            .Field(f => f.Name(TradeFlowColumns.Value).DataType(new Decimal128Type(TradeFlowColumns.AmountPrecision, TradeFlowColumns.AmountScale)).Nullable(false))
            .Field(f => f.Name(TradeFlowColumns.Currency).DataType(StringType.Default).Nullable(false))
            .Field(f => f.Name(TradeFlowColumns.Valuation).DataType(StringType.Default).Nullable(false))
            .Field(f => f.Name(TradeFlowColumns.HsCode).DataType(StringType.Default).Nullable(true))
            .Field(f => f.Name(TradeFlowColumns.HsEdition).DataType(StringType.Default).Nullable(true))
            .Field(f => f.Name(TradeFlowColumns.Estimated).DataType(BooleanType.Default).Nullable(false))
            .Field(f => f.Name(TradeFlowColumns.Note).DataType(StringType.Default).Nullable(true))
            .Field(f => f.Name(TradeFlowColumns.Citations).DataType(new ListType(new Field("element", StringType.Default, nullable: false))).Nullable(true));
        foreach (var (key, value) in TradeFlowFileWriter.Metadata(partitioned: false))
        {
            builder.Metadata(key, value);
        }

        return builder.Build();
    }

    private static RecordBatch ToBatch(List<TradeFlow> flows)
    {
        var texts = new TextCache();
        var reporter = new StringArray.Builder();
        var partner = new StringArray.Builder();
        var direction = new StringArray.Builder();
        var year = new Int32Array.Builder();
        var month = new Int32Array.Builder();
        var value = new Decimal128Array.Builder(new Decimal128Type(TradeFlowColumns.AmountPrecision, TradeFlowColumns.AmountScale));
        var currency = new StringArray.Builder();
        var valuation = new StringArray.Builder();
        var hsCode = new StringArray.Builder();
        var hsEdition = new StringArray.Builder();
        var estimated = new BooleanArray.Builder();
        var note = new StringArray.Builder();
        var citations = new ListArray.Builder(new Field("element", StringType.Default, nullable: false));
        var citationValues = (StringArray.Builder)citations.ValueBuilder;
        foreach (var flow in flows)
        {
            reporter.Append(flow.Reporter.ToString());
            partner.Append(texts.Of(flow.Partner).ToString());
            direction.Append(EnumText<FlowDirection>.Name(flow.Direction).ToString());
            year.Append(flow.Period.Year);
            month.Append(flow.Period.Month);
            value.Append(flow.Value.Amount);
            currency.Append(flow.Value.Currency.ToString());
            valuation.Append(EnumText<Valuation>.Name(flow.Valuation).ToString());
            if (flow.Commodity is { } commodity)
            {
                hsCode.Append(commodity.Digits);
                _ = commodity.Edition is { } edition ? hsEdition.Append(EnumText<HsEdition>.Name(edition).ToString()) : hsEdition.AppendNull();
            }
            else
            {
                hsCode.AppendNull();
                hsEdition.AppendNull();
            }

            estimated.Append(flow.Estimated);
            _ = flow.Note is { } text ? note.Append(text) : note.AppendNull();
            citations.Append();
            foreach (var source in flow.Citations)
            {
                citationValues.Append(source.Value);
            }
        }

        IArrowArray[] arrays =
        [
            reporter.Build(), partner.Build(), direction.Build(), year.Build(), month.Build(), value.Build(), currency.Build(),
            valuation.Build(), hsCode.Build(), hsEdition.Build(), estimated.Build(), note.Build(), citations.Build(),
        ];
        return new RecordBatch(FlowSchema, arrays, flows.Count);
    }

    private static async IAsyncEnumerable<RowResult<TradeFlow>> Rows(Stream source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArrowStreamReader? reader = null;
        ColumnarError[]? failures = null;
        Columns? columns = null;
        try
        {
            reader = new ArrowStreamReader(source, leaveOpen: true);
            var schema = await reader.GetSchema(cancellationToken).ConfigureAwait(false);
            (columns, failures) = Columns.Bind(schema);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            failures = [new ColumnarError(ColumnarErrorCodes.FormatInvalid, $"The stream is not a readable Arrow IPC stream: {e.Message}")];
        }

        if (failures is not null || columns is null || reader is null)
        {
            reader?.Dispose();
            yield return new RowResult<TradeFlow>(null, failures ?? [new ColumnarError(ColumnarErrorCodes.FormatInvalid, "The stream has no schema.")]);
            yield break;
        }

        ColumnarError? failure = null;
        using (reader)
        {
            var assembler = new TradeFlowRowAssembler(null, null);
            var raw = new RawRow { HasReporterColumn = true, HasYearColumn = true };
            long rowBase = 0;
            while (true)
            {
                RecordBatch? batch;
                try
                {
                    batch = await reader.ReadNextRecordBatchAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
                {
                    failure = new ColumnarError(ColumnarErrorCodes.FormatInvalid, $"Record batch after row {rowBase} cannot be read: {e.Message}");
                    batch = null;
                }

                if (failure is not null)
                {
                    yield return new RowResult<TradeFlow>(null, [failure]);
                    yield break;
                }

                if (batch is null)
                {
                    yield break;
                }

                using (batch)
                {
                    if (columns.Attach(batch) is { } problem)
                    {
                        yield return new RowResult<TradeFlow>(null, [new ColumnarError(ColumnarErrorCodes.FormatInvalid, problem)]);
                        yield break;
                    }

                    for (var r = 0; r < batch.Length; r++)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        columns.Fill(raw, r);
                        yield return assembler.Build(raw, rowBase + r + 1);
                    }

                    rowBase += batch.Length;
                }
            }
        }
    }

    // The stream's columns, found by name and checked by type once; each batch's arrays are attached in turn.
    private sealed class Columns
    {
        private readonly Dictionary<string, int> index;
        private StringArray reporter = null!, partner = null!, direction = null!, currency = null!, valuation = null!, hsCode = null!, hsEdition = null!, note = null!;
        private IArrowArray year = null!, month = null!;
        private Decimal128Array value = null!;
        private BooleanArray estimated = null!;
        private ListArray citations = null!;

        private Columns(Dictionary<string, int> index) => this.index = index;

        internal static (Columns? Columns, ColumnarError[]? Errors) Bind(Schema schema)
        {
            var errors = new List<ColumnarError>();
            var metadata = schema.Metadata ?? new Dictionary<string, string>();
            if (metadata.TryGetValue(ColumnarMetadata.Record, out var record) && record != TradeFlowColumns.Record)
            {
                errors.Add(new ColumnarError(ColumnarErrorCodes.RecordMismatch, $"The stream holds '{record}' records, not '{TradeFlowColumns.Record}'."));
            }

            if (metadata.TryGetValue(ColumnarMetadata.SchemaVersion, out var version) && version != TradeFlowColumns.Version.ToString(CultureInfo.InvariantCulture))
            {
                errors.Add(new ColumnarError(ColumnarErrorCodes.SchemaVersionUnsupported, $"The stream has schema version '{version}' of '{TradeFlowColumns.Record}'; this library reads version {TradeFlowColumns.Version}."));
            }

            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < schema.FieldsList.Count; i++)
            {
                var field = schema.FieldsList[i];
                if (!TradeFlowColumns.AllNames.Contains(field.Name))
                {
                    errors.Add(new ColumnarError(ColumnarErrorCodes.ColumnUnknown, $"The trade-flow schema has no column '{field.Name}'; it is refused rather than dropped.", column: field.Name));
                    continue;
                }

                if (!index.TryAdd(field.Name, i))
                {
                    errors.Add(new ColumnarError(ColumnarErrorCodes.ColumnDuplicate, $"The stream has more than one column named '{field.Name}'.", column: field.Name));
                    continue;
                }

                var type = field.DataType;
                var expected = field.Name switch
                {
                    TradeFlowColumns.Year or TradeFlowColumns.Month => type is Int32Type or Int64Type or Int16Type ? null : "int32",
                    TradeFlowColumns.Value => type is Decimal128Type { Scale: <= 28 } ? null : "decimal128(38,6)",
                    TradeFlowColumns.Estimated => type is BooleanType ? null : "boolean",
                    TradeFlowColumns.Citations => type is ListType { ValueDataType: StringType } ? null : "list<string>",
                    _ => type is StringType ? null : "string",
                };
                if (expected is not null)
                {
                    errors.Add(new ColumnarError(ColumnarErrorCodes.ColumnType, $"The column is {type.Name}; the schema gives it {expected}.", column: field.Name));
                }
            }

            foreach (var name in TradeFlowColumns.AllNames.Where(n => !index.ContainsKey(n)))
            {
                errors.Add(new ColumnarError(ColumnarErrorCodes.ColumnMissing, $"The trade-flow schema requires the column '{name}'.", column: name));
            }

            return errors.Count > 0 ? (null, [.. errors]) : (new Columns(index), null);
        }

        internal string? Attach(RecordBatch batch)
        {
            if (batch.ColumnCount <= index.Values.Max())
            {
                return $"A record batch has {batch.ColumnCount} columns; the schema has {index.Count}.";
            }

            IArrowArray Column(string name) => batch.Column(index[name]);
            reporter = (StringArray)Column(TradeFlowColumns.Reporter);
            partner = (StringArray)Column(TradeFlowColumns.Partner);
            direction = (StringArray)Column(TradeFlowColumns.Direction);
            year = Column(TradeFlowColumns.Year);
            month = Column(TradeFlowColumns.Month);
            value = (Decimal128Array)Column(TradeFlowColumns.Value);
            currency = (StringArray)Column(TradeFlowColumns.Currency);
            valuation = (StringArray)Column(TradeFlowColumns.Valuation);
            hsCode = (StringArray)Column(TradeFlowColumns.HsCode);
            hsEdition = (StringArray)Column(TradeFlowColumns.HsEdition);
            estimated = (BooleanArray)Column(TradeFlowColumns.Estimated);
            note = (StringArray)Column(TradeFlowColumns.Note);
            citations = (ListArray)Column(TradeFlowColumns.Citations);
            return batch.Arrays.Any(a => a.Length != batch.Length) ? "A record batch's columns differ in length." : null;
        }

        internal void Fill(RawRow raw, int r)
        {
            raw.Reporter = Text(reporter, r);
            raw.Partner = Text(partner, r);
            raw.Direction = Text(direction, r);
            (raw.Year, raw.YearProblem) = Number(year, r);
            (raw.Month, raw.MonthProblem) = Number(month, r);
            try
            {
                raw.Value = value.GetValue(r);
                raw.ValueProblem = null;
            }
            catch (OverflowException)
            {
                raw.Value = null;
                raw.ValueProblem = $"{value.GetString(r)} cannot be held exactly as a decimal (more than 28 significant digits, or too large).";
            }

            raw.Currency = Text(currency, r);
            raw.Valuation = Text(valuation, r);
            raw.HsCode = Text(hsCode, r);
            raw.HsEdition = Text(hsEdition, r);
            raw.Estimated = estimated.GetValue(r);
            raw.Note = Text(note, r);
            raw.Citations.Clear();
            raw.CitationsNull = citations.IsNull(r);
            if (!raw.CitationsNull)
            {
                var items = (StringArray)citations.Values;
                var start = citations.ValueOffsets[r];
                for (var i = 0; i < citations.GetValueLength(r); i++)
                {
                    raw.Citations.Add(Text(items, start + i));
                }
            }
        }

        private static ReadOnlyMemory<char>? Text(StringArray array, int r) =>
            array.IsNull(r) ? null : (ReadOnlyMemory<char>?)array.GetString(r).AsMemory();

        private static (long? Value, string? Problem) Number(IArrowArray array, int r) => array switch
        {
            Int32Array a => (a.GetValue(r), null),
            Int16Array a => (a.GetValue(r), null),
            Int64Array a when a.GetValue(r) is { } v && v is < int.MinValue or > int.MaxValue => (null, $"{v} is out of range."),
            Int64Array a => (a.GetValue(r), null),
            _ => (null, null),
        };
    }
}
