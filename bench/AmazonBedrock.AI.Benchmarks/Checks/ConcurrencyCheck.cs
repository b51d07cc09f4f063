using System.Diagnostics;
using AmazonBedrock.AI.Benchmarks.ClientOnly;
using AmazonBedrock.AI.Benchmarks.Support;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Benchmarks.Checks;

/// <summary>
/// Starts N streams at once and checks that every one completes with all its deltas, client-only (500 deltas each)
/// and against the emulator process. A probe measures how long a work item waits for a thread-pool thread while
/// the streams run: a starved pool shows up as delays of hundreds of milliseconds.
/// </summary>
internal static class ConcurrencyCheck
{
    public static async Task<int> RunAsync(int streams)
    {
        Console.WriteLine($"Concurrency check: {streams} concurrent ConverseStream calls, {Environment.ProcessorCount} cores");
        var failures = 0;

        using (var provider = Workloads.ReplayProvider(CannedResponses.SmallConverse, CannedResponses.TextStream(500)))
        {
            failures += await RunOnceAsync("client-only, 500 deltas each", provider.GetChatClient(Workloads.ModelId), streams, 500);
        }

        using (var emulator = EmulatorProcess.Start())
        using (var provider = Workloads.EmulatorProvider(emulator.BaseUri))
        {
            var client = provider.GetChatClient(Workloads.ModelId);
            var expected = 0;
            await foreach (var update in client.GetStreamingResponseAsync(Workloads.SmallPrompt, Workloads.SmallOptions))
            {
                expected += update.Contents.Count > 0 && update.Contents[0] is TextContent { Text.Length: > 0 } ? 1 : 0;
            }

            failures += await RunOnceAsync($"emulator process on loopback, {expected} deltas each", client, streams, expected);
        }

        Console.WriteLine(failures == 0 ? "PASS: every stream completed." : $"FAIL: {failures} stream(s) failed.");
        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> RunOnceAsync(string label, IChatClient client, int streams, int deltas)
    {
        using var stop = new CancellationTokenSource();
        var probe = Task.Run(() => ProbeAsync(stop.Token));
        var threadsBefore = ThreadPool.ThreadCount;
        var clock = Stopwatch.StartNew();
        var tasks = new Task<int>[streams];
        for (var i = 0; i < streams; i++)
        {
            tasks[i] = Task.Run(() => StreamingBenchmarks.ConsumeAsync(client, deltas));
        }

        var failures = 0;
        Exception? first = null;
        foreach (var task in tasks)
        {
            try
            {
                await task;
            }
            catch (Exception ex) when (ex is BedrockException or InvalidOperationException or HttpRequestException or IOException or TaskCanceledException)
            {
                failures++;
                first ??= ex;
            }
        }

        clock.Stop();
        await stop.CancelAsync();
        var worstDelay = await probe;
        var total = (long)streams * deltas;
        Console.WriteLine(
            $"  {label}: {streams} streams in {clock.Elapsed.TotalMilliseconds:F0} ms, {total / clock.Elapsed.TotalSeconds:N0} deltas/s, " +
            $"{failures} failed, pool threads {threadsBefore} -> {ThreadPool.ThreadCount}, worst thread-pool wait {worstDelay.TotalMilliseconds:F1} ms");
        if (first is not null)
        {
            Console.WriteLine("  first failure: " + first.Message);
        }

        return failures;
    }

    /// <summary>Queues a work item every 10 ms and returns the longest it waited to run.</summary>
    private static async Task<TimeSpan> ProbeAsync(CancellationToken stop)
    {
        var worst = TimeSpan.Zero;
        while (!stop.IsCancellationRequested)
        {
            var queued = Stopwatch.GetTimestamp();
            var started = await Task.Run(Stopwatch.GetTimestamp, CancellationToken.None);
            var waited = Stopwatch.GetElapsedTime(queued, started);
            worst = waited > worst ? waited : worst;
            try
            {
                await Task.Delay(10, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return worst;
    }
}
