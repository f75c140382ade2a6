using System;
using System.IO;

namespace CentralAsia.Tool;

/// <summary>Where the tool writes, and whether a person is watching (progress is shown only to a person).</summary>
/// <param name="Output">Results.</param>
/// <param name="Error">Messages, errors and progress.</param>
/// <param name="Interactive">Whether the error stream is a terminal, so a progress bar can be drawn on it.</param>
internal sealed record Terminal(TextWriter Output, TextWriter Error, bool Interactive)
{
    internal static Terminal FromConsole() => new(Console.Out, Console.Error, !Console.IsErrorRedirected);
}
