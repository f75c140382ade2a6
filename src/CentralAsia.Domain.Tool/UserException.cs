using System;

namespace CentralAsia.Tool;

/// <summary>A problem with what the user gave (a path, a value): printed as its message alone, with an exit code.</summary>
internal sealed class UserException(string message, int exitCode = ExitCodes.UsageOrIo) : Exception(message)
{
    internal int ExitCode { get; } = exitCode;
}
