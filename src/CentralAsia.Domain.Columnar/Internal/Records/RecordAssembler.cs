using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Columnar.Internal.Records;

// Rebuilds one row's record as its JSON (Dremel's assembly: definition levels say what is present, repetition levels
// where a list's next item starts) and reads it with the library's JSON reader, so a row is checked by the same rules
// as the record's JSON. Each error names the row and the column, with the list item: terms[1].start.
internal sealed class RecordAssembler<T>(RecordSchema schema, IReadOnlyList<BoundNode> columns, string? file) : IDisposable
    where T : class
{
    private readonly ArrayBufferWriter<byte> buffer = new(1024);
    private readonly List<ColumnarError> errors = [];
    private readonly List<(string? Column, int Item)> path = [];
    private readonly LeafReader[] leaves = [.. columns.SelectMany(c => c.Leaves)];

    // The leaf columns, in file order: what the reader loads for each row group.
    internal IReadOnlyList<LeafReader> Leaves => leaves;
    private Utf8JsonWriter? json;

    internal RowResult<T> Build(long row)
    {
        errors.Clear();
        buffer.ResetWrittenCount();
        if (json is null)
        {
            json = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        }
        else
        {
            json.Reset(buffer);
        }

        json.WriteStartObject();
        foreach (var column in columns)
        {
            Property(column);
        }

        json.WriteEndObject();
        json.Flush();
        CheckRowEnd();

        var assembled = errors.Count;
        try
        {
            var value = CentralAsiaJson.Deserialize<T>(buffer.WrittenSpan);
            if (errors.Count == 0)
            {
                return new RowResult<T>(value, null);
            }
        }
        catch (CentralAsiaJsonException e)
        {
            // A column already in error is not reported again: its stand-in (null, or left out) would only say "required".
            var failed = errors.Take(assembled).Select(x => x.Column!).ToList();
            foreach (var error in e.Errors)
            {
                var column = ColumnOf(error.Path);
                if (column is null || !failed.Any(f => column == f || column.StartsWith(f + ".", StringComparison.Ordinal) || f.StartsWith(column + ".", StringComparison.Ordinal)))
                {
                    errors.Add(new ColumnarError(error.Code, error.Message, null, null, column));
                }
            }
        }

        return new RowResult<T>(null, [.. errors.Select(e => new ColumnarError(e.Code, e.Message, file, row, e.Column))]);
    }

    // Every leaf must have read to the start of the next row: else its values would be read as the next row's.
    private void CheckRowEnd()
    {
        foreach (var leaf in leaves)
        {
            if (leaf.Cursor > leaf.LevelCount || (leaf.Cursor < leaf.LevelCount && leaf.RepetitionAt(leaf.Cursor) != 0))
            {
                throw new RowStructureException(leaf.Name);
            }
        }
    }

    // At the end of a row group every value of every leaf has been read: the column left with values unread, or null.
    internal string? LeftOver() => leaves.FirstOrDefault(l => l.Cursor != l.LevelCount)?.Name;

    public void Dispose() => json?.Dispose();

    private void Property(BoundNode node)
    {
        path.Add((node.Node.ColumnName, -1));
        switch (node)
        {
            case BoundLeaf leaf:
                var reader = leaf.Reader;
                if (reader.DefinitionAt(reader.Cursor) == leaf.Present)
                {
                    json!.WritePropertyName(leaf.Node.JsonName);
                    reader.WriteValue(json);
                }
                else if (leaf.Leaf.Kind == LeafKind.Boolean)
                {
                    // The JSON leaves false out; a null here is neither true nor false, and is not read as false.
                    Error(ErrorCodes.ValueRequired, "The column holds null; the record says true or false.");
                }

                reader.Cursor++;
                break;
            case BoundList list when list.First.DefinitionAt(list.First.Cursor) < list.Present:
                // A null or empty list: the record's JSON leaves an empty list out.
                Skip(list);
                break;
            case BoundStruct group when !IsPresent(group):
                Skip(group);
                break;
            default:
                json!.WritePropertyName(node.Node.JsonName);
                Value(node);
                break;
        }

        path.RemoveAt(path.Count - 1);
    }

    // Writes a present node's value; as a list item a leaf or struct may be null (the JSON reader then says so).
    private void Value(BoundNode node)
    {
        switch (node)
        {
            case BoundLeaf leaf:
                if (leaf.Reader.DefinitionAt(leaf.Reader.Cursor) == leaf.Present)
                {
                    leaf.Reader.WriteValue(json!);
                }
                else
                {
                    json!.WriteNullValue();
                }

                leaf.Reader.Cursor++;
                break;
            case BoundStruct group when !IsPresent(group):
                Skip(group);
                json!.WriteNullValue();
                break;
            case BoundStruct { Struct.Form: StructForm.Object } group:
                json!.WriteStartObject();
                foreach (var field in group.Fields)
                {
                    Property(field);
                }

                json.WriteEndObject();
                break;
            case BoundStruct group:
                var text = group.Struct.Form == StructForm.PartialDate ? PartialDateText(group) : QuantityText(group);
                if (text is null)
                {
                    json!.WriteNullValue();
                }
                else
                {
                    json!.WriteStringValue(text);
                }

                break;
            case BoundList list:
                json!.WriteStartArray();
                var item = 0;
                do
                {
                    path.Add((null, item++));
                    Value(list.Item);
                    path.RemoveAt(path.Count - 1);
                }
                while (list.First.Cursor < list.First.LevelCount && list.First.RepetitionAt(list.First.Cursor) == list.Repetition);

                json.WriteEndArray();
                break;
        }
    }

    private static bool IsPresent(BoundNode node) => node.First.DefinitionAt(node.First.Cursor) >= node.Present;

    private static void Skip(BoundNode node)
    {
        foreach (var leaf in node.Leaves)
        {
            leaf.Cursor++;
        }
    }

    // A partial date's two columns as its JSON text: the precision says how much of the first day is meant.
    private string? PartialDateText(BoundStruct group)
    {
        var start = Take<DateOnly>((BoundLeaf)group.Fields[0]);
        var precision = Take<ReadOnlyMemory<char>>((BoundLeaf)group.Fields[1]);
        if (start is not { } day || precision is not { } p)
        {
            return null;
        }

        if (!EnumText<PartialDatePrecision>.TryParse(p.Span, out var kind))
        {
            Error(ErrorCodes.EnumUndefined, $"'{p}' is not a precision of a partial date; expected one of: {EnumText<PartialDatePrecision>.Expected}.", "precision");
            return null;
        }

        var (canonical, format) = kind switch
        {
            PartialDatePrecision.Year => (day.Month == 1 && day.Day == 1, "yyyy"),
            PartialDatePrecision.Month => (day.Day == 1, "yyyy-MM"),
            _ => (true, "yyyy-MM-dd"),
        };
        if (!canonical)
        {
            Error(ColumnarErrorCodes.ValueNotCanonical, $"A partial date of precision '{p}' starts on the first day of its {p}; {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} does not. Write {day.ToString(format, CultureInfo.InvariantCulture)} as its first day, or give the precision 'day'.", "start");
            return null;
        }

        return day.ToString(format, CultureInfo.InvariantCulture);
    }

    private string? QuantityText(BoundStruct group)
    {
        var value = Take<decimal>((BoundLeaf)group.Fields[0]);
        var unit = Take<ReadOnlyMemory<char>>((BoundLeaf)group.Fields[1]);
        return value is { } v && unit is { } u ? LeafReader.Normalized(v).ToString(CultureInfo.InvariantCulture) + " " + u.ToString() : null;
    }

    // The value of one of a struct form's two columns; a null is an error at that column, as the record needs both.
    private TValue? Take<TValue>(BoundLeaf leaf)
        where TValue : struct
    {
        var reader = (LeafReader<TValue>)leaf.Reader;
        var present = reader.DefinitionAt(reader.Cursor) == leaf.Present;
        reader.Cursor++;
        if (present)
        {
            return reader.Take();
        }

        Error(ErrorCodes.ValueRequired, "The value is required.", leaf.Node.ColumnName);
        return null;
    }

    private void Error(string code, string message, string? child = null) =>
        errors.Add(new ColumnarError(code, message, null, null, Describe(child)));

    private string Describe(string? child)
    {
        var text = new StringBuilder();
        foreach (var (column, item) in path)
        {
            if (column is null)
            {
                text.Append('[').Append(item.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                text.Append(text.Length > 0 ? "." : string.Empty).Append(column);
            }
        }

        if (child is not null)
        {
            text.Append('.').Append(child);
        }

        return text.ToString();
    }

    // The JSON reader's pointer (/terms/1/start) as the column it came from (terms[1].start).
    private string? ColumnOf(string pointer)
    {
        var text = new StringBuilder();
        IReadOnlyList<RecordNode>? level = schema.Columns;
        RecordNode? list = null;
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (list is ListNode l && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                text.Append('[').Append(segment).Append(']');
                level = l.Item is StructNode { Form: StructForm.Object } s ? s.Fields : null;
                list = null;
                continue;
            }

            var node = level?.FirstOrDefault(n => n.JsonName == segment);
            text.Append(text.Length > 0 ? "." : string.Empty).Append(node?.ColumnName ?? segment);
            list = node as ListNode;
            level = node is StructNode { Form: StructForm.Object } group ? group.Fields : null;
        }

        return text.Length > 0 ? text.ToString() : null;
    }
}
