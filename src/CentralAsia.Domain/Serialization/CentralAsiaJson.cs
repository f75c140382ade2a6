using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Serialization;

/// <summary>
/// Reads and writes the canonical JSON format (see <c>docs/json-format.md</c>): whole documents
/// (a <see cref="CentralAsiaDataset"/> or a single record) and JSON Lines streams of records.
/// </summary>
/// <remarks>
/// <para>Reading is strict and complete: unknown, duplicate or missing properties, nulls, wrong
/// types, out-of-range numbers, broken invariants, nesting deeper than 64 and newer major format
/// versions are all errors, and <em>every</em> error of a document is reported — each with a
/// stable code, a JSON Pointer and a line. <c>Deserialize</c> throws one
/// <see cref="CentralAsiaJsonException"/> (a <see cref="JsonException"/>) listing them;
/// <c>Validate</c> returns them. A leading UTF-8 byte order mark is ignored.</para>
/// <para>Writing produces the canonical form: camelCase properties, kebab-case enumeration values,
/// compact strings for value objects, empty lists and absent optional values left out,
/// non-ASCII text unescaped. Documents are indented with two spaces; JSON Lines are compact.</para>
/// <para>Supported types: <see cref="CentralAsiaDataset"/>, every record of the model
/// (<c>Source</c>, <c>Country</c>, <c>Leader</c>, <c>PersonName</c>, <c>NameAlias</c>, <c>Term</c>,
/// <c>Office</c>, <c>TradeFlow</c>, <c>InfrastructureProject</c>, <c>StatusChange</c>, <c>Summit</c>,
/// <c>SummitDeclaration</c>, <c>Commitment</c>, <c>Quote</c>) and <see cref="ValidationError"/>;
/// the query results (<c>TradeTotal</c>, <c>MirrorComparison</c>, …) are written, and reading one
/// reports <c>json.type.write-only</c>. Any other type parameter throws
/// <see cref="NotSupportedException"/>. The value types (<c>CountryCode</c>, <c>Money</c>, …) are read and
/// written inside your own types by System.Text.Json, each with its converter; see
/// <see cref="JsonSerializerOptionsExtensions.ConfigureForCentralAsia"/>.</para>
/// <para>No reflection is used: the API is trimming- and Native AOT-safe. All members are thread-safe.</para>
/// </remarks>
public static class CentralAsiaJson
{
    /// <summary>The deepest nesting of objects and arrays a document may have.</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest line <see cref="DeserializeLinesAsync{T}"/> accepts (64 MiB).</summary>
    public const int MaxLineBytes = 64 * 1024 * 1024;

    private static readonly JsonWriterOptions DocumentWriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    private static readonly JsonWriterOptions LineWriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = MaxDepth };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Metadata for System.Text.Json so that the records serialize with this library's converters in
    /// your own <see cref="JsonSerializerOptions"/> (for example ASP.NET's): add it to
    /// <see cref="JsonSerializerOptions.TypeInfoResolverChain"/>. Reading through it is strict, and an
    /// invalid value throws <see cref="CentralAsiaJsonException"/>.
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => CentralAsiaJsonContext.Default;

    /// <summary>Writes a value as canonical, indented UTF-8 JSON.</summary>
    /// <typeparam name="T">A supported type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The UTF-8 bytes, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a supported type.</exception>
    public static byte[] SerializeToUtf8Bytes<T>(T value)
        where T : class
    {
        using var buffer = new PooledBufferWriter();
        WriteDocument(buffer, value);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a value as canonical, indented JSON text.</summary>
    /// <typeparam name="T">A supported type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a supported type.</exception>
    public static string Serialize<T>(T value)
        where T : class => Encoding.UTF8.GetString(SerializeToUtf8Bytes(value));

    /// <summary>Writes a value as canonical, indented UTF-8 JSON to a stream.</summary>
    /// <typeparam name="T">A supported type.</typeparam>
    /// <param name="utf8Json">The stream to write to; it is not closed.</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a supported type.</exception>
    public static async Task SerializeAsync<T>(Stream utf8Json, T value, CancellationToken cancellationToken = default)
        where T : class
    {
        Preconditions.CheckNotNull(utf8Json);
        using var buffer = new PooledBufferWriter();
        WriteDocument(buffer, value);
        await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a value from UTF-8 JSON, strictly.</summary>
    /// <typeparam name="T">A supported type.</typeparam>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The value.</returns>
    /// <exception cref="CentralAsiaJsonException">The document is not valid; every error is listed.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a supported type.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json)
        where T : class
    {
        var (value, errors) = ReadDocument<T>(utf8Json);
        return errors is null ? value! : throw new CentralAsiaJsonException(errors.Value);
    }

    /// <summary>Reads a value from JSON text, strictly.</summary>
    /// <typeparam name="T">A supported type.</typeparam>
    /// <param name="json">The document.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="CentralAsiaJsonException">The document is not valid; every error is listed.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a supported type.</exception>
    public static T Deserialize<T>(string json)
        where T : class
    {
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(Preconditions.CheckNotNull(json));
        }
        catch (EncoderFallbackException)
        {
            // A lone surrogate would otherwise become U+FFFD silently: report it instead.
            throw new CentralAsiaJsonException([new ValidationError(ErrorCodes.JsonStringInvalid, string.Empty, "The text holds a lone surrogate: it is not valid Unicode.")]);
        }

        return Deserialize<T>(utf8);
    }

    /// <summary>Reads a value from a UTF-8 JSON stream, strictly. The whole document is buffered; use JSON Lines for very large collections.</summary>
    /// <typeparam name="T">A supported type.</typeparam>
    /// <param name="utf8Json">The stream; it is read to its end and not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="CentralAsiaJsonException">The document is not valid; every error is listed.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a supported type.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static async ValueTask<T> DeserializeAsync<T>(Stream utf8Json, CancellationToken cancellationToken = default)
        where T : class
    {
        var bytes = await ReadAllAsync(utf8Json, cancellationToken).ConfigureAwait(false);
        return Deserialize<T>(bytes.AsSpan());
    }

    /// <summary>Checks a document as <typeparamref name="T"/> and returns every error (empty when valid).</summary>
    /// <typeparam name="T">A supported type; usually <see cref="CentralAsiaDataset"/>.</typeparam>
    /// <param name="utf8Json">The document.</param>
    /// <returns>Every error, in document order, each with code, JSON Pointer and line.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a supported type.</exception>
    public static EquatableArray<ValidationError> Validate<T>(ReadOnlySpan<byte> utf8Json)
        where T : class => ReadDocument<T>(utf8Json).Errors ?? EquatableArray<ValidationError>.Empty;

    /// <summary>Checks a dataset document and returns every error (empty when valid).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>Every error, in document order, each with code, JSON Pointer and line.</returns>
    public static EquatableArray<ValidationError> Validate(ReadOnlySpan<byte> utf8Json) => Validate<CentralAsiaDataset>(utf8Json);

    /// <summary>Checks a dataset document read from a stream and returns every error.</summary>
    /// <param name="utf8Json">The stream; it is read to its end and not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Every error, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static async ValueTask<EquatableArray<ValidationError>> ValidateAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        var bytes = await ReadAllAsync(utf8Json, cancellationToken).ConfigureAwait(false);
        return Validate<CentralAsiaDataset>(bytes.AsSpan());
    }

    /// <summary>
    /// Reads a JSON Lines stream — one compact JSON value per line — one record at a time, in
    /// memory that does not grow with the stream. Blank lines are skipped; lines may end in LF or CRLF.
    /// </summary>
    /// <typeparam name="T">A supported record type.</typeparam>
    /// <param name="utf8JsonLines">The stream; it is read to its end and not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The records, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> is null.</exception>
    /// <exception cref="CentralAsiaJsonException">A line is not valid (thrown when that line is reached); every error of the line is listed, with its line number.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a supported type.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static async IAsyncEnumerable<T> DeserializeLinesAsync<T>(Stream utf8JsonLines, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : class
    {
        await foreach (var (value, errors) in ReadLinesAsync<T>(utf8JsonLines, cancellationToken).ConfigureAwait(false))
        {
            if (errors is not null)
            {
                throw new CentralAsiaJsonException(errors.Value);
            }

            yield return value!;
        }
    }

    /// <summary>Checks every line of a JSON Lines stream and returns every error, each with its line number.</summary>
    /// <typeparam name="T">A supported record type.</typeparam>
    /// <param name="utf8JsonLines">The stream; it is read to its end and not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The errors, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a supported type.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static async IAsyncEnumerable<ValidationError> ValidateLinesAsync<T>(Stream utf8JsonLines, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : class
    {
        await foreach (var (_, errors) in ReadLinesAsync<T>(utf8JsonLines, cancellationToken).ConfigureAwait(false))
        {
            if (errors is { } list)
            {
                foreach (var error in list)
                {
                    yield return error;
                }
            }
        }
    }

    /// <summary>Writes records as JSON Lines (compact JSON, one record per line, LF endings), flushing as it goes.</summary>
    /// <typeparam name="T">A supported record type.</typeparam>
    /// <param name="utf8JsonLines">The stream to write to; it is not closed.</param>
    /// <param name="values">The records.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every record is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a record is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a supported type.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static async Task SerializeLinesAsync<T>(Stream utf8JsonLines, IAsyncEnumerable<T> values, CancellationToken cancellationToken = default)
        where T : class
    {
        Preconditions.CheckNotNull(utf8JsonLines);
        Preconditions.CheckNotNull(values);
        using var lines = new LineWriter<T>();
        await foreach (var value in values.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (lines.Add(value))
            {
                await lines.FlushAsync(utf8JsonLines, cancellationToken).ConfigureAwait(false);
            }
        }

        await lines.FlushAsync(utf8JsonLines, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes records as JSON Lines (compact JSON, one record per line, LF endings), flushing as it goes.</summary>
    /// <typeparam name="T">A supported record type.</typeparam>
    /// <param name="utf8JsonLines">The stream to write to; it is not closed.</param>
    /// <param name="values">The records.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or a record is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a supported type.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void SerializeLines<T>(Stream utf8JsonLines, IEnumerable<T> values)
        where T : class
    {
        Preconditions.CheckNotNull(utf8JsonLines);
        Preconditions.CheckNotNull(values);
        using var lines = new LineWriter<T>();
        foreach (var value in values)
        {
            if (lines.Add(value))
            {
                lines.Flush(utf8JsonLines);
            }
        }

        lines.Flush(utf8JsonLines);
    }

    /// <summary>The JSON Schema (draft 2020-12) of the dataset format, as embedded in this package.</summary>
    /// <returns>The schema text.</returns>
    public static string GetSchema()
    {
        using var stream = typeof(CentralAsiaJson).Assembly.GetManifestResourceStream("CentralAsia.Domain.centralasia.schema.json")
            ?? throw new InvalidOperationException("The embedded JSON Schema is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void WriteDocument<T>(IBufferWriter<byte> buffer, T value)
        where T : class
    {
        Preconditions.CheckNotNull(value);
        var write = JsonFormat<T>.Write ?? throw Unsupported<T>();
        using (var writer = new Utf8JsonWriter(buffer, DocumentWriterOptions))
        {
            write(writer, value);
        }

        buffer.Write("\n"u8);
    }

    /// <summary>Reads one document; returns the value, or the errors (never both).</summary>
    internal static (T? Value, EquatableArray<ValidationError>? Errors) ReadDocument<T>(ReadOnlySpan<byte> utf8Json, int firstLine = 1)
        where T : class
    {
        var read = JsonFormat<T>.Read ?? throw Unsupported<T>();
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        var state = new JsonReadState(firstLine);
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        T? value = null;
        try
        {
            if (!reader.Read())
            {
                state.Add(new ValidationError(ErrorCodes.JsonSyntax, string.Empty, "The document is empty: expected a JSON object.", firstLine));
            }
            else
            {
                value = read(ref reader, state);
                if (reader.Read())
                {
                    state.Error(ErrorCodes.JsonSyntax, "There is more after the JSON value.", reader.TokenStartIndex);
                }
            }
        }
        catch (JsonException exception)
        {
            // The reader stops one level short, with the opening bracket of the 65th level next.
            var next = utf8Json[(int)Math.Min(reader.BytesConsumed, utf8Json.Length)..].TrimStart(" \t\r\n"u8);
            var tooDeep = reader.CurrentDepth >= MaxDepth - 1 && !next.IsEmpty && next[0] is (byte)'[' or (byte)'{';
            state.Add(new ValidationError(
                tooDeep ? ErrorCodes.JsonDepth : ErrorCodes.JsonSyntax,
                state.Pointer(),
                tooDeep ? $"The document nests deeper than {MaxDepth} levels." : SyntaxMessage(exception),
                firstLine + (int)(exception.LineNumber ?? 0)));
        }

        state.ResolveLines(utf8Json);
        if (!state.HasErrors && value is not null)
        {
            return (value, null);
        }

        // A reader that returns null has always said why; this message is only a safety net.
        // Stryker disable once all : unreachable while the readers keep that promise
        List<ValidationError> errors = state.HasErrors ? state.Errors : [new ValidationError(ErrorCodes.JsonSyntax, string.Empty, "No value could be read.", firstLine)];
        return (null, EquatableArray.From(errors));
    }

    // System.Text.Json ends its message with its own 0-based position ("LineNumber: 247 |
    // BytePositionInLine: 19."); the error already carries the 1-based line, so say the column instead.
    private static string SyntaxMessage(JsonException exception)
    {
        var message = exception.Message;
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var what = (position >= 0 ? message[..position] : message).TrimEnd().TrimEnd('.');
        var column = exception.BytePositionInLine is { } byteInLine ? $" (column {byteInLine + 1})" : string.Empty;
        return $"The text is not well-formed JSON: {what}{column}.";
    }

    private static async IAsyncEnumerable<(T? Value, EquatableArray<ValidationError>? Errors)> ReadLinesAsync<T>(Stream utf8JsonLines, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        Preconditions.CheckNotNull(utf8JsonLines);
        _ = JsonFormat<T>.Read ?? throw Unsupported<T>();
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int start = 0, end = 0, lineNumber = 0;
            var eof = false;
            while (true)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline < 0 && !eof)
                {
                    // Move the partial line to the front, grow if one line fills the buffer, and read more.
                    if (start != 0)
                    {
                        Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                        end -= start;
                        start = 0;
                    }

                    if (end == buffer.Length)
                    {
                        if (buffer.Length >= MaxLineBytes)
                        {
                            yield return (null, new EquatableArray<ValidationError>([new ValidationError(ErrorCodes.JsonSyntax, string.Empty, $"Line {lineNumber + 1} is longer than {MaxLineBytes} bytes.", lineNumber + 1)]));
                            yield break;
                        }

                        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, bigger, 0, end);
                        // Stryker disable once Statement : an array not given back to the pool is collected like any other; only reuse is lost
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = bigger;
                    }

                    var read = await utf8JsonLines.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                    eof = read == 0;
                    end += read;
                    continue;
                }

                // Here a line break was found, or the stream has ended; an empty rest has no line break.
                if (start == end)
                {
                    yield break;
                }

                // At the end of the stream the last line has no line break; it was moved to the front
                // (start is 0) before the read that found the end.
                var length = newline < 0 ? end : newline;
                var line = buffer.AsMemory(start, length);
                start += newline < 0 ? length : length + 1;
                lineNumber++;
                if (line.Span.EndsWith("\r"u8))
                {
                    line = line[..^1];
                }

                if (line.Span.Trim(" \t"u8).IsEmpty)
                {
                    continue;
                }

                yield return ReadDocument<T>(line.Span, lineNumber);
            }
        }
        finally
        // Stryker disable once Block,Statement : an array not given back to the pool is collected like any other; only reuse is lost
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(stream);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, cancellationToken).ConfigureAwait(false);
        return memory.ToArray();
    }

    private static NotSupportedException Unsupported<T>() =>
        new($"{typeof(T).Name} is not a type of the CentralAsia.Domain JSON format; use CentralAsiaDataset or one of the records.");

    /// <summary>Writes records into a pooled buffer, one compact line each.</summary>
    private sealed class LineWriter<T> : IDisposable
        where T : class
    {
        private const int FlushThreshold = 64 * 1024;
        // Stryker disable once Arithmetic : the initial size only spares a copy; the buffer grows as needed
        private readonly PooledBufferWriter buffer = new(FlushThreshold * 2);
        private readonly Action<Utf8JsonWriter, T> write = JsonFormat<T>.Write ?? throw Unsupported<T>();
        private readonly Utf8JsonWriter writer;

        internal LineWriter()
        {
            writer = new Utf8JsonWriter(buffer, LineWriterOptions);
        }

        /// <summary>Adds one record; returns whether the buffer should be flushed.</summary>
        internal bool Add(T value)
        {
            Preconditions.CheckNotNull(value);
            writer.Reset(buffer);
            write(writer, value);
            writer.Flush();
            buffer.Write("\n"u8);
            // Stryker disable once Equality : flushing at exactly 64 KiB or one record later writes the same bytes
            return buffer.WrittenCount >= FlushThreshold;
        }

        // Stryker disable all : disposing gives pooled arrays back and drops a writer that holds nothing; neither is observable
        public void Dispose()
        {
            writer.Dispose();
            buffer.Dispose();
        }

        // Stryker restore all

        internal void Flush(Stream stream)
        {
            if (buffer.WrittenCount > 0)
            {
                stream.Write(buffer.WrittenSpan);
                buffer.Clear();
            }
        }

        internal async Task FlushAsync(Stream stream, CancellationToken cancellationToken)
        {
            if (buffer.WrittenCount > 0)
            {
                await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.Clear();
            }
        }
    }
}
