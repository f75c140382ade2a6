using System;
using System.Collections.Generic;
using System.Linq;
using CentralAsia.Domain.Trade;
using global::Parquet.Schema;

namespace CentralAsia.Domain.Columnar.Internal;

// The trade-flow column schema, version 1 (docs/columnar.md). Order matters: Parquet.Net writes columns in schema order.
internal static class TradeFlowColumns
{
    internal const string Record = "trade-flow";
    internal const int Version = 1;
    internal const int AmountPrecision = 38;
    internal const int AmountScale = 6;

    internal const string Reporter = "reporter";
    internal const string Partner = "partner";
    internal const string Direction = "direction";
    internal const string Year = "year";
    internal const string Month = "month";
    internal const string Value = "value";
    internal const string Currency = "currency";
    internal const string Valuation = "valuation";
    internal const string HsCode = "hs_code";
    internal const string HsEdition = "hs_edition";
    internal const string Estimated = "estimated";
    internal const string Note = "note";
    internal const string Citations = "citations";

    // The partition keys of WritePartitionedAsync, in folder order; their columns are left out of partition files.
    internal static readonly string[] PartitionKeys = [Reporter, Year];

    // The columns of codes, dictionary-encoded: a few hundred distinct values in a million rows.
    internal static readonly string[] Codes = [Reporter, Partner, Direction, Currency, Valuation, HsCode, HsEdition];

    internal static IReadOnlyList<string> AllNames { get; } =
        [Reporter, Partner, Direction, Year, Month, Value, Currency, Valuation, HsCode, HsEdition, Estimated, Note, Citations];

    internal static ParquetSchema Full { get; } = Build(partitioned: false);

    internal static ParquetSchema Partition { get; } = Build(partitioned: true);

    private static ParquetSchema Build(bool partitioned)
    {
        var fields = new List<Field>();
        if (!partitioned)
        {
            fields.Add(new DataField<string>(Reporter, nullable: false));
        }

        fields.Add(new DataField<string>(Partner, nullable: false));
        fields.Add(new DataField<string>(Direction, nullable: false));
        if (!partitioned)
        {
            fields.Add(new DataField<int>(Year, nullable: false));
        }

        fields.Add(new DataField<int?>(Month, nullable: true));
        fields.Add(new DecimalDataField(Value, AmountPrecision, AmountScale, forceByteArrayEncoding: true, isNullable: false));
        fields.Add(new DataField<string>(Currency, nullable: false));
        fields.Add(new DataField<string>(Valuation, nullable: false));
        fields.Add(new DataField<string>(HsCode, nullable: true));
        fields.Add(new DataField<string>(HsEdition, nullable: true));
        fields.Add(new DataField<bool>(Estimated, nullable: false));
        fields.Add(new DataField<string>(Note, nullable: true));
        fields.Add(new ListField(Citations, new DataField<string>("element", nullable: false)));
        return new ParquetSchema(fields);
    }

    // The flow is a validated record: the only thing that can be wrong for the columns is an amount finer than the
    // value column's scale, which is refused rather than rounded.
    internal static void CheckRepresentable(TradeFlow flow, long ordinal, string type)
    {
        var amount = flow.Value.Amount;
        if (decimal.Round(amount, AmountScale) != amount)
        {
            throw new ArgumentException(
                $"Flow {ordinal} ({flow.Reporter} {flow.Period}) has the value {flow.Value}, with more than {AmountScale} decimal places; the '{Value}' column is {type}({AmountPrecision},{AmountScale}) and would round it. Round it first if that is intended ({ColumnarErrorCodes.ValueNotRepresentable}).",
                nameof(flow));
        }
    }

    internal static DataField Data(this ParquetSchema schema, string name) =>
        schema.Fields.First(f => f.Name == name) switch
        {
            ListField list => (DataField)list.Item,
            var field => (DataField)field,
        };
}
