using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Values;
using global::Parquet;
using global::Parquet.Schema;

namespace CentralAsia.Domain.Columnar.Internal;

// Up to one row group of trade flows, column by column, ready for Parquet.Net's low-level writer. Strings are held
// as ReadOnlyMemory<char> of cached texts, so a row costs no allocation but the citations' list entries.
internal sealed class TradeFlowRowBuffer
{
    private readonly ParquetSchema schema;
    private readonly bool partitioned;
    private readonly int capacity;
    private ReadOnlyMemory<char>[] reporter = [], partner = [], direction = [], currency = [], valuation = [];
    private ReadOnlyMemory<char>?[] hsCode = [], hsEdition = [], note = [];
    private int[] year = [];
    private int?[] month = [];
    private decimal[] value = [];
    private bool[] estimated = [];
    private readonly List<ReadOnlyMemory<char>> citations = [];
    private readonly List<int> citationDefinitions = [], citationRepetitions = [];
    private readonly int citationsPresent, citationsEmpty;
    private readonly TextCache texts;

    internal TradeFlowRowBuffer(int capacity, bool partitioned, TextCache texts)
    {
        this.capacity = capacity;
        this.partitioned = partitioned;
        this.texts = texts;
        schema = partitioned ? TradeFlowColumns.Partition : TradeFlowColumns.Full;
        var element = schema.Data(TradeFlowColumns.Citations);
        citationsPresent = element.MaxDefinitionLevel;
        citationsEmpty = element.MaxDefinitionLevel - 1;
    }

    internal int Count { get; private set; }

    internal bool IsFull => Count == capacity;

    internal ParquetSchema Schema => schema;

    internal void Add(TradeFlow flow, long ordinal)
    {
        TradeFlowColumns.CheckRepresentable(flow, ordinal, "decimal");
        var amount = flow.Value.Amount;
        if (Count == partner.Length)
        {
            Grow();
        }

        var i = Count++;
        if (!partitioned)
        {
            reporter[i] = TextCache.Of(flow.Reporter);
            year[i] = flow.Period.Year;
        }

        partner[i] = texts.Of(flow.Partner);
        direction[i] = EnumText<FlowDirection>.Name(flow.Direction);
        month[i] = flow.Period.Month;
        value[i] = amount;
        currency[i] = texts.Of(flow.Value.Currency);
        valuation[i] = EnumText<Valuation>.Name(flow.Valuation);
        if (flow.Commodity is { } commodity)
        {
            hsCode[i] = texts.DigitsOf(commodity);
            hsEdition[i] = commodity.Edition is { } edition ? EnumText<HsEdition>.Name(edition) : (ReadOnlyMemory<char>?)null;
        }
        else
        {
            hsCode[i] = null;
            hsEdition[i] = null;
        }

        estimated[i] = flow.Estimated;
        note[i] = flow.Note?.AsMemory();
        var sources = flow.Citations.AsSpan();
        if (sources.IsEmpty)
        {
            citationDefinitions.Add(citationsEmpty);
            citationRepetitions.Add(0);
        }

        for (var s = 0; s < sources.Length; s++)
        {
            citations.Add(sources[s].Value.AsMemory());
            citationDefinitions.Add(citationsPresent);
            citationRepetitions.Add(s == 0 ? 0 : 1);
        }
    }

    internal async Task WriteAsync(ParquetWriter writer, CancellationToken cancellationToken)
    {
        if (Count == 0)
        {
            return;
        }

        using (var group = writer.CreateRowGroup())
        {
            var n = Count;
            if (!partitioned)
            {
                await Write(group, TradeFlowColumns.Reporter, reporter, n, cancellationToken).ConfigureAwait(false);
            }

            await Write(group, TradeFlowColumns.Partner, partner, n, cancellationToken).ConfigureAwait(false);
            await Write(group, TradeFlowColumns.Direction, direction, n, cancellationToken).ConfigureAwait(false);
            if (!partitioned)
            {
                await Write(group, TradeFlowColumns.Year, year, n, cancellationToken).ConfigureAwait(false);
            }

            await Write(group, TradeFlowColumns.Month, month, n, cancellationToken).ConfigureAwait(false);
            await Write(group, TradeFlowColumns.Value, value, n, cancellationToken).ConfigureAwait(false);
            await Write(group, TradeFlowColumns.Currency, currency, n, cancellationToken).ConfigureAwait(false);
            await Write(group, TradeFlowColumns.Valuation, valuation, n, cancellationToken).ConfigureAwait(false);
            await Write(group, TradeFlowColumns.HsCode, hsCode, n, cancellationToken).ConfigureAwait(false);
            await Write(group, TradeFlowColumns.HsEdition, hsEdition, n, cancellationToken).ConfigureAwait(false);
            await Write(group, TradeFlowColumns.Estimated, estimated, n, cancellationToken).ConfigureAwait(false);
            await Write(group, TradeFlowColumns.Note, note, n, cancellationToken).ConfigureAwait(false);
            await group.WriteAllPartsAsync(
                schema.Data(TradeFlowColumns.Citations),
                (ReadOnlyMemory<ReadOnlyMemory<char>>)citations.ToArray(),
                citationDefinitions.ToArray(),
                citationRepetitions.ToArray(),
                cancellationToken).ConfigureAwait(false);
            group.CompleteValidate();
        }

        Clear();
    }

    // The arrays grow by doubling up to the row-group size, so a partition with few rows holds little memory.
    private void Grow()
    {
        var length = Math.Min(capacity, Math.Max(1024, partner.Length * 2));
        if (!partitioned)
        {
            Array.Resize(ref reporter, length);
            Array.Resize(ref year, length);
        }

        Array.Resize(ref partner, length);
        Array.Resize(ref direction, length);
        Array.Resize(ref currency, length);
        Array.Resize(ref valuation, length);
        Array.Resize(ref hsCode, length);
        Array.Resize(ref hsEdition, length);
        Array.Resize(ref note, length);
        Array.Resize(ref month, length);
        Array.Resize(ref value, length);
        Array.Resize(ref estimated, length);
    }

    private Task Write<T>(ParquetRowGroupWriter group, string column, T[] values, int n, CancellationToken cancellationToken)
        where T : struct => group.WriteAsync<T>(schema.Data(column), new ReadOnlyMemory<T>(values, 0, n), null, null, cancellationToken);

    private Task Write<T>(ParquetRowGroupWriter group, string column, T?[] values, int n, CancellationToken cancellationToken)
        where T : struct => group.WriteAsync<T>(schema.Data(column), new ReadOnlyMemory<T?>(values, 0, n), null, null, cancellationToken);

    private void Clear()
    {
        Array.Clear(note, 0, Count);
        Count = 0;
        citations.Clear();
        citationDefinitions.Clear();
        citationRepetitions.Clear();
    }
}
