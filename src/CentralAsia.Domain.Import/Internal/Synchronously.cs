using System.Threading.Tasks;

namespace CentralAsia.Domain.Import.Internal;

/// <summary>
/// The result of a ValueTask that the synchronous path of a reader produced: one method serves both paths, awaiting
/// only completed tasks when <c>sync</c> is true, so the task has always completed by the time its result is taken.
/// </summary>
internal static class Synchronously
{
    internal static T Result<T>(ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();

    internal static void Wait(ValueTask task)
    {
        if (!task.IsCompletedSuccessfully)
        {
            task.AsTask().GetAwaiter().GetResult();
        }
    }
}
