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
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Serialization.JsonLines;
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
        var (value, errors) = DocumentReader.Read<T>(utf8Json);
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
        where T : class => DocumentReader.Read<T>(utf8Json).Errors ?? EquatableArray<ValidationError>.Empty;

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
        await foreach (var (value, errors) in JsonLineReader.ReadAsync<T>(utf8JsonLines, cancellationToken).ConfigureAwait(false))
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
        await foreach (var (_, errors) in JsonLineReader.ReadAsync<T>(utf8JsonLines, cancellationToken).ConfigureAwait(false))
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
        using var lines = new JsonLineWriter<T>();
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
        using var lines = new JsonLineWriter<T>();
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
        var write = JsonFormat<T>.RequireWrite();
        using (var writer = new Utf8JsonWriter(buffer, DocumentWriterOptions))
        {
            write(writer, value);
        }

        buffer.Write("\n"u8);
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(stream);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, cancellationToken).ConfigureAwait(false);
        return memory.ToArray();
    }

}
