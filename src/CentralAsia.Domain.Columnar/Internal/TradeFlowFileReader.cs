using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;
using global::Parquet;
using global::Parquet.Schema;

namespace CentralAsia.Domain.Columnar.Internal;

// Reads a Parquet file of the trade-flow schema row group by row group, validating every row like the JSON reader:
// each bad value is an error with its row and column, and nothing the library cannot represent is read as a default.
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "The EndCheckedStream only wraps the caller's stream, which the caller disposes.")]
internal sealed class TradeFlowFileReader
{
    private readonly string? file;
    private readonly PartitionValues? partition;
    private readonly RawRow raw = new();
    private EndCheckedStream? stream;
    private readonly TradeFlowRowAssembler assembler;
    private ColumnBuffer<ReadOnlyMemory<char>>? reporter, partner, direction, currency, valuation, hsCode, hsEdition, note, citations;
    private NumberColumn? year, month;
    private ColumnBuffer<decimal>? value;
    private ColumnBuffer<bool>? estimated;

    private TradeFlowFileReader(string? file, PartitionValues? partition)
    {
        this.file = file;
        this.partition = partition;
        assembler = new TradeFlowRowAssembler(file, partition);
    }

    internal static async IAsyncEnumerable<RowResult<TradeFlow>> ReadAsync(Stream stream, string? file, PartitionValues? partition, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var self = new TradeFlowFileReader(file, partition);
        self.stream = ParquetFile.Wrap(stream);
        var (reader, failure) = await ParquetFile.OpenAsync(self.stream, file, cancellationToken).ConfigureAwait(false);
        if (reader is null)
        {
            yield return new RowResult<TradeFlow>(null, [failure!]);
            yield break;
        }

        await using (reader.ConfigureAwait(false))
        {
            // The footer's schema and metadata are decoded on first use: a damaged footer throws here.
            ColumnarError[]? schemaErrors;
            try
            {
                schemaErrors = self.Bind(reader);
            }
            catch (Exception e) when (ParquetFile.IsFileFault(e))
            {
                schemaErrors = [self.FileError(ColumnarErrorCodes.FormatInvalid, $"The file's footer cannot be decoded: {e.Message}")];
            }

            if (schemaErrors is not null)
            {
                yield return new RowResult<TradeFlow>(null, schemaErrors);
                yield break;
            }

            long rowBase = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                (var rowCount, failure) = await ParquetFile.LoadRowGroupAsync(reader, g, self.Columns(), self.stream, file, cancellationToken).ConfigureAwait(false);
                if (failure is not null)
                {
                    yield return new RowResult<TradeFlow>(null, [failure]);
                    yield break;
                }

                var listLevel = 0;
                for (var r = 0; r < rowCount; r++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    self.Fill(r, ref listLevel);
                    yield return self.assembler.Build(self.raw, rowBase + r + 1);
                }

                rowBase += rowCount;
            }
        }
    }

    private ColumnarError FileError(string code, string message, string? column = null) => ParquetFile.FileError(file, code, message, column);

    private ColumnarError[]? Bind(ParquetReader reader)
    {
        var found = new List<ColumnarError>();
        ParquetFile.CheckIdentity(reader, TradeFlowColumns.Record, TradeFlowColumns.Version, file, found);
        if (partition is null && (reader.CustomMetadata ?? []).TryGetValue(ColumnarMetadata.PartitionedBy, out var keys))
        {
            found.Add(FileError(ColumnarErrorCodes.ColumnMissing, $"The file is one partition of a dataset partitioned by {keys}: its {keys} values are in its folder names. Read the dataset's root folder with ReadPartitionedAsync."));
        }

        if (found.Count > 0)
        {
            return [.. found];
        }

        var fields = ParquetFile.ByName(reader.Schema.Fields, string.Empty, file, found);

        foreach (var name in fields.Keys.Where(n => !TradeFlowColumns.AllNames.Contains(n)))
        {
            found.Add(FileError(ColumnarErrorCodes.ColumnUnknown, $"The trade-flow schema has no column '{name}'; it is refused rather than dropped. The columns: {string.Join(", ", TradeFlowColumns.AllNames)}.", name));
        }

        reporter = partition is null ? Text(TradeFlowColumns.Reporter) : TextIfPresent(TradeFlowColumns.Reporter);
        partner = Text(TradeFlowColumns.Partner);
        direction = Text(TradeFlowColumns.Direction);
        year = partition is null ? Number(TradeFlowColumns.Year) : NumberIfPresent(TradeFlowColumns.Year);
        month = Number(TradeFlowColumns.Month);
        value = Bind<decimal>(TradeFlowColumns.Value, f => f is DecimalDataField { Scale: <= 28 } d && d.ClrType == typeof(decimal), "decimal(38,6) (an exact decimal; floating point is refused)");
        currency = Text(TradeFlowColumns.Currency);
        valuation = Text(TradeFlowColumns.Valuation);
        hsCode = Text(TradeFlowColumns.HsCode);
        hsEdition = Text(TradeFlowColumns.HsEdition);
        estimated = Bind<bool>(TradeFlowColumns.Estimated, f => f is DataField { MaxRepetitionLevel: 0 } d && d.ClrType == typeof(bool), "boolean");
        note = Text(TradeFlowColumns.Note);
        if (fields.TryGetValue(TradeFlowColumns.Citations, out var list))
        {
            if (list is ListField { Item: DataField item } && ParquetFile.IsText(item.ClrType))
            {
                citations = new ColumnBuffer<ReadOnlyMemory<char>>(item, TradeFlowColumns.Citations);
            }
            else
            {
                found.Add(FileError(ColumnarErrorCodes.ColumnType, $"The column is {ParquetFile.Describe(list)}; the schema gives it list<string>.", TradeFlowColumns.Citations));
            }
        }
        else
        {
            found.Add(Missing(TradeFlowColumns.Citations));
        }

        return found.Count > 0 ? [.. found] : null;

        ColumnBuffer<ReadOnlyMemory<char>>? Text(string name) =>
            Bind<ReadOnlyMemory<char>>(name, f => f is DataField { MaxRepetitionLevel: 0 } d && ParquetFile.IsText(d.ClrType), "string");

        ColumnBuffer<ReadOnlyMemory<char>>? TextIfPresent(string name) => fields.ContainsKey(name) ? Text(name) : null;

        NumberColumn? NumberIfPresent(string name) => fields.ContainsKey(name) ? Number(name) : null;

        NumberColumn? Number(string name)
        {
            if (!fields.TryGetValue(name, out var field))
            {
                found.Add(Missing(name));
                return null;
            }

            if (field is DataField { MaxRepetitionLevel: 0 } d && ParquetFile.IsInteger(d.ClrType))
            {
                return new NumberColumn(d, name);
            }

            found.Add(FileError(ColumnarErrorCodes.ColumnType, $"The column is {ParquetFile.Describe(field)}; the schema gives it int32 (int64 and int16 are read too).", name));
            return null;
        }

        ColumnBuffer<T>? Bind<T>(string name, Func<Field, bool> fits, string expected)
            where T : struct
        {
            if (!fields.TryGetValue(name, out var field))
            {
                found.Add(Missing(name));
                return null;
            }

            if (fits(field))
            {
                return new ColumnBuffer<T>((DataField)field, name);
            }

            found.Add(FileError(ColumnarErrorCodes.ColumnType, $"The column is {ParquetFile.Describe(field)}; the schema gives it {expected}.", name));
            return null;
        }

        ColumnarError Missing(string name) => FileError(ColumnarErrorCodes.ColumnMissing, $"The trade-flow schema requires the column '{name}'.", name);
    }

    private IEnumerable<ILoadedColumn> Columns()
    {
        ILoadedColumn?[] columns = [reporter, partner, direction, currency, valuation, hsCode, hsEdition, note, citations, year, month, value, estimated];
        foreach (var column in columns)
        {
            if (column is not null)
            {
                yield return column;
            }
        }
    }

    // Copies row r of the loaded row group into the raw row; listLevel walks the citations' levels.
    private void Fill(int r, ref int listLevel)
    {
        raw.HasReporterColumn = reporter is not null;
        raw.HasYearColumn = year is not null;
        raw.Reporter = reporter is not null ? Text(reporter, r) : null;
        raw.Partner = Text(partner!, r);
        raw.Direction = Text(direction!, r);
        raw.YearProblem = null;
        raw.Year = null;
        if (year is not null)
        {
            raw.Year = year.Next(r, out var y, out raw.YearProblem) ? y : null;
        }

        raw.Month = month!.Next(r, out var m, out raw.MonthProblem) ? m : null;
        raw.Value = value!.Next(r, out var amount) ? amount : null;
        raw.Currency = Text(currency!, r);
        raw.Valuation = Text(valuation!, r);
        raw.HsCode = Text(hsCode!, r);
        raw.HsEdition = Text(hsEdition!, r);
        raw.Estimated = estimated!.Next(r, out var flag) ? flag : null;
        raw.Note = Text(note!, r);
        FillCitations(ref listLevel);
    }

    private static ReadOnlyMemory<char>? Text(ColumnBuffer<ReadOnlyMemory<char>> column, int r) => column.Next(r, out var text) ? text : (ReadOnlyMemory<char>?)null;

    // One list per row: a level below "present" with repetition 0 is a null or empty list (or, where elements are
    // optional, a list whose first element is null); repetition 1 continues the row's list.
    private void FillCitations(ref int level)
    {
        var column = citations!;
        var present = column.Field.MaxDefinitionLevel;
        var emptyList = present - (column.Field.IsNullable ? 2 : 1);
        var reps = column.Repetitions;
        raw.Citations.Clear();
        raw.CitationsNull = false;
        var first = true;
        do
        {
            var definition = column.Definition(level);
            if (definition == present)
            {
                raw.Citations.Add(column.TakeValue());
            }
            else if (first && definition <= emptyList)
            {
                raw.CitationsNull = definition < emptyList;
            }
            else
            {
                raw.Citations.Add(null);
            }

            first = false;
            level++;
        }
        while (level < column.LevelCount && reps[level] != 0);
    }
}
