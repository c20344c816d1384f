using System;
using System.Threading.Tasks;

namespace EditorialLint.Tests.Robustness;

/// <summary>
/// Runs work with a generous time bound so a hang fails the test instead of stalling CI. Not a timing test:
/// the bound is 10–100× what the work takes on a loaded 2-core machine (a CI run shared with other jobs reached load 35).
/// </summary>
internal static class Bounded
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(60);

    public static T Run<T>(string what, Func<T> work, TimeSpan? timeout = null) =>
        RunAsync(what, () => Task.FromResult(work()), timeout).GetAwaiter().GetResult();

    public static async Task<T> RunAsync<T>(string what, Func<Task<T>> work, TimeSpan? timeout = null)
    {
        var limit = timeout ?? Default;
        var task = Task.Run(work);
        var done = await Task.WhenAny(task, Task.Delay(limit)).ConfigureAwait(false);
        if (done != task) throw new TimeoutException($"{what} did not finish within {limit.TotalSeconds:0} s: treated as a hang.");
        return await task.ConfigureAwait(false);
    }
}
