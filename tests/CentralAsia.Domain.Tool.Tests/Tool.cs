using System.IO;
using System.Threading.Tasks;

namespace CentralAsia.Tool.Tests;

/// <summary>Runs the tool in-process, as a user would from a shell whose output is redirected (no progress bar).</summary>
internal static class Tool
{
    internal static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Cli.RunAsync(args, new Terminal(output, error, Interactive: false));
        return (code, output.ToString(), error.ToString());
    }

    internal static string Temp(string extension, string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"centralasia-{System.Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return path;
    }

    internal static string RepositoryRoot() => CentralAsia.Tests.Shared.Repository.Root();
}
