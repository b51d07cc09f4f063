using System.Diagnostics;
using System.Net;
using AmazonBedrock.AI.Emulator;

namespace AmazonBedrock.AI.Tests.Emulator;

public sealed class FaultTests
{
    private const string Nova = "amazon.nova-lite-v1:0";
    private const string Claude = "anthropic.claude-3-haiku-20240307-v1:0";

    [Fact]
    public async Task Fault_by_model_pattern_hits_only_matching_models()
    {
        var options = new BedrockEmulatorOptions();
        options.Faults.Add(EmulatorFault.Throttling(modelIdPattern: "amazon.nova-*"));
        await using var emulator = await BedrockEmulator.StartAsync(options);

        var (status, type, message) = await EmulatorHttp.PostErrorAsync(emulator, EmulatorHttp.ModelPath(Nova, "converse"), EmulatorHttp.Converse("hi"));
        Assert.Equal(429, status);
        Assert.Equal("ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/", type);
        Assert.Equal("Too many requests, please wait before trying again.", message);
        await EmulatorHttp.PostJsonAsync(emulator, EmulatorHttp.ModelPath(Claude, "converse"), EmulatorHttp.Converse("hi"));
    }

    [Theory]
    [InlineData(EmulatorFaultKind.ModelNotReady, 429, "ModelNotReadyException")]
    [InlineData(EmulatorFaultKind.InternalServerError, 500, "InternalServerException")]
    [InlineData(EmulatorFaultKind.ServiceUnavailable, 503, "ServiceUnavailableException")]
    [InlineData(EmulatorFaultKind.ModelTimeout, 408, "ModelTimeoutException")]
    public async Task Error_faults_use_bedrock_status_and_type(EmulatorFaultKind kind, int expectedStatus, string expectedType)
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        emulator.Enqueue(ScriptedResponse.Fault(new EmulatorFault { Kind = kind }));
        var (status, type, _) = await EmulatorHttp.PostErrorAsync(emulator, EmulatorHttp.ModelPath(Claude, "converse"), EmulatorHttp.Converse("hi"));
        Assert.Equal(expectedStatus, status);
        Assert.StartsWith(expectedType + ":", type, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_based_faults_are_deterministic_for_a_seed()
    {
        async Task<List<HttpStatusCode>> Run()
        {
            var options = new BedrockEmulatorOptions { FaultSeed = 42 };
            options.Faults.Add(EmulatorFault.ServerError(rate: 0.5));
            await using var emulator = await BedrockEmulator.StartAsync(options);
            var statuses = new List<HttpStatusCode>();
            for (int i = 0; i < 12; i++)
            {
                using var response = await EmulatorHttp.PostAsync(emulator, EmulatorHttp.ModelPath(Claude, "converse"), EmulatorHttp.Converse("hi"));
                statuses.Add(response.StatusCode);
            }

            return statuses;
        }

        var first = await Run();
        Assert.Equal(first, await Run());
        Assert.Contains(HttpStatusCode.OK, first);
        Assert.Contains(HttpStatusCode.InternalServerError, first);
    }

    [Fact]
    public async Task Mid_stream_exception_follows_the_first_events()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        emulator.Enqueue(ScriptedResponse.Fault(EmulatorFault.MidStreamException("modelStreamErrorException", afterEvents: 2)));
        var messages = await EmulatorHttp.PostStreamAsync(emulator, EmulatorHttp.ModelPath(Claude, "converse-stream"), EmulatorHttp.Converse("tell me a story"));

        Assert.Equal(3, messages.Count);
        Assert.Equal("messageStart", EmulatorHttp.Header(messages[0], ":event-type"));
        Assert.Equal("modelStreamErrorException", EmulatorHttp.Header(messages[2], ":exception-type"));
        Assert.Equal(500, EmulatorHttp.Payload(messages[2])["originalStatusCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task Truncated_frame_fault_from_options()
    {
        var options = new BedrockEmulatorOptions();
        options.Faults.Add(EmulatorFault.TruncatedFrame(afterEvents: 1));
        await using var emulator = await BedrockEmulator.StartAsync(options);
        using var response = await EmulatorHttp.PostAsync(emulator, EmulatorHttp.ModelPath(Claude, "converse-stream"), EmulatorHttp.Converse("hello"));
        var (messages, trailing) = EmulatorHttp.DecodeFrames(await response.Content.ReadAsByteArrayAsync());

        Assert.Single(messages);
        Assert.True(trailing > 0);

        // Non-streaming operations are not affected by stream faults.
        await EmulatorHttp.PostJsonAsync(emulator, EmulatorHttp.ModelPath(Claude, "converse"), EmulatorHttp.Converse("hello"));
    }

    [Fact]
    public async Task Corrupted_frame_fault_breaks_one_crc()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        emulator.Enqueue(ScriptedResponse.Fault(EmulatorFault.CorruptedFrame(afterEvents: 1)));
        using var response = await EmulatorHttp.PostAsync(emulator, EmulatorHttp.ModelPath(Claude, "converse-stream"), EmulatorHttp.Converse("hello"));
        byte[] body = await response.Content.ReadAsByteArrayAsync();

        Assert.ThrowsAny<Exception>(() => EmulatorHttp.DecodeFrames(body));
    }

    [Fact]
    public async Task Added_latency_delays_the_answer()
    {
        var options = new BedrockEmulatorOptions();
        options.Faults.Add(EmulatorFault.AddedLatency(TimeSpan.FromMilliseconds(300)));
        await using var emulator = await BedrockEmulator.StartAsync(options);
        var watch = Stopwatch.StartNew();
        await EmulatorHttp.PostJsonAsync(emulator, EmulatorHttp.ModelPath(Claude, "converse"), EmulatorHttp.Converse("hello"));
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(250), watch.Elapsed.ToString());
    }
}
