using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Serialization.Reading;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Serialization.JsonLines;

/// <summary>Reads JSON Lines: one document per line, in memory that does not grow with the stream.</summary>
internal static class JsonLineReader
{
    private const int InitialBufferSize = 64 * 1024;

    /// <summary>
    /// Splits a stream into lines (LF or CRLF; blank lines skipped) and reads each as one document, in a buffer that grows
    /// only to the longest line (at most <see cref="CentralAsiaJson.MaxLineBytes"/>). Yields each line's value or its errors.
    /// </summary>
    internal static async IAsyncEnumerable<(T? Value, EquatableArray<ValidationError>? Errors)> ReadAsync<T>(Stream utf8JsonLines, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        Preconditions.CheckNotNull(utf8JsonLines);
        _ = JsonFormat<T>.RequireRead();
        var buffer = ArrayPools.Rent<byte>(InitialBufferSize);
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
                        if (buffer.Length >= CentralAsiaJson.MaxLineBytes)
                        {
                            yield return (null, new EquatableArray<ValidationError>([new ValidationError(ErrorCodes.JsonSyntax, string.Empty, $"Line {lineNumber + 1} is longer than {CentralAsiaJson.MaxLineBytes} bytes.", lineNumber + 1)]));
                            yield break;
                        }

                        ArrayPools.Grow(ref buffer, end, buffer.Length + 1);
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

                yield return DocumentReader.Read<T>(line.Span, lineNumber);
            }
        }
        finally
        {
            ArrayPools.Return(buffer);
        }
    }
}
