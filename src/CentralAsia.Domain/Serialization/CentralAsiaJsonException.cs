using System;
using System.Linq;
using System.Text.Json;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Internal;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Serialization;

/// <summary>
/// Thrown when a JSON document cannot be read into the domain model. It carries <em>every</em>
/// error found in the document, each with its code, JSON Pointer and line.
/// </summary>
/// <remarks>
/// <para>A <see cref="JsonException"/>, so code that already handles System.Text.Json failures handles it
/// too. Thrown by <see cref="CentralAsiaJson"/>, <see cref="JsonException.Path"/> and
/// <see cref="JsonException.LineNumber"/> describe the first error (line numbers are 0-based there,
/// as System.Text.Json counts them).</para>
/// <para>Thrown by a converter inside your own serializer (a value of this library held by one of your
/// types), the pointers of <see cref="Errors"/> are relative to that value, and System.Text.Json sets
/// <see cref="JsonException.Path"/> (and the line and position) to where the value is in your
/// document; the message then names that path, as in
/// <c>The JSON value at $.flows[2] is not valid: 1 error: /value/amount  money.invalid  …</c>.</para>
/// </remarks>
public sealed class CentralAsiaJsonException : JsonException
{
    private const int MaxErrorsInMessage = 20;

    /// <summary>Creates an exception for the given errors.</summary>
    /// <param name="errors">The errors; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public CentralAsiaJsonException(EquatableArray<ValidationError> errors)
        : base(BuildMessage(errors, null), ToStjPath(errors[0].Path), errors[0].Line - 1, null)
    {
        Errors = errors;
    }

    // For a value read inside the caller's serializer: no path yet, so that System.Text.Json sets
    // Path, LineNumber and BytePositionInLine to where the value is in the caller's document.
    private CentralAsiaJsonException(EquatableArray<ValidationError> errors, bool relative)
        : base(BuildMessage(errors, null))
    {
        Errors = errors;
        this.relative = relative;
    }

    private readonly bool relative;

    /// <summary>Every error found, in document order.</summary>
    public EquatableArray<ValidationError> Errors { get; }

    /// <inheritdoc/>
    public override string Message => relative && Path is { } path ? BuildMessage(Errors, path) : base.Message;

    /// <summary>An exception for a value read by a converter; its pointers are relative to the value.</summary>
    internal static CentralAsiaJsonException ForValue(EquatableArray<ValidationError> errors) => new(errors, relative: true);

    private static string BuildMessage(EquatableArray<ValidationError> errors, string? valuePath)
    {
        if (errors.IsEmpty)
        {
            throw new ArgumentException("An exception needs at least one error.", nameof(errors));
        }

        var shown = errors.Take(MaxErrorsInMessage).Select(e => "  " + e);
        var more = errors.Length > MaxErrorsInMessage ? $"{Environment.NewLine}  … and {errors.Length - MaxErrorsInMessage} more" : string.Empty;
        var what = valuePath is null ? "The JSON document" : $"The JSON value at {valuePath}";
        return $"{what} is not valid: {errors.Length} error{(errors.Length == 1 ? string.Empty : "s")}:{Environment.NewLine}{string.Join(Environment.NewLine, shown)}{more}";
    }

    // System.Text.Json reports paths as "$.tradeFlows[3].value"; keep that convention in Path.
    private static string ToStjPath(string pointer) =>
        "$" + string.Concat(pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.All(char.IsAsciiDigit) ? $"[{s}]" : "." + JsonPointer.Unescape(s)));
}
