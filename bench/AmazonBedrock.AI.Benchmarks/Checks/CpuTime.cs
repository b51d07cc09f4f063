using System.Diagnostics;
using AmazonBedrock.AI.Benchmarks.ClientOnly;
using AmazonBedrock.AI.Benchmarks.Support;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Benchmarks.Checks;

/// <summary>
/// The single-threaded client-only workloads timed in 30 short rounds, reporting the best round, the median round and the
/// median process CPU time per operation. On a shared, overloaded machine means grow with everyone else's load; the best
/// round is the one least disturbed, so it is the steadier figure for before/after comparisons.
/// </summary>
internal static class CpuTime
{
    public static async Task<int> RunAsync(double seconds)
    {
        using var small = Workloads.ReplayProvider(CannedResponses.SmallConverse, CannedResponses.TextStream(2_000));
        using var tools = Workloads.ReplayProvider(CannedResponses.ToolCallConverse, CannedResponses.TextStream(1));
        var smallClient = small.GetChatClient(Workloads.ModelId);
        var toolClient = tools.GetChatClient(Workloads.ToolModelId);

        Console.WriteLine($"{"Workload",-44} {"best wall",12} {"median wall",12} {"median CPU",12} {"alloc/op",12}");
        await MeasureAsync("W1 Converse, small (per call)", 1, seconds, () => smallClient.GetResponseAsync(Workloads.SmallPrompt, Workloads.SmallOptions));
        await MeasureAsync("W5 Converse, 2 tools + 10 turns (per call)", 1, seconds, () => toolClient.GetResponseAsync(Workloads.ToolHistory, Workloads.ToolOptions));
        await MeasureAsync("W3 ConverseStream, 2000 deltas (per delta)", 2_000, seconds, () => StreamingBenchmarks.ConsumeAsync(smallClient, 2_000));
        return 0;
    }

    private static async Task MeasureAsync<T>(string name, int operationsPerCall, double seconds, Func<Task<T>> call)
    {
        // Warm up: tiered JIT, pools and caches.
        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed.TotalSeconds < seconds / 3)
        {
            await call();
        }

        // Many short rounds: the best round is the one least disturbed by other processes, the median the typical one.
        const int Rounds = 30;
        var cpuPerOp = new double[Rounds];
        var wallPerOp = new double[Rounds];
        long totalAllocated = 0;
        double totalOperations = 0;
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < Rounds; round++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var wall = Stopwatch.StartNew();
            long calls = 0;
            while (wall.Elapsed.TotalSeconds < seconds / Rounds)
            {
                await call();
                calls++;
            }

            wall.Stop();
            totalAllocated += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            process.Refresh();
            double operations = calls * operationsPerCall;
            totalOperations += operations;
            cpuPerOp[round] = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / operations;
            wallPerOp[round] = wall.Elapsed.TotalMicroseconds / operations;
        }

        Array.Sort(cpuPerOp);
        Array.Sort(wallPerOp);
        var bestWall = wallPerOp[0];
        Console.WriteLine(
            $"{name,-44} {bestWall,9:F2} us {wallPerOp[Rounds / 2],9:F2} us {cpuPerOp[Rounds / 2],9:F2} us {totalAllocated / totalOperations,10:F0} B" +
            (operationsPerCall > 1 ? $"   ({1_000_000 / bestWall:N0}/s best, {1_000_000 / wallPerOp[Rounds / 2]:N0}/s median)" : string.Empty));
    }
}
