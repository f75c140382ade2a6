namespace CentralAsia.Tool;

/// <summary>What the tool's exit code means; documented in PACKAGE.md and in <c>--help</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Done; every file is valid.</summary>
    internal const int Ok = 0;

    /// <summary>The data is not valid (the errors were printed).</summary>
    internal const int InvalidData = 1;

    /// <summary>The command line is wrong, or a file cannot be read or written.</summary>
    internal const int UsageOrIo = 2;

    /// <summary>Stopped by Ctrl-C; nothing half-written is left behind.</summary>
    internal const int Cancelled = 130;

    /// <summary>A bug of the tool (sysexits' EX_SOFTWARE): a one-line message and where to report it.</summary>
    internal const int Internal = 70;
}
