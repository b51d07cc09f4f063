using System.Diagnostics;
using AmazonBedrock.AI.Benchmarks.ClientOnly;
using AmazonBedrock.AI.Benchmarks.Support;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Benchmarks.Checks;

/// <summary>
/// The client-only workloads measured in process CPU time rather than wall-clock time. On a shared, overloaded machine
/// wall-clock means grow with everyone else's load, while the CPU time a workload burns stays close to its cost on an idle
/// machine, so this is the steadier figure for before/after comparisons. Single-threaded workloads only.
/// </summary>
internal static class CpuTime
{
    public static async Task<int> RunAsync(double seconds)
    {
        using var small = Workloads.ReplayProvider(CannedResponses.SmallConverse, CannedResponses.TextStream(2_000));
        using var tools = Workloads.ReplayProvider(CannedResponses.ToolCallConverse, CannedResponses.TextStream(1));
        var smallClient = small.GetChatClient(Workloads.ModelId);
        var toolClient = tools.GetChatClient(Workloads.ToolModelId);

        Console.WriteLine($"{"Workload",-44} {"CPU/op",12} {"wall/op",12} {"alloc/op",12}");
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

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.StartNew();
        long calls = 0;
        while (wall.Elapsed.TotalSeconds < seconds)
        {
            await call();
            calls++;
        }

        wall.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        double operations = calls * operationsPerCall;
        var cpuPerOp = cpu.TotalMicroseconds / operations;
        Console.WriteLine(
            $"{name,-44} {cpuPerOp,9:F2} us {wall.Elapsed.TotalMicroseconds / operations,9:F2} us {allocated / operations,10:F0} B" +
            (operationsPerCall > 1 ? $"   ({1_000_000 / cpuPerOp:N0} per CPU-second)" : string.Empty));
    }
}
