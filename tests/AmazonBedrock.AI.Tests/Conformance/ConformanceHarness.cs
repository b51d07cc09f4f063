using System.Text.Json.Nodes;
using AmazonBedrock.AI.Tests.Support;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Conformance;

/// <summary>Makes a call through <see cref="BedrockChatClient"/> against the emulator and returns the body we sent next to the AI SDK's.</summary>
internal static class ConformanceHarness
{
    public static async Task<(JsonObject Expected, JsonObject Ours)> CaptureAsync(
        ConformanceFixture fixture, string caseName, IEnumerable<ChatMessage> messages, ChatOptions? options = null)
    {
        var golden = AiSdkGolden.Load(caseName);
        Assert.Equal(caseName, golden.Case);
        var client = fixture.Provider.GetChatClient(golden.ModelId);
        var before = fixture.Emulator.Requests.Count;
        if (golden.Streaming)
        {
            await foreach (var _ in client.GetStreamingResponseAsync(messages, options))
            {
                // Drain: only the request matters.
            }
        }
        else
        {
            await client.GetResponseAsync(messages, options);
        }

        var request = fixture.Emulator.Requests[before];
        Assert.Equal(golden.Path, request.RawPath);
        return (golden.Body, request.Json!.DeepClone().AsObject());
    }

    /// <summary>
    /// Like <see cref="CaptureAsync"/> but in process, for bodies the emulator would refuse (such as made-up reasoning signatures).
    /// </summary>
    public static async Task<(JsonObject Expected, JsonObject Ours)> CaptureOfflineAsync(string caseName, IEnumerable<ChatMessage> messages, ChatOptions? options = null)
    {
        var golden = AiSdkGolden.Load(caseName);
        Assert.False(golden.Streaming);
        var handler = new RecordingHandler();
        handler.EnqueueJson("""{"output":{"message":{"role":"assistant","content":[{"text":"ok"}]}},"stopReason":"end_turn","usage":{"inputTokens":1,"outputTokens":1,"totalTokens":2},"metrics":{"latencyMs":1}}""");
        using var provider = new BedrockProvider(new BedrockProviderOptions { Region = "us-east-1", ApiKey = "test-key", HttpMessageHandler = handler, ReadEnvironment = false });
        await provider.GetChatClient(golden.ModelId).GetResponseAsync(messages, options);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(golden.Path, request.Uri.AbsolutePath);
        return (golden.Body, JsonNode.Parse(request.BodyText)!.AsObject());
    }

    /// <summary>Exact equality, key order included (both are serialised the same compact way).</summary>
    public static void AssertSameWire(JsonObject expected, JsonObject ours)
    {
        if (!JsonNode.DeepEquals(expected, ours))
        {
            Assert.Fail($"Bodies differ.\nAI SDK: {expected.ToJsonString()}\nOurs:   {ours.ToJsonString()}");
        }

        Assert.True(expected.ToJsonString() == ours.ToJsonString(),
            $"Same content, different key order.\nAI SDK: {expected.ToJsonString()}\nOurs:   {ours.ToJsonString()}");
    }

    public static ChatMessage User(string text) => new(ChatRole.User, text);

    public static ChatMessage Assistant(string text) => new(ChatRole.Assistant, text);

    public static ChatMessage SystemText(string text) => new(ChatRole.System, text);
}
