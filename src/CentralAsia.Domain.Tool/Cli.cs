using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using CentralAsia.Tool.Brief;
using CentralAsia.Tool.Convert;
using CentralAsia.Tool.Import;
using CentralAsia.Tool.Query;
using CentralAsia.Tool.Validate;

namespace CentralAsia.Tool;

/// <summary>
/// The root command and the rules every command shares: exit codes (0 ok, 1 invalid data, 2 usage or I/O, 130 Ctrl-C,
/// 70 a bug of the tool), no stack trace for anything the user did, and parse errors reported with a hint to --help.
/// </summary>
internal static class Cli
{
    /// <summary>The tool's version (MinVer: from the git tag), the same whichever program hosts the commands.</summary>
    internal static string Version { get; } =
        typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    internal static RootCommand Build(Terminal terminal)
    {
        var root = new RootCommand("The CentralAsia.Domain tool: check, brief on, convert, query and import China–Central Asia data.\nExit codes: 0 ok, 1 invalid data, 2 usage or I/O error, 130 stopped by Ctrl-C, 70 a bug of the tool.")
        {
            ValidateCommand.Create(terminal),
            BriefCommand.Create(terminal),
            ConvertCommand.Create(terminal),
            QueryCommand.Create(terminal),
            ImportCommand.Create(terminal),
        };

        // System.CommandLine prints the entry assembly's version: a sample hosting these commands would print its own.
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new PrintVersion(terminal);
        }

        return root;
    }

    internal static async Task<int> RunAsync(string[] args, Terminal terminal, CancellationToken cancellationToken = default)
    {
        try
        {
            var root = Build(terminal);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    terminal.Error.WriteLine(error.Message);
                }

                var names = new System.Collections.Generic.List<string>();
                for (var result = parsed.CommandResult; result.Command != root; result = (System.CommandLine.Parsing.CommandResult)result.Parent!)
                {
                    names.Insert(0, result.Command.Name);
                }

                terminal.Error.WriteLine($"See 'centralasia {string.Concat(names.Select(n => n + " "))}--help'.");
                return ExitCodes.UsageOrIo;
            }

            var configuration = new InvocationConfiguration
            {
                Output = terminal.Output,
                Error = terminal.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = TimeSpan.FromSeconds(5),
            };
            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (UserException problem)
        {
            terminal.Error.WriteLine(problem.Message);
            return problem.ExitCode;
        }
        catch (OperationCanceledException)
        {
            terminal.Error.WriteLine("Stopped.");
            return ExitCodes.Cancelled;
        }
        catch (Exception bug) when (bug is not OutOfMemoryException)
        {
            // Not the user's doing: one line, and where to report it, never a stack trace.
            terminal.Error.WriteLine($"centralasia: unexpected error: {bug.GetType().Name}: {bug.Message.Split('\n')[0]}");
            terminal.Error.WriteLine("This is a bug of the tool, not of your data: please report it, with the command you ran, on the project's issue tracker.");
            return ExitCodes.Internal;
        }
    }

    private sealed class PrintVersion(Terminal terminal) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            terminal.Output.WriteLine(Version);
            return ExitCodes.Ok;
        }
    }

    /// <summary>Refuses an argument that looks like an option (<c>--bogus</c>) instead of taking it for a file name.</summary>
    internal static void RejectOptionLikeTokens(Argument argument) =>
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1 && !File.Exists(t.Value)))
            {
                result.AddError($"Unknown option '{token.Value}'.");
            }
        });

    /// <summary>Formats accepted by the query and brief commands.</summary>
    internal static Option<string> FormatOption(string defaultFormat, params string[] formats)
    {
        var option = new Option<string>("--format", "-f") { Description = string.Join(", ", formats) + ".", DefaultValueFactory = _ => defaultFormat };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
