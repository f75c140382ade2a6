using System;
using CentralAsia.Domain.Internal;

namespace CentralAsia.Domain.Validation;

/// <summary>
/// One thing that is wrong with a value: a stable machine-readable <see cref="Code"/>, the
/// place it was found as a JSON Pointer (RFC 6901) into the canonical JSON shape, and a
/// human-readable message.
/// </summary>
/// <remarks>
/// <para>Codes are listed in <c>docs/error-codes.md</c> and as constants of <see cref="ErrorCodes"/>;
/// they never change meaning once shipped. Messages are for people and may be reworded.</para>
/// <para>Two errors are equal when code, path and message are equal. Instances are immutable
/// and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Converters.ValidationErrorConverter))]
public sealed record ValidationError
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">The stable code, for example <c>country.code.unknown</c>.</param>
    /// <param name="path">A JSON Pointer: empty for the whole document, otherwise starting with <c>/</c>.</param>
    /// <param name="message">A sentence for people saying what is wrong and why.</param>
    /// <exception cref="ArgumentException">A parameter is null, blank, or <paramref name="path"/> is not a JSON Pointer.</exception>
    public ValidationError(string code, string path, string message)
        : this(code, path, message, line: null)
    {
    }

    /// <summary>Creates an error found in a text at a known line.</summary>
    /// <param name="code">The stable code, for example <c>country.code.unknown</c>.</param>
    /// <param name="path">A JSON Pointer: empty for the whole document, otherwise starting with <c>/</c>.</param>
    /// <param name="message">A sentence for people saying what is wrong and why.</param>
    /// <param name="line">The 1-based line of the input where the offending value starts, or null if unknown.</param>
    /// <exception cref="ArgumentException">A parameter is null or blank, <paramref name="path"/> is not a JSON Pointer, or <paramref name="line"/> is less than 1.</exception>
    public ValidationError(string code, string path, string message, int? line)
    {
        Code = Preconditions.CheckNotBlank(code, nameof(code));
        Path = Preconditions.CheckJsonPointer(path, nameof(path));
        Message = Preconditions.CheckNotBlank(message, nameof(message));
        if (line < 1)
        {
            Preconditions.ThrowArgument(nameof(line), "Lines are counted from 1.");
        }

        Line = line;
    }

    /// <summary>The stable code of the kind of error, for example <c>trade.partner.includes-reporter</c>.</summary>
    public string Code { get; }

    /// <summary>Where the error is, as a JSON Pointer into the canonical JSON shape (empty = the whole value).</summary>
    public string Path { get; }

    /// <summary>What is wrong and why, for people.</summary>
    public string Message { get; }

    /// <summary>The 1-based line of the input where the offending value starts, when the error came from reading a text; otherwise null.</summary>
    public int? Line { get; }

    /// <summary>Formats the error as <c>[line N  ]path  code  message</c>, with <c>(root)</c> for an empty path.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        $"{(Line is { } line ? $"line {line}  " : string.Empty)}{(Path.Length == 0 ? "(root)" : Path)}  {Code}  {Message}";

    /// <summary>Returns a copy whose path is <paramref name="prefix"/> followed by this error's path.</summary>
    internal ValidationError WithPrefix(string prefix) => new(Code, prefix + Path, Message, Line, trusted: Validated.Yes);

    /// <summary>Returns a copy at another line (JSON Lines: the record's line in the file).</summary>
    internal ValidationError AtLine(int line) => new(Code, Path, Message, line, trusted: Validated.Yes);

    private ValidationError(string code, string path, string message, int? line, Validated trusted)
    {
        _ = trusted;
        Code = code;
        Path = path;
        Message = message;
        Line = line;
    }
}
