using AmazonBedrock.AI.Benchmarks.Support;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Benchmarks.ClientOnly;

/// <summary>
/// W1, W2 and W5 in client-only mode: build the request, sign, "send" to a handler that replays canned bytes, parse, map to MEAI.
/// W2 reports the mean per call (OperationsPerInvoke = 32), so 1 / mean is the throughput at 32 concurrent calls.
/// </summary>
[MemoryDiagnoser]
public class ConverseBenchmarks
{
    private const int Concurrency = 32;

    private BedrockProvider _smallProvider = null!;
    private BedrockProvider _toolProvider = null!;
    private IChatClient _small = null!;
    private IChatClient _tools = null!;

    [GlobalSetup]
    public void Setup()
    {
        _smallProvider = Workloads.ReplayProvider(CannedResponses.SmallConverse, CannedResponses.TextStream(1));
        _toolProvider = Workloads.ReplayProvider(CannedResponses.ToolCallConverse, CannedResponses.TextStream(1));
        _small = _smallProvider.GetChatClient(Workloads.ModelId);
        _tools = _toolProvider.GetChatClient(Workloads.ToolModelId);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _smallProvider.Dispose();
        _toolProvider.Dispose();
    }

    /// <summary>W1: one small Converse call.</summary>
    [Benchmark(Description = "W1 Converse, small")]
    public async Task<ChatResponse> W1_SmallConverse() => await _small.GetResponseAsync(Workloads.SmallPrompt, Workloads.SmallOptions);

    /// <summary>W2: 32 concurrent small calls; the mean is per call.</summary>
    [Benchmark(Description = "W2 Converse, 32 concurrent (per call)", OperationsPerInvoke = Concurrency)]
    public async Task W2_ConcurrentConverse()
    {
        var calls = new Task<ChatResponse>[Concurrency];
        for (var i = 0; i < calls.Length; i++)
        {
            calls[i] = Task.Run(() => _small.GetResponseAsync(Workloads.SmallPrompt, Workloads.SmallOptions));
        }

        await Task.WhenAll(calls);
    }

    /// <summary>W5: two tools with JSON schemas and a 10-turn history; the answer is a tool call.</summary>
    [Benchmark(Description = "W5 Converse, 2 tools + 10 turns")]
    public async Task<ChatResponse> W5_ToolsAndHistory() => await _tools.GetResponseAsync(Workloads.ToolHistory, Workloads.ToolOptions);
}
