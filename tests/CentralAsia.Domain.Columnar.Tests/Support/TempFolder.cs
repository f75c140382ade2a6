using System;
using System.IO;

namespace CentralAsia.Domain.Columnar.Tests.Support;

internal sealed class TempFolder : IDisposable
{
    internal TempFolder() => Directory.CreateDirectory(Path);

    internal string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "columnar-tests-" + Guid.NewGuid().ToString("N"));

    internal string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
