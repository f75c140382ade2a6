using System;
using System.Collections.Generic;
using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Serialization.Reading;

/// <summary>Reads one whole document (a file, or one line of JSON Lines) strictly, collecting every error with its line.</summary>
internal static class DocumentReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = CentralAsiaJson.MaxDepth };

    /// <summary>Reads one document; returns the value, or the errors (never both).</summary>
    internal static (T? Value, EquatableArray<ValidationError>? Errors) Read<T>(ReadOnlySpan<byte> utf8Json, int firstLine = 1)
        where T : class
    {
        var read = JsonFormat<T>.RequireRead();
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        var state = new JsonReadState(LineTracking.On, firstLine);
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
            var tooDeep = reader.CurrentDepth >= CentralAsiaJson.MaxDepth - 1 && !next.IsEmpty && next[0] is (byte)'[' or (byte)'{';
            state.Add(new ValidationError(
                tooDeep ? ErrorCodes.JsonDepth : ErrorCodes.JsonSyntax,
                state.Pointer(),
                tooDeep ? $"The document nests deeper than {CentralAsiaJson.MaxDepth} levels." : SyntaxMessage(exception),
                firstLine + (int)(exception.LineNumber ?? 0)));
        }

        state.ResolveLines(utf8Json);
        if (!state.HasErrors && value is not null)
        {
            return (value, null);
        }

        // A reader that returns null has always recorded why; this error is only a safety net, so that a broken
        // promise is still a reported error rather than a null value. Unreachable, hence the one directive left.
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
}
