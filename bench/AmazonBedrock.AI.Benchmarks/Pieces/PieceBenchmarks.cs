using System.Net.Http.Headers;
using AmazonBedrock.AI.Authentication;
using AmazonBedrock.AI.Benchmarks.Support;
using AmazonBedrock.AI.Chat.Request;
using AmazonBedrock.AI.Chat.Response;
using AmazonBedrock.AI.Provider;
using AmazonBedrock.AI.Transport.EventStream;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Benchmarks.Pieces;

/// <summary>The pieces on their own: SigV4 signing, event-stream frame decoding, delta mapping and request JSON.</summary>
[MemoryDiagnoser]
public class PieceBenchmarks
{
    private const int Deltas = 2_000;

    /// <summary>messageStart, the deltas, contentBlockStop, messageStop and metadata.</summary>
    private const int Frames = Deltas + 4;

    private readonly SigV4Signer _signer = new("us-east-1", "bedrock");
    private readonly List<ChatResponseUpdate> _updates = new(4);
    private HttpRequestMessage _request = null!;
    private SigV4HeaderTemplate _template = null!;
    private string _invocationId = null!;
    private byte[] _requestBody = null!;
    private byte[] _stream = null!;
    private byte[] _deltaPayload = null!;
    private DateTimeOffset _signingTime;
    private ConverseRequestContext _smallContext = null!;
    private ConverseRequestContext _toolContext = null!;
    private ConverseResponseContext _responseContext = null!;

    [GlobalSetup]
    public void Setup()
    {
        _smallContext = new ConverseRequestContext { ModelId = Workloads.ModelId, Settings = new BedrockChatClientSettings() };
        _toolContext = new ConverseRequestContext { ModelId = Workloads.ToolModelId, Settings = new BedrockChatClientSettings() };
        _requestBody = ConverseRequestBuilder.BuildAsync(Workloads.SmallPrompt, Workloads.SmallOptions, _smallContext, default).AsTask().GetAwaiter().GetResult().Body;

        // The request as the transport hands it to the signer.
        _request = new HttpRequestMessage(HttpMethod.Post, new Uri("https://bedrock-runtime.us-east-1.amazonaws.com" + BedrockModelPath.For(Workloads.ModelId, "converse")))
        {
            Content = new ByteArrayContent(_requestBody),
        };
        _request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        _request.Headers.TryAddWithoutValidation("User-Agent", "AmazonBedrock.AI/1.0.0 dotnet/10.0.0");
        _invocationId = Guid.NewGuid().ToString();
        _request.Headers.TryAddWithoutValidation("amz-sdk-invocation-id", _invocationId);
        _request.Headers.TryAddWithoutValidation("amz-sdk-request", "attempt=1; max=3");
        _signingTime = DateTimeOffset.UtcNow;

        // The transport's template: the same request with markers where the values change per call.
        using (var sample = new HttpRequestMessage(HttpMethod.Post, _request.RequestUri) { Content = new ByteArrayContent([]) })
        {
            sample.Content.Headers.TryAddWithoutValidation("Content-Type", SigV4HeaderTemplate.Marker(SigV4HeaderTemplate.Slot.ContentType));
            sample.Headers.TryAddWithoutValidation("User-Agent", "AmazonBedrock.AI/1.0.0 dotnet/10.0.0");
            sample.Headers.TryAddWithoutValidation("amz-sdk-invocation-id", SigV4HeaderTemplate.Marker(SigV4HeaderTemplate.Slot.InvocationId));
            sample.Headers.TryAddWithoutValidation("amz-sdk-request", SigV4HeaderTemplate.Marker(SigV4HeaderTemplate.Slot.Attempt));
            _template = SigV4HeaderTemplate.FromSample(sample);
        }

        _stream = CannedResponses.TextStream(Deltas);
        _deltaPayload = "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"quic\"},\"p\":\"abcdefghijklmnopqrstuv\"}"u8.ToArray();

        _responseContext = new ConverseResponseContext { ModelId = Workloads.ModelId, RequestId = "5f4ea2b1-2c8e-4f0e-9c61-0d3c1b5d2a77", CreatedAt = _signingTime };
    }

    [GlobalCleanup]
    public void Cleanup() => _request.Dispose();

    /// <summary>SigV4 of the W1 request (the signing key comes from the per-day cache, as it does in steady state).</summary>
    [Benchmark(Description = "Piece: SigV4 sign W1 request")]
    public void Sign() => _signer.Sign(_request, _requestBody, Workloads.EmulatorDefaults.AccessKeyId, Workloads.EmulatorDefaults.SecretAccessKey, null, _signingTime);

    /// <summary>The same request signed from the transport's header template, as the client signs it.</summary>
    [Benchmark(Description = "Piece: SigV4 sign W1 request (header template)")]
    public void SignTemplated() => _signer.Sign(
        _request,
        _requestBody,
        Workloads.EmulatorDefaults.AccessKeyId,
        Workloads.EmulatorDefaults.SecretAccessKey,
        null,
        _signingTime,
        templated: new SigV4Signer.TemplatedHeaders(_template, "application/json", _invocationId, "attempt=1; max=3"));

    /// <summary>Decodes the 2,004 frames of the W3 stream from memory; the mean is per frame.</summary>
    [Benchmark(Description = "Piece: decode event-stream frame (per frame)", OperationsPerInvoke = Frames)]
    public async Task<int> DecodeFrames()
    {
        var count = 0;
        await using var reader = new EventStreamReader(new MemoryStream(_stream, writable: false), "request-id");
        while (await reader.MoveNextAsync(default))
        {
            count++;
        }

        return count;
    }

    /// <summary>Maps 2,000 contentBlockDelta payloads to updates; the mean is per delta.</summary>
    [Benchmark(Description = "Piece: map text delta to update (per delta)", OperationsPerInvoke = Deltas)]
    public int MapDeltas()
    {
        var mapper = new ConverseStreamMapper(_responseContext);
        var count = 0;
        for (var i = 0; i < Deltas; i++)
        {
            mapper.Process(EventStreamKnownStrings.ContentBlockDelta, _deltaPayload, _updates);
            count += _updates.Count;
            _updates.Clear();
        }

        return count;
    }

    /// <summary>The W1 request body from MEAI messages and options.</summary>
    [Benchmark(Description = "Piece: request JSON, W1")]
    public async Task<byte[]> SmallRequestJson() => (await ConverseRequestBuilder.BuildAsync(Workloads.SmallPrompt, Workloads.SmallOptions, _smallContext, default)).Body;

    /// <summary>The W5 request body: two tools with schemas and a 10-turn history.</summary>
    [Benchmark(Description = "Piece: request JSON, W5")]
    public async Task<byte[]> ToolRequestJson() => (await ConverseRequestBuilder.BuildAsync(Workloads.ToolHistory, Workloads.ToolOptions, _toolContext, default)).Body;
}
