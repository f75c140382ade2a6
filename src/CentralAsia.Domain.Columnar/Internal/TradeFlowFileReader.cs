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
using IOException = System.IO.IOException;

namespace CentralAsia.Domain.Columnar.Internal;

// Reads a Parquet file of the trade-flow schema row group by row group, validating every row like the JSON reader:
// each bad value is an error with its row and column, and nothing the library cannot represent is read as a default.
internal sealed class TradeFlowFileReader
{
    private readonly string? file;
    private readonly PartitionValues? partition;
    private readonly List<ColumnarError> errors = [];
    private readonly ParseCache<CountryCode> countries = new(static c => c.ToString());
    private readonly ParseCache<TradePartner> partners = new(static p => p.ToString());
    private readonly ParseCache<CurrencyCode> currencies = new(static c => c.ToString());
    private readonly ParseCache<SourceId> sources = new(static s => s.Value);
    private readonly ParseCache<HsCode> hsCodes = new(static h => h.ToString());
    private ColumnBuffer<ReadOnlyMemory<char>>? reporter, partner, direction, currency, valuation, hsCode, hsEdition, note, citations;
    private NumberColumn? year, month;
    private ColumnBuffer<decimal>? value;
    private ColumnBuffer<bool>? estimated;

    private TradeFlowFileReader(string? file, PartitionValues? partition)
    {
        this.file = file;
        this.partition = partition;
    }

    internal static async IAsyncEnumerable<RowResult> ReadAsync(Stream stream, string? file, PartitionValues? partition, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead || !stream.CanSeek)
        {
            throw new ArgumentException("Parquet is read from its footer: the stream must be readable and seekable (a file or a MemoryStream).", nameof(stream));
        }

        var self = new TradeFlowFileReader(file, partition);
        ParquetReader? reader = null;
        ColumnarError? failure = null;
        try
        {
            if (await ParquetStructure.CheckFooterAsync(stream, cancellationToken).ConfigureAwait(false) is { } problem)
            {
                failure = self.FileError(ColumnarErrorCodes.FormatInvalid, "The file is not a readable Parquet file. " + problem);
            }
            else
            {
                reader = await ParquetReader.CreateAsync(new EndCheckedStream(stream), new ParquetOptions { TreatByteArrayAsString = true }, leaveStreamOpen: true, cancellationToken).ConfigureAwait(false);
                if (await ParquetStructure.CheckPagesAsync(stream, reader.Metadata!, cancellationToken).ConfigureAwait(false) is { } damage)
                {
                    failure = self.FileError(ColumnarErrorCodes.FormatInvalid, "The file is damaged. " + damage);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException && !IsFatal(e) && e is not IOException || e is EndOfStreamException)
        {
            failure = self.FileError(ColumnarErrorCodes.FormatInvalid, $"The file is not a readable Parquet file: {e.Message}");
        }

        if (failure is not null && reader is not null)
        {
            await reader.DisposeAsync().ConfigureAwait(false);
            reader = null;
        }

        if (failure is not null || reader is null)
        {
            yield return new RowResult(null, [failure!]);
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
            catch (Exception e) when (e is not OperationCanceledException && !IsFatal(e))
            {
                schemaErrors = [self.FileError(ColumnarErrorCodes.FormatInvalid, $"The file's footer cannot be decoded: {e.Message}")];
            }

            if (schemaErrors is not null)
            {
                yield return new RowResult(null, schemaErrors);
                yield break;
            }

            long rowBase = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                long rowCount = 0;
                try
                {
                    using var group = reader.OpenRowGroupReader(g);
                    rowCount = group.RowCount;
                    failure = rowCount is < 0 or > ColumnarLimits.MaxRowsPerRowGroup
                        ? self.FileError(ColumnarErrorCodes.RowCountInvalid, $"Row group {g} declares {rowCount} rows; this reader accepts 0 to {ColumnarLimits.MaxRowsPerRowGroup}.")
                        : await self.LoadAsync(group, g, rowCount, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException && !IsFatal(e))
                {
                    failure = self.FileError(ColumnarErrorCodes.FormatInvalid, $"Row group {g} cannot be read: {e.Message}");
                }

                if (failure is not null)
                {
                    yield return new RowResult(null, [failure]);
                    yield break;
                }

                var listLevel = 0;
                for (var r = 0; r < rowCount; r++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return self.Row(r, rowBase + r + 1, ref listLevel);
                }

                rowBase += rowCount;
            }
        }
    }

    // StackOverflow and OutOfMemory are not a file's fault to report; they stay what they are.
    private static bool IsFatal(Exception e) => e is OutOfMemoryException or InsufficientExecutionStackException;

    private ColumnarError FileError(string code, string message, string? column = null) => new(code, message, file, null, column);

    private ColumnarError[]? Bind(ParquetReader reader)
    {
        var found = new List<ColumnarError>();
        var metadata = reader.CustomMetadata ?? [];
        if (metadata.TryGetValue(ColumnarMetadata.Record, out var record) && record != TradeFlowColumns.Record)
        {
            found.Add(FileError(ColumnarErrorCodes.RecordMismatch, $"The file holds '{record}' records, not '{TradeFlowColumns.Record}'."));
        }

        if (metadata.TryGetValue(ColumnarMetadata.SchemaVersion, out var version) && version != TradeFlowColumns.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            found.Add(FileError(ColumnarErrorCodes.SchemaVersionUnsupported, $"The file has schema version '{version}' of '{TradeFlowColumns.Record}'; this library reads version {TradeFlowColumns.Version}. Read it with the library version that wrote it, or convert it."));
        }

        if (partition is null && metadata.TryGetValue(ColumnarMetadata.PartitionedBy, out var keys))
        {
            found.Add(FileError(ColumnarErrorCodes.ColumnMissing, $"The file is one partition of a dataset partitioned by {keys}: its {keys} values are in its folder names. Read the dataset's root folder with ReadPartitionedAsync."));
        }

        if (found.Count > 0)
        {
            return [.. found];
        }

        var fields = reader.Schema.Fields.GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
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
            if (list is ListField { Item: DataField item } && IsText(item.ClrType))
            {
                citations = new ColumnBuffer<ReadOnlyMemory<char>>(item, TradeFlowColumns.Citations);
            }
            else
            {
                found.Add(FileError(ColumnarErrorCodes.ColumnType, $"The column is {Describe(list)}; the schema gives it list<string>.", TradeFlowColumns.Citations));
            }
        }
        else
        {
            found.Add(Missing(TradeFlowColumns.Citations));
        }

        return found.Count > 0 ? [.. found] : null;

        ColumnBuffer<ReadOnlyMemory<char>>? Text(string name) =>
            Bind<ReadOnlyMemory<char>>(name, f => f is DataField { MaxRepetitionLevel: 0 } d && IsText(d.ClrType), "string");

        ColumnBuffer<ReadOnlyMemory<char>>? TextIfPresent(string name) => fields.ContainsKey(name) ? Text(name) : null;

        NumberColumn? NumberIfPresent(string name) => fields.ContainsKey(name) ? Number(name) : null;

        NumberColumn? Number(string name)
        {
            if (!fields.TryGetValue(name, out var field))
            {
                found.Add(Missing(name));
                return null;
            }

            if (field is DataField { MaxRepetitionLevel: 0 } d && (d.ClrType == typeof(int) || d.ClrType == typeof(long) || d.ClrType == typeof(short)))
            {
                return new NumberColumn(d, name);
            }

            found.Add(FileError(ColumnarErrorCodes.ColumnType, $"The column is {Describe(field)}; the schema gives it int32 (int64 and int16 are read too).", name));
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

            found.Add(FileError(ColumnarErrorCodes.ColumnType, $"The column is {Describe(field)}; the schema gives it {expected}.", name));
            return null;
        }

        ColumnarError Missing(string name) => FileError(ColumnarErrorCodes.ColumnMissing, $"The trade-flow schema requires the column '{name}'.", name);
    }

    // Parquet.Net 6 gives UTF-8 columns the CLR type ReadOnlyMemory<char> (string in earlier versions).
    private static bool IsText(Type type) => type == typeof(string) || type == typeof(ReadOnlyMemory<char>);

    private static string Describe(Field field) => field switch
    {
        DecimalDataField d => $"decimal({d.Precision},{d.Scale})",
        ListField l => $"a list of {(l.Item is DataField i ? Name(i.ClrType) : l.Item.SchemaType.ToString())}",
        DataField { MaxRepetitionLevel: > 0 } d => $"a repeated {Name(d.ClrType)}",
        DataField d => Name(d.ClrType),
        _ => field.SchemaType.ToString().ToLowerInvariant(),
    };

    private static string Name(Type type) =>
        IsText(type) ? "string" : type == typeof(int) ? "int32" : type == typeof(long) ? "int64" : type == typeof(short) ? "int16"
        : type == typeof(bool) ? "boolean" : type == typeof(double) ? "double (floating point)" : type == typeof(float) ? "float (floating point)"
        : type.Name.ToLowerInvariant();

    private async ValueTask<ColumnarError?> LoadAsync(ParquetRowGroupReader group, int index, long rowCount, CancellationToken cancellationToken)
    {
        foreach (var (name, read) in Columns())
        {
            if (await read(group, rowCount, cancellationToken).ConfigureAwait(false) is { } problem)
            {
                return FileError(ColumnarErrorCodes.RowCountInvalid, $"Row group {index}: {problem}", name);
            }
        }

        return null;
    }

    private IEnumerable<(string Name, Func<ParquetRowGroupReader, long, CancellationToken, ValueTask<string?>> Read)> Columns()
    {
        foreach (var text in new[] {reporter, partner, direction, currency, valuation, hsCode, hsEdition, note, citations })
        {
            if (text is not null)
            {
                yield return (text.Name, text.ReadAsync);
            }
        }

        foreach (var number in new[] { year, month })
        {
            if (number is not null)
            {
                yield return (number.Name, number.ReadAsync);
            }
        }

        yield return (value!.Name, value.ReadAsync);
        yield return (estimated!.Name, estimated.ReadAsync);
    }

    private RowResult Row(int r, long row, ref int listLevel)
    {
        errors.Clear();
        var reporterValue = partition?.Reporter ?? default;
        if (reporter is not null)
        {
            var code = Code(reporter, r, countries, required: true);
            if (partition is not null && code != default && code != partition.Reporter)
            {
                Add(ColumnarErrorCodes.PartitionInvalid, $"The row says '{code}' but its folder says reporter={partition.Reporter}.", reporter.Name);
            }

            reporterValue = partition is null ? code : partition.Reporter;
        }

        var partnerValue = Parsed(partner!, r, partners, required: true);
        var directionValue = Enum<FlowDirection>(direction!, r);
        var yearValue = partition?.Year;
        string? yearProblem = null;
        if (year is not null && year.Next(r, out var y, out yearProblem))
        {
            if (partition is not null && y != partition.Year)
            {
                Add(ColumnarErrorCodes.PartitionInvalid, $"The row says {y} but its folder says year={partition.Year}.", year.Name);
            }

            yearValue = partition?.Year ?? (int)Math.Clamp(y, int.MinValue, int.MaxValue);
        }
        else if (year is not null)
        {
            Add(yearProblem == null ? ErrorCodes.ValueRequired : ErrorCodes.NumberOutOfRange, yearProblem ?? "A trade flow needs its year.", year.Name);
        }

        int? monthValue = null;
        if (month!.Next(r, out var m, out var monthProblem))
        {
            monthValue = (int)Math.Clamp(m, int.MinValue, int.MaxValue);
        }
        else if (monthProblem is not null)
        {
            Add(ErrorCodes.NumberOutOfRange, monthProblem, month.Name);
        }

        TradePeriod period = default;
        if (yearValue is { } yv)
        {
            if (yv is < 1 or > 9999 || monthValue is < 1 or > 12)
            {
                Add(ErrorCodes.DateInvalid, monthValue is { } mv && mv is < 1 or > 12 ? $"The month {mv} is not 1 to 12." : $"The year {yv} is not 1 to 9999.", monthValue is < 1 or > 12 ? month.Name : TradeFlowColumns.Year);
            }
            else
            {
                period = monthValue is { } mv ? TradePeriod.ForMonth(yv, mv) : TradePeriod.ForYear(yv);
            }
        }

        decimal amount = 0m;
        var hasAmount = value!.Next(r, out amount);
        if (!hasAmount)
        {
            Add(ErrorCodes.ValueRequired, "A trade flow needs its value.", value.Name);
        }

        var currencyValue = Code(currency!, r, currencies, required: true);
        var valuationValue = Enum<Valuation>(valuation!, r);
        HsCode? commodity = null;
        var hasDigits = hsCode!.Next(r, out var digits);
        var hasEdition = hsEdition!.Next(r, out var editionText);
        if (hasEdition && !hasDigits)
        {
            Add(ErrorCodes.HsCodeInvalid, "An HS edition without an HS code.", hsEdition.Name);
        }
        else if (hasDigits)
        {
            var text = digits.Span;
            string? combined = null;
            if (hasEdition)
            {
                if (EnumText<HsEdition>.TryParse(editionText.Span, out var edition))
                {
                    combined = $"H{(int)edition - 1}:{text}";
                }
                else
                {
                    Add(ErrorCodes.HsCodeEditionUnknown, $"{ParseCache<HsCode>.Quote(editionText.Span)} is not an HS edition; expected one of: {EnumText<HsEdition>.Expected}.", hsEdition.Name);
                }
            }

            var parsed = hsCodes.Get(combined ?? text);
            if (parsed.Code is not null)
            {
                Add(parsed.Code, parsed.Message!, hsCode.Name);
            }
            else
            {
                commodity = parsed.Value;
            }
        }

        var isEstimated = false;
        if (!estimated!.Next(r, out isEstimated))
        {
            Add(ErrorCodes.ValueRequired, "A trade flow says whether it is estimated.", estimated.Name);
        }

        string? noteValue = note!.Next(r, out var noteText) ? noteText.ToString() : null;
        var cited = Citations(ref listLevel);

        // The model's own rules run even when a column could not be read, so a row's every error is listed at once;
        // a column already in error is not reported twice (its default stand-in would only say "required").
        var result = TradeFlow.TryCreate(reporterValue, partnerValue, directionValue, period, currencyValue == default ? default : new Money(amount, currencyValue), valuationValue, commodity, isEstimated, noteValue, cited);
        if (result.IsValid && errors.Count == 0)
        {
            return new RowResult(result.Value, null);
        }

        if (!result.IsValid)
        {
            var failed = errors.Select(e => e.Column).ToHashSet(StringComparer.Ordinal);
            if (failed.Contains(TradeFlowColumns.Currency))
            {
                failed.Add(TradeFlowColumns.Value);
            }

            if (failed.Contains(TradeFlowColumns.Month))
            {
                failed.Add(TradeFlowColumns.Year);
            }

            foreach (var error in result.Errors)
            {
                var column = ColumnOf(error.Path);
                if (!failed.Contains(column))
                {
                    Add(error.Code, error.Message, column);
                }
            }
        }

        return new RowResult(null, Located(row));
    }

    private ColumnarError[] Located(long row) => [.. errors.Select(e => new ColumnarError(e.Code, e.Message, file, row, e.Column))];

    private void Add(string code, string message, string? column) => errors.Add(new ColumnarError(code, message, null, null, column));

    // The model's JSON Pointer names a property; the column that holds it.
    private static string? ColumnOf(string path)
    {
        var property = path.AsSpan().TrimStart('/');
        var slash = property.IndexOf('/');
        var head = slash < 0 ? property : property[..slash];
        return head switch
        {
            "reporter" => TradeFlowColumns.Reporter,
            "partner" => TradeFlowColumns.Partner,
            "direction" => TradeFlowColumns.Direction,
            "period" => TradeFlowColumns.Year,
            "value" => slash >= 0 && property[(slash + 1)..].SequenceEqual("currency") ? TradeFlowColumns.Currency : TradeFlowColumns.Value,
            "valuation" => TradeFlowColumns.Valuation,
            "commodity" => TradeFlowColumns.HsCode,
            "estimated" => TradeFlowColumns.Estimated,
            "note" => TradeFlowColumns.Note,
            "citations" => TradeFlowColumns.Citations,
            _ => null,
        };
    }

    private T Code<T>(ColumnBuffer<ReadOnlyMemory<char>> column, int r, ParseCache<T> cache, bool required)
        where T : struct, ISpanParsable<T> => Parsed(column, r, cache, required);

    private T? Parsed<T>(ColumnBuffer<ReadOnlyMemory<char>> column, int r, ParseCache<T> cache, bool required)
        where T : ISpanParsable<T>
    {
        if (!column.Next(r, out var text))
        {
            if (required)
            {
                Add(ErrorCodes.ValueRequired, "The value is required.", column.Name);
            }

            return default;
        }

        var parsed = cache.Get(text.Span);
        if (parsed.Code is not null)
        {
            Add(parsed.Code, parsed.Message!, column.Name);
        }

        return parsed.Value;
    }

    private TEnum Enum<TEnum>(ColumnBuffer<ReadOnlyMemory<char>> column, int r)
        where TEnum : struct, Enum
    {
        if (!column.Next(r, out var text))
        {
            Add(ErrorCodes.ValueRequired, "The value is required.", column.Name);
            return default;
        }

        if (EnumText<TEnum>.TryParse(text.Span, out var value))
        {
            return value;
        }

        Add(ErrorCodes.EnumUndefined, $"{ParseCache<SourceId>.Quote(text.Span)} is not a {typeof(TEnum).Name}; expected one of: {EnumText<TEnum>.Expected}.", column.Name);
        return default;
    }

    private EquatableArray<SourceId> Citations(ref int level)
    {
        var column = citations!;
        var definition = column.Definition(level);
        var present = column.Field.MaxDefinitionLevel;
        var reps = column.Repetitions;
        if (definition < present)
        {
            // A null or empty list is one level entry with no value; in a foreign file whose elements are optional,
            // the level just below "present" is a null element, which the model cannot hold.
            if (column.Field.IsNullable && definition == present - 1)
            {
                Add(ErrorCodes.ValueRequired, "A citation inside the list is null.", column.Name);
            }

            level++;
            while (level < column.LevelCount && reps[level] != 0)
            {
                Add(ErrorCodes.ValueRequired, "A citation inside the list is null.", column.Name);
                level++;
            }

            return default;
        }

        var builder = ImmutableArray.CreateBuilder<SourceId>();
        do
        {
            var text = column.TakeValue();
            var parsed = sources.Get(text.Span);
            if (parsed.Code is not null)
            {
                Add(parsed.Code, parsed.Message!, column.Name);
            }
            else
            {
                builder.Add(parsed.Value!);
            }

            level++;
        }
        while (level < column.LevelCount && reps[level] != 0 && column.Definition(level) == present);

        // An element that is null inside a list (possible when the element is optional in a foreign file).
        while (level < column.LevelCount && reps[level] != 0)
        {
            Add(ErrorCodes.ValueRequired, "A citation inside the list is null.", column.Name);
            level++;
        }

        return builder.DrainToImmutable();
    }
}
