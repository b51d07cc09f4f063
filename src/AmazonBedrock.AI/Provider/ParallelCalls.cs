using System.Runtime.ExceptionServices;

namespace AmazonBedrock.AI.Provider;

/// <summary>
/// Runs the InvokeModel calls of one embedding or image request side by side, at most a set number at once.
/// The first failure cancels the calls still running and is the exception the caller sees.
/// </summary>
internal static class ParallelCalls
{
    /// <summary>Rejects a <c>MaxConcurrency</c> setting below 1.</summary>
    public static void ValidateMaxConcurrency(int maxConcurrency, string paramName)
    {
        if (maxConcurrency < 1)
        {
            throw new ArgumentOutOfRangeException(paramName, maxConcurrency, "MaxConcurrency must be at least 1.");
        }
    }

    /// <summary>Calls <paramref name="call"/> for every index in <c>[0, count)</c> and waits for all of them.</summary>
    public static async Task RunAsync(int count, int maxConcurrency, Func<int, CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var gate = new SemaphoreSlim(Math.Min(maxConcurrency, count));
        var tasks = new Task[count];
        for (var i = 0; i < count; i++)
        {
            tasks[i] = RunOneAsync(i);
        }

        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch when (!cancellationToken.IsCancellationRequested)
        {
            // Report the first real failure, not the cancellations it caused in sibling calls.
            var first = tasks.FirstOrDefault(t => t.IsFaulted)?.Exception?.InnerException;
            if (first is not null)
            {
                ExceptionDispatchInfo.Capture(first).Throw();
            }

            throw;
        }

        async Task RunOneAsync(int index)
        {
            await gate.WaitAsync(failFast.Token).ConfigureAwait(false);
            try
            {
                await call(index, failFast.Token).ConfigureAwait(false);
            }
            catch
            {
                await failFast.CancelAsync().ConfigureAwait(false);
                throw;
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
