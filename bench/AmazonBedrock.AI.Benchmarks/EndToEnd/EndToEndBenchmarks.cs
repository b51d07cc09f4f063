using System.Net.Http.Headers;
using AmazonBedrock.AI.Benchmarks.ClientOnly;
using AmazonBedrock.AI.Benchmarks.Support;
using AmazonBedrock.AI.Chat.Request;
using AmazonBedrock.AI.Provider;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Benchmarks.EndToEnd;

/// <summary>
/// W1 and W3 against the emulator running in its own process on loopback, each next to its raw baseline:
/// a plain <see cref="HttpClient"/> POST of the prebuilt body that reads the same response bytes (the floor no client can beat).
/// The emulator runs with <c>--no-verify</c> so the unsigned baseline and the signed client hit the same server code.
/// </summary>
/// <remarks>
/// The emulator's simulated model answers (it is a separate process and cannot be scripted from here): W1 gets a ~230-character
/// answer; the W3 prompt is 6,000 one-letter words, which the emulator streams back in three-word deltas (about 2,000 deltas of 6 characters).
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EndToEndBenchmarks
{
    // No output limit, so the simulated model streams the whole answer.
    private static readonly ChatOptions LongStreamOptions = new();

    private static readonly ChatMessage[] LongStreamPrompt = [new(ChatRole.User, string.Join(' ', Enumerable.Range(0, 6_000).Select(i => (char)('a' + (i % 26)))))];

    private EmulatorProcess _emulator = null!;
    private BedrockProvider _provider = null!;
    private IChatClient _client = null!;
    private HttpClient _raw = null!;
    private Uri _converseUri = null!;
    private Uri _streamUri = null!;
    private byte[] _smallBody = null!;
    private byte[] _streamBody = null!;
    private int _expectedDeltas;

    [GlobalSetup]
    public void Setup()
    {
        _emulator = EmulatorProcess.Start();
        _provider = Workloads.EmulatorProvider(_emulator.BaseUri);
        _client = _provider.GetChatClient(Workloads.ModelId);
        _raw = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

        var context = new ConverseRequestContext { ModelId = Workloads.ModelId, Settings = new BedrockChatClientSettings() };
        _smallBody = ConverseRequestBuilder.BuildAsync(Workloads.SmallPrompt, Workloads.SmallOptions, context, default).AsTask().GetAwaiter().GetResult().Body;
        var streamContext = new ConverseRequestContext { ModelId = Workloads.ModelId, Settings = new BedrockChatClientSettings(), Streaming = true };
        _streamBody = ConverseRequestBuilder.BuildAsync(LongStreamPrompt, LongStreamOptions, streamContext, default).AsTask().GetAwaiter().GetResult().Body;
        var root = _emulator.BaseUri.AbsoluteUri.TrimEnd('/');
        _converseUri = new Uri(root + BedrockModelPath.For(Workloads.ModelId, "converse"));
        _streamUri = new Uri(root + BedrockModelPath.For(Workloads.ModelId, "converse-stream"));

        // Count the deltas once, so each benchmark can check it saw all of them.
        var deltas = 0;
        foreach (var update in _client.GetStreamingResponseAsync(LongStreamPrompt, LongStreamOptions).ToBlockingEnumerable())
        {
            deltas += update.Contents.Count > 0 && update.Contents[0] is TextContent { Text.Length: > 0 } ? 1 : 0;
        }

        _expectedDeltas = deltas;
        Console.WriteLine($"// W3 end to end: the emulator streams {deltas} deltas");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _provider.Dispose();
        _emulator.Dispose();
    }

    [Benchmark(Baseline = true, Description = "W1 e2e: raw HttpClient POST (floor)")]
    [BenchmarkCategory("W1")]
    public async Task<byte[]> W1_RawBaseline()
    {
        using var content = new ByteArrayContent(_smallBody);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _raw.PostAsync(_converseUri, content);
        return await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
    }

    [Benchmark(Description = "W1 e2e: BedrockChatClient.GetResponseAsync")]
    [BenchmarkCategory("W1")]
    public async Task<ChatResponse> W1_Client() => await _client.GetResponseAsync(Workloads.SmallPrompt, Workloads.SmallOptions);

    [Benchmark(Baseline = true, Description = "W3 e2e: raw HttpClient POST, read stream (floor)")]
    [BenchmarkCategory("W3")]
    public async Task<long> W3_RawBaseline()
    {
        using var content = new ByteArrayContent(_streamBody);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, _streamUri) { Content = content };
        using var response = await _raw.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.EnsureSuccessStatusCode().Content.ReadAsStreamAsync();
        var buffer = new byte[16 * 1024];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    [Benchmark(Description = "W3 e2e: GetStreamingResponseAsync, ~2000 deltas")]
    [BenchmarkCategory("W3")]
    public async Task<int> W3_Client() => await StreamingBenchmarks.ConsumeAsync(_client, _expectedDeltas, LongStreamPrompt, LongStreamOptions);
}
