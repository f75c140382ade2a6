using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;

namespace CentralAsia.Tool.Output;

/// <summary>
/// A progress bar on the error stream with bytes read, rows, rows per second and the time left — only when a person
/// is watching (the stream is a terminal) and not <c>--quiet</c>; otherwise it counts silently.
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task? rendering;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long bytes;
    private long rows;
    private bool disposed;

    private ProgressReporter(Terminal terminal, string title, long totalBytes, bool show)
    {
        if (!show)
        {
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(terminal.Error) });
        rendering = console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: Math.Max(1, totalBytes));
                while (!stop.IsCancellationRequested)
                {
                    task.Value = Math.Min(Interlocked.Read(ref bytes), totalBytes);
                    var seconds = Math.Max(0.001, clock.Elapsed.TotalSeconds);
                    var count = Interlocked.Read(ref rows);
                    task.Description = Markup.Escape($"{title}  {count:N0} rows  {count / seconds:N0} rows/s");
                    try
                    {
                        await Task.Delay(100, stop.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                }

                task.Value = task.MaxValue;
            });
    }

    internal long Rows => Interlocked.Read(ref rows);

    internal static ProgressReporter Start(Terminal terminal, bool quiet, string title, long totalBytes) =>
        new(terminal, title, totalBytes, show: terminal.Interactive && !quiet);

    internal void Read(long count) => Interlocked.Add(ref bytes, count);

    internal void Row() => Interlocked.Increment(ref rows);

    /// <summary>Stops and clears the bar; callers end it before printing their summary, so a second call does nothing.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        stop.Cancel();
        rendering?.GetAwaiter().GetResult();
        stop.Dispose();
    }
}
