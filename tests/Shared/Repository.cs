using System;
using System.IO;

namespace CentralAsia.Tests.Shared;

/// <summary>Where the repository is, for tests that read its files (linked into each test project).</summary>
internal static class Repository
{
    /// <summary>The folder holding CentralAsia.sln, found by walking up from the test's output folder.</summary>
    internal static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CentralAsia.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (CentralAsia.sln) above " + AppContext.BaseDirectory);
    }
}
