using AmazonBedrock.AI.Benchmarks.Support;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Benchmarks.ClientOnly;

/// <summary>
/// W3 and W4 in client-only mode, consumed update by update through <see cref="IChatClient.GetStreamingResponseAsync"/>.
/// Both report per delta (OperationsPerInvoke = the number of deltas): 1 / mean is deltas per second, and the
/// allocated column is bytes per delta (including the request, the response and the delta's own string, amortised).
/// </summary>
[MemoryDiagnoser]
public class StreamingBenchmarks
{
    private const int LongStreamDeltas = 2_000;
    private const int ConcurrentStreams = 64;
    private const int ConcurrentStreamDeltas = 500;

    private BedrockProvider _longProvider = null!;
    private BedrockProvider _shortProvider = null!;
    private IChatClient _long = null!;
    private IChatClient _short = null!;

    [GlobalSetup]
    public void Setup()
    {
        _longProvider = Workloads.ReplayProvider(CannedResponses.SmallConverse, CannedResponses.TextStream(LongStreamDeltas));
        _shortProvider = Workloads.ReplayProvider(CannedResponses.SmallConverse, CannedResponses.TextStream(ConcurrentStreamDeltas));
        _long = _longProvider.GetChatClient(Workloads.ModelId);
        _short = _shortProvider.GetChatClient(Workloads.ModelId);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _longProvider.Dispose();
        _shortProvider.Dispose();
    }

    /// <summary>W3: one stream of 2,000 deltas of four characters; the mean is per delta.</summary>
    [Benchmark(Description = "W3 ConverseStream, 2000 deltas (per delta)", OperationsPerInvoke = LongStreamDeltas)]
    public async Task<int> W3_LongStream() => await ConsumeAsync(_long, LongStreamDeltas);

    /// <summary>W4: 64 concurrent streams of 500 deltas; the mean is per delta.</summary>
    [Benchmark(Description = "W4 ConverseStream, 64 x 500 deltas (per delta)", OperationsPerInvoke = ConcurrentStreams * ConcurrentStreamDeltas)]
    public async Task W4_ConcurrentStreams()
    {
        var streams = new Task<int>[ConcurrentStreams];
        for (var i = 0; i < streams.Length; i++)
        {
            streams[i] = Task.Run(() => ConsumeAsync(_short, ConcurrentStreamDeltas));
        }

        await Task.WhenAll(streams);
    }

    internal static async Task<int> ConsumeAsync(IChatClient client, int expectedDeltas, ChatMessage[]? prompt = null, ChatOptions? options = null)
    {
        var deltas = 0;
        await foreach (var update in client.GetStreamingResponseAsync(prompt ?? Workloads.SmallPrompt, options ?? Workloads.SmallOptions))
        {
            if (update.Contents.Count > 0 && update.Contents[0] is TextContent { Text.Length: > 0 })
            {
                deltas++;
            }
        }

        return deltas == expectedDeltas ? deltas : throw new InvalidOperationException($"Expected {expectedDeltas} deltas, got {deltas}.");
    }
}
