using System;
using System.Buffers;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Internal;

namespace CentralAsia.Domain.Serialization.JsonLines;

/// <summary>Writes records into a pooled buffer, one compact line each.</summary>
internal sealed class JsonLineWriter<T> : IDisposable
    where T : class
{
    /// <summary>How many bytes are buffered before the caller is told to flush.</summary>
    internal const int FlushThreshold = 64 * 1024;

    // Room for the threshold and one more long record, so that the buffer rarely grows.
    private const int InitialCapacity = 2 * FlushThreshold;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly PooledBufferWriter buffer = new(InitialCapacity);
    private readonly Action<Utf8JsonWriter, T> write = JsonFormat<T>.RequireWrite();
    private readonly Utf8JsonWriter writer;

    internal JsonLineWriter()
    {
        writer = new Utf8JsonWriter(buffer, Options);
    }

    /// <summary>Adds one record; returns whether the buffer holds <see cref="FlushThreshold"/> bytes or more and should be flushed.</summary>
    internal bool Add(T value)
    {
        Preconditions.CheckNotNull(value);
        writer.Reset(buffer);
        write(writer, value);
        writer.Flush();
        buffer.Write("\n"u8);
        return buffer.WrittenCount >= FlushThreshold;
    }

    /// <summary>Gives the buffer back to the pool.</summary>
    public void Dispose()
    {
        writer.Dispose();
        buffer.Dispose();
    }

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
