using CentralAsia.Domain.Validation;

namespace CentralAsia.Tool.Output;

/// <summary>One reported problem of a file: an error of the data, or <c>io.error</c> when the file cannot be read.</summary>
internal sealed record Finding(string File, int? Line, string Path, string Code, string Message)
{
    internal static Finding Of(string file, ValidationError error) => new(file, error.Line, error.Path, error.Code, error.Message);

    /// <summary><c>file:line  /pointer  code  message</c>: the one form every command prints an error in.</summary>
    internal string Text => $"{(Line is { } line ? $"{File}:{line}" : File)}  {(Path.Length == 0 ? "(root)" : Path)}  {Code}  {Message}";
}
