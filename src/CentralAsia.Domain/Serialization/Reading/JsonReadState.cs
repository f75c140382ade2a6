using System;
using System.Collections.Generic;
using System.Text.Json;
using CentralAsia.Domain.Validation;

namespace CentralAsia.Domain.Serialization.Reading;

/// <summary>Reads one item of a JSON array; the reader is on the item's first token.</summary>
internal delegate T ItemReader<T>(ref Utf8JsonReader reader, JsonReadState state);

/// <summary>Parses the text of a value object; returns null on success or the error code.</summary>
internal delegate string? TextParser<T>(ReadOnlySpan<char> text, out T value);

/// <summary>
/// The state of one strict read: every error found so far, the JSON Pointer of the value being
/// read, and where each error is (byte offsets, turned into lines at the end by
/// <see cref="ResolveLines"/>, so the input is never copied). Readers never stop at the first
/// error: a bad value is recorded, skipped, and reading goes on.
/// </summary>
/// <remarks>
/// This file holds the error bookkeeping; <c>JsonReadState.Structure.cs</c> reads objects and arrays and
/// <c>JsonReadState.Scalars.cs</c> strings, numbers, booleans and enumerations. Where the reader is
/// (<see cref="PointerStack"/>), the identifiers already read (<see cref="IdentifierCache"/>) and the top-level
/// items (<see cref="ItemIndex"/>) are kept by types of their own.
/// </remarks>
internal sealed partial class JsonReadState
{
    private readonly LineTracking lines;
    private readonly int firstLine;

    // The errors and where each is (offsets, resolved into lines and document order at the end).
    private readonly ErrorLog log = new();
    private readonly PointerStack pointer = new();
    private readonly IdentifierCache identifiers = new();
    private readonly ItemIndex topLevelItems = new();

    /// <summary>Creates a state; with <see cref="LineTracking.Off"/> (inside a caller's serializer) errors have no lines.</summary>
    internal JsonReadState(LineTracking lines, int firstLine = 1)
    {
        this.lines = lines;
        this.firstLine = firstLine;
    }

    internal List<ValidationError> Errors => log.Errors;

    internal bool HasErrors => Errors.Count > 0;

    /// <summary>The records of the document that could not be built, by collection and id.</summary>
    internal Data.UnbuiltRecords? Unbuilt => topLevelItems.Unbuilt;

    /// <summary>Notes the id or code of the top-level item being read (called when <c>/collection/i/id</c> or <c>/countries/i/code</c> has been read).</summary>
    internal void NoteKey(string key)
    {
        if (pointer.Depth == 3 && pointer.NameAt(2) is "id" or "code")
        {
            topLevelItems.NoteKey(key);
        }
    }

    internal void PushProperty(string name) => pointer.PushProperty(name);

    internal void PushIndex(int index) => pointer.PushIndex(index);

    internal void Pop() => pointer.Pop();

    /// <summary>The JSON Pointer of the current value (built only when an error needs it).</summary>
    internal string Pointer() => pointer.Pointer();

    /// <summary>Records an error at the current pointer, at the line of <paramref name="offset"/>.</summary>
    internal void Error(string code, string message, long offset) => Add(new ValidationError(code, Pointer(), message), offset);

    /// <summary>Records an error whose line is already known (or unknown): offset -1.</summary>
    internal void Add(ValidationError error, long offset = -1) => log.Add(error, lines == LineTracking.On ? offset : -1);

    /// <summary>Drops every error recorded since <paramref name="start"/> but the last one.</summary>
    internal void KeepOnlyLastSince(int start)
    {
        var count = Errors.Count - 1 - start;
        if (count > 0)
        {
            log.RemoveRange(start, count);
        }
    }

    /// <summary>Turns the places of the errors into 1-based lines of <paramref name="input"/> and sorts the errors into document order.</summary>
    internal void ResolveLines(ReadOnlySpan<byte> input) => log.Resolve(input, firstLine);

    /// <summary>Records an error at the current pointer followed by <paramref name="relative"/>.</summary>
    internal void ErrorAt(string relative, string code, string message, long offset) =>
        Add(new ValidationError(code, Pointer() + relative, message), offset);

    /// <summary>
    /// Adds the errors a record's own validation found (paths relative to the record), except those at
    /// or under a place where reading already failed: a value that could not be read is not also "missing".
    /// Returns whether the record is free of errors, i.e. may be built.
    /// </summary>
    internal bool Complete(int errorsBefore, ref ErrorCollector recordErrors, long offset)
    {
        var readErrors = Errors.Count - errorsBefore;
        if (recordErrors.HasErrors)
        {
            var prefix = Pointer();
            foreach (var error in recordErrors.ToArray())
            {
                var absolute = error.WithPrefix(prefix);
                if (!Overlaps(errorsBefore, absolute.Path))
                {
                    // Found by a rule, not while reading: its line is that of the value the pointer names,
                    // found by walking from the start of the collection item (or of this record).
                    if (lines == LineTracking.Off)
                    {
                        log.Add(absolute, -1);
                    }
                    else if (topLevelItems.ItemStart(absolute.Path) is ({ } item, var rest))
                    {
                        log.Add(absolute, item, absolute.Path[rest..]);
                    }
                    else
                    {
                        log.Add(absolute, offset, error.Path);
                    }
                }
            }
        }

        return readErrors == 0 && !recordErrors.HasErrors;
    }

    private bool Overlaps(int from, string path)
    {
        for (var i = from; i < Errors.Count; i++)
        {
            var other = Errors[i].Path;
            if (IsSameOrUnder(path, other) || IsSameOrUnder(other, path))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSameOrUnder(string path, string ancestor) =>
        path.StartsWith(ancestor, StringComparison.Ordinal) && (path.Length == ancestor.Length || path[ancestor.Length] == '/');

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
