using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace CentralAsia.Domain.Import.Internal;

/// <summary>
/// The records of a JSON document of the shape <c>{…, "data": [ {record}, … ], …}</c> (the UN Comtrade API's response),
/// streamed: the bytes are read a block at a time and each record is parsed once it is whole, so memory holds one
/// record, not the file. The header is the property names of the first record; a value is its string, its number's
/// text, <c>true</c>/<c>false</c>, or empty for <c>null</c>.
/// </summary>
internal sealed class JsonRecordSource : RowSource
{
    private const int MaxRecordBytes = 1 << 20;

    private readonly Stream stream;
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int start;
    private int end;
    private bool finalBlock;
    private JsonReaderState state = new(new JsonReaderOptions { MaxDepth = 64 });
    private bool inData;
    private bool dataSeen;
    private bool rootClosed;
    private bool done;
    private long index = -1;
    private string[] header = [];
    private readonly Dictionary<string, int> columns = new(StringComparer.Ordinal);
    private string?[] values = [];

    private JsonRecordSource(Stream stream, string file)
    {
        this.stream = stream;
        File = file;
    }

    internal override string File { get; }

    internal override IReadOnlyList<string> Header => header;

    internal override long? Line => null;

    internal override bool HasNoRows => index < 0;

    internal override string? Pointer => index < 0 ? null : "/data/" + index.ToString(CultureInfo.InvariantCulture);

    internal override ReadOnlySpan<char> this[int column] => column < 0 || column >= values.Length ? default : values[column];

    /// <summary>Opens the document and reads its first record (for the header); the stream is disposed with the source.</summary>
    internal static JsonRecordSource Open(Stream stream, string file)
    {
        var source = new JsonRecordSource(stream, file);
        try
        {
            Synchronously.Wait(source.ReadFirst(sync: true, default));
            return source;
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    internal static async ValueTask<JsonRecordSource> OpenAsync(Stream stream, string file, CancellationToken cancellationToken)
    {
        var source = new JsonRecordSource(stream, file);
        try
        {
            await source.ReadFirst(sync: false, cancellationToken).ConfigureAwait(false);
            return source;
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    private bool pendingFirst;

    private async ValueTask ReadFirst(bool sync, CancellationToken cancellationToken)
    {
        if (await Advance(sync, cancellationToken).ConfigureAwait(false))
        {
            pendingFirst = true; // the first record is read to learn the header; MoveNext hands it over first
        }
    }

    internal override bool MoveNext()
    {
        if (pendingFirst)
        {
            pendingFirst = false;
            return true;
        }

        return Synchronously.Result(Advance(sync: true, default));
    }

    internal override ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        if (pendingFirst)
        {
            pendingFirst = false;
            return ValueTask.FromResult(true);
        }

        return Advance(sync: false, cancellationToken);
    }

    /// <summary>Reads up to the next whole record and parses it; false at the end of the data array.</summary>
    private async ValueTask<bool> Advance(bool sync, CancellationToken cancellationToken)
    {
        while (!done)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = Step();
            if (result is { } found)
            {
                return found;
            }

            await Fill(sync, cancellationToken).ConfigureAwait(false);
        }

        return false;
    }

    // One pass over the buffered bytes: true = a record was parsed, false = the data array ended, null = more bytes needed.
    private bool? Step()
    {
        var spanStart = start;
        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), finalBlock, state);
        try
        {
            while (true)
            {
                var before = reader.CurrentState;
                var consumedBefore = (int)reader.BytesConsumed;
                if (!reader.Read())
                {
                    return NeedMore(spanStart, before, consumedBefore);
                }

                if (!inData)
                {
                    if (rootClosed)
                    {
                        // Utf8JsonReader refuses a second top-level value itself; nothing else can follow.
                        continue;
                    }

                    if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
                    {
                        if (!dataSeen)
                        {
                            throw Layout("The document has no \"data\" array of records.");
                        }

                        rootClosed = true;
                        Commit(ref reader, spanStart);
                        continue;
                    }

                    if (reader.CurrentDepth == 0)
                    {
                        if (reader.TokenType != JsonTokenType.StartObject)
                        {
                            throw Layout("The document is not a JSON object with a \"data\" array (the UN Comtrade API's response).");
                        }

                        continue;
                    }

                    if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                    {
                        if (reader.ValueTextEquals("data"u8))
                        {
                            if (dataSeen)
                            {
                                throw new FileFailure(new ImportError(ImportErrorCodes.FileMalformed, "The response has two \"data\" arrays.", File));
                            }

                            if (!reader.Read())
                            {
                                return NeedMore(spanStart, before, consumedBefore);
                            }

                            if (reader.TokenType != JsonTokenType.StartArray)
                            {
                                throw Layout($"\"data\" is not an array of records but a {Describe(reader.TokenType)}.");
                            }

                            inData = true;
                            Commit(ref reader, spanStart);
                            continue;
                        }

                        // Another property of the response ("elapsedTime", "count", "error"): skipped whole.
                        if (!reader.TrySkip())
                        {
                            return NeedMore(spanStart, before, consumedBefore);
                        }

                        continue;
                    }

                    continue;
                }

                if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == 1)
                {
                    // The records end here; the rest of the response is still read, so that a malformed end is an error too.
                    inData = false;
                    dataSeen = true;
                    Commit(ref reader, spanStart);
                    continue;
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    index++;
                    throw new FileFailure(new ImportError(ImportErrorCodes.FileMalformed, $"A record is a {Describe(reader.TokenType)}, not an object.", File, jsonPointer: Pointer));
                }

                var recordStart = spanStart + (int)reader.TokenStartIndex;
                if (!reader.TrySkip())
                {
                    return NeedMore(spanStart, before, consumedBefore);
                }

                var recordEnd = (int)reader.BytesConsumed;
                index++;
                ParseRecord(buffer.AsSpan(recordStart, spanStart + recordEnd - recordStart));
                Commit(ref reader, spanStart);
                return true;
            }
        }
        catch (JsonException e)
        {
            throw new FileFailure(new ImportError(
                ImportErrorCodes.FileMalformed,
                $"The file is not well-formed JSON: {e.Message}",
                File,
                e.LineNumber is { } line ? line + 1 : null,
                jsonPointer: index >= 0 ? Pointer : null));
        }
    }

    private bool? NeedMore(int spanStart, JsonReaderState before, int consumedBefore)
    {
        if (finalBlock && rootClosed)
        {
            done = true;
            return false;
        }

        if (finalBlock)
        {
            // Utf8JsonReader throws for a truncated final block; reaching here means nothing at all is left.
            throw new FileFailure(new ImportError(ImportErrorCodes.FileMalformed, "The JSON document ends before its data array is closed.", File, jsonPointer: Pointer));
        }

        state = before;
        start = spanStart + consumedBefore;
        return null;
    }

    private void Commit(ref Utf8JsonReader reader, int spanStart)
    {
        state = reader.CurrentState;
        start = spanStart + (int)reader.BytesConsumed;
    }

    private async ValueTask Fill(bool sync, CancellationToken cancellationToken)
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            if (buffer.Length >= MaxRecordBytes * 2)
            {
                throw new FileFailure(new ImportError(
                    ImportErrorCodes.ValueTooLong,
                    $"A record (or another value of the response) is longer than {MaxRecordBytes * 2 / (1 << 20)} MiB.",
                    File,
                    jsonPointer: "/data/" + (index + 1).ToString(CultureInfo.InvariantCulture)));
            }

            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        var read = sync
            ? stream.Read(buffer, end, buffer.Length - end)
            : await stream.ReadAsync(buffer.AsMemory(end, buffer.Length - end), cancellationToken).ConfigureAwait(false);
        end += read;
        finalBlock = read == 0;
    }

    private void ParseRecord(ReadOnlySpan<byte> json)
    {
        try
        {
            ParseRecordCore(json);
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader checks the UTF-8 of a string only when it is transcoded (GetString).
            throw new FileFailure(new ImportError(ImportErrorCodes.FileMalformed, "A string of the record is not UTF-8 text.", File, jsonPointer: Pointer));
        }
    }

    private void ParseRecordCore(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        reader.Read(); // the record's StartObject
        var first = index == 0;
        if (!first)
        {
            Array.Clear(values);
        }

        var names = first ? new List<string>() : null;
        var firstValues = first ? new List<string?>() : null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            string? value = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
                JsonTokenType.True => "true",
                JsonTokenType.False => "false",
                JsonTokenType.Null => null,
                _ => Nested(ref reader, name),
            };

            if (first)
            {
                if (columns.TryAdd(name, names!.Count))
                {
                    names.Add(name);
                    firstValues!.Add(value);
                }
                else
                {
                    throw new FileFailure(new ImportError(ImportErrorCodes.ColumnDuplicate, $"The record gives '{name}' twice.", File, jsonPointer: Pointer, column: name));
                }
            }
            else if (columns.TryGetValue(name, out var column))
            {
                values[column] = value;
            }
            else
            {
                // The header is the first record's fields: a field only a later record gives would be lost unread.
                throw new FileFailure(new ImportError(ImportErrorCodes.FileMalformed, $"The record gives '{name}', which the first record does not; the records of a response share one set of fields.", File, jsonPointer: Pointer + "/" + name, column: name));
            }
        }

        if (first)
        {
            header = names!.ToArray();
            values = firstValues!.ToArray();
        }
    }

    private string? Nested(ref Utf8JsonReader reader, string name)
    {
        // No Comtrade field is an object or array; one that is cannot be a value of the model.
        var what = Describe(reader.TokenType);
        reader.Skip();
        throw new FileFailure(new ImportError(ImportErrorCodes.ValueInvalid, $"'{name}' is a{(what[0] is 'a' or 'o' ? "n" : string.Empty)} {what}, not a value.", File, jsonPointer: Pointer + "/" + name, column: name));
    }

    private FileFailure Layout(string message) => new(new ImportError(ImportErrorCodes.FileUnknownLayout, message, File));

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            stream.Dispose();
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = [];
            }
        }
    }
}
