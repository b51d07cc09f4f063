using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;

namespace AmazonBedrock.AI.Tests.Chat.Integration;

/// <summary>MEAI middleware on top of the Bedrock chat client, against the emulator.</summary>
public sealed class MiddlewareInteropTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    public sealed record WeatherReport(string City, int TemperatureCelsius, bool Sunny);

    [Description("Gets the current weather for a city.")]
    private static string GetWeather([Description("The city name")] string city) => $"{{\"city\":\"{city}\",\"temperature\":21}}";

    [Theory]
    [InlineData("us.anthropic.claude-sonnet-4-5-20250929-v1:0", false)]
    [InlineData("us.anthropic.claude-sonnet-4-5-20250929-v1:0", true)]
    [InlineData("amazon.nova-pro-v1:0", false)]
    [InlineData("amazon.nova-pro-v1:0", true)]
    [InlineData("mistral.mistral-large-2407-v1:0", false)]
    [InlineData("openai.gpt-oss-120b-1:0", true)]
    public async Task Function_invocation_runs_a_tool_loop(string modelId, bool streaming)
    {
        fixture.Emulator.ClearRequests();
        var calls = new List<string>();
        var tool = AIFunctionFactory.Create((string city) => { calls.Add(city); return GetWeather(city); }, "get_weather", "Gets the current weather for a city.");
        using var client = fixture.Provider.GetChatClient(modelId).AsBuilder().UseFunctionInvocation().Build();
        var options = new ChatOptions { Tools = [tool] };
        ChatMessage[] messages = [new(ChatRole.User, "What is the weather in Paris?")];

        ChatResponse response;
        if (streaming)
        {
            var updates = new List<ChatResponseUpdate>();
            await foreach (var update in client.GetStreamingResponseAsync(messages, options))
            {
                updates.Add(update);
            }

            response = updates.ToChatResponse();
        }
        else
        {
            response = await client.GetResponseAsync(messages, options);
        }

        Assert.Single(calls);
        Assert.False(string.IsNullOrWhiteSpace(response.Text));
        Assert.Equal(2, fixture.Emulator.Requests.Count);

        var second = fixture.Emulator.Requests[1].Json!.AsObject();
        var history = second["messages"]!.AsArray();
        Assert.Equal(["user", "assistant", "user"], history.Select(m => m!["role"]!.GetValue<string>()));
        var toolUse = history[1]!["content"]!.AsArray().Single(c => c!["toolUse"] is not null)!["toolUse"]!;
        var toolResult = history[2]!["content"]!.AsArray().Single(c => c!["toolResult"] is not null)!["toolResult"]!;
        Assert.Equal(toolUse["toolUseId"]!.GetValue<string>(), toolResult["toolUseId"]!.GetValue<string>());
        Assert.Equal("get_weather", toolUse["name"]!.GetValue<string>());
        Assert.NotNull(second["toolConfig"]);
    }

    [Theory]
    [InlineData("us.anthropic.claude-sonnet-4-5-20250929-v1:0")]
    [InlineData("amazon.nova-pro-v1:0")]
    [InlineData("meta.llama3-70b-instruct-v1:0")]
    public async Task Structured_output_returns_an_object(string modelId)
    {
        var client = fixture.Provider.GetChatClient(modelId);
        var response = await client.GetResponseAsync<WeatherReport>("Give me a weather report for Oslo.");
        Assert.True(response.TryGetResult(out var report), response.Text);
        Assert.NotNull(report!.City);
    }

    [Fact]
    public async Task Structured_output_returns_an_array()
    {
        var client = fixture.Provider.GetChatClient("amazon.nova-pro-v1:0");
        var response = await client.GetResponseAsync<string[]>("List three colours.");
        Assert.True(response.TryGetResult(out var colours), response.Text);
        Assert.NotNull(colours);
    }

    [Fact]
    public async Task Structured_output_streams_as_json_text()
    {
        var client = fixture.Provider.GetChatClient("us.anthropic.claude-sonnet-4-5-20250929-v1:0");
        var schema = AIJsonUtilities.CreateJsonSchema(typeof(WeatherReport));
        var options = new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(schema, "WeatherReport") };
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync("Weather in Rome?", options))
        {
            updates.Add(update);
        }

        var text = updates.ToChatResponse().Text;
        using var document = JsonDocument.Parse(text);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        Assert.Empty(updates.SelectMany(u => u.Contents).OfType<FunctionCallContent>());
    }

    [Fact]
    public async Task OpenTelemetry_reports_provider_model_usage_and_finish_reason()
    {
        var sourceName = "bedrock-tests-" + Guid.NewGuid();
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == sourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(listener);

        using var client = fixture.Provider.GetChatClient("amazon.nova-lite-v1:0").AsBuilder().UseOpenTelemetry(sourceName: sourceName).Build();
        await client.GetResponseAsync("Hello there");

        var activity = Assert.Single(activities);
        Assert.Equal("aws.bedrock", activity.GetTagItem("gen_ai.provider.name"));
        Assert.Equal("amazon.nova-lite-v1:0", activity.GetTagItem("gen_ai.request.model"));
        Assert.Equal("amazon.nova-lite-v1:0", activity.GetTagItem("gen_ai.response.model"));
        Assert.NotNull(activity.GetTagItem("gen_ai.usage.input_tokens"));
        Assert.NotNull(activity.GetTagItem("gen_ai.usage.output_tokens"));
        Assert.Equal("[\"stop\"]", activity.GetTagItem("gen_ai.response.finish_reasons"));
        Assert.Equal(fixture.Emulator.LastRequest.RequestId, activity.GetTagItem("gen_ai.response.id"));
        Assert.Equal("127.0.0.1", activity.GetTagItem("server.address"));
    }

    [Fact]
    public async Task Distributed_caching_replays_a_cached_response()
    {
        fixture.Emulator.ClearRequests();
        using var client = fixture.Provider.GetChatClient("amazon.nova-lite-v1:0").AsBuilder().UseDistributedCache(new InMemoryDistributedCache()).Build();
        var first = await client.GetResponseAsync("Cache me if you can", new ChatOptions { MaxOutputTokens = 100 });
        var second = await client.GetResponseAsync("Cache me if you can", new ChatOptions { MaxOutputTokens = 100 });
        Assert.Single(fixture.Emulator.Requests);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(first.FinishReason, second.FinishReason);
        Assert.Equal(first.Usage?.InputTokenCount, second.Usage?.InputTokenCount);
        Assert.Equal(first.GetBedrockStopReason(), second.GetBedrockStopReason());
    }

    [Fact]
    public async Task Streamed_reasoning_and_tool_call_replay_with_their_signature()
    {
        fixture.Emulator.ClearRequests();
        var tool = AIFunctionFactory.Create((string city) => GetWeather(city), "get_weather", "Gets the current weather for a city.");
        var client = fixture.Provider.GetChatClient("us.anthropic.claude-sonnet-4-5-20250929-v1:0");
        var options = new ChatOptions { Tools = [tool], Reasoning = new ReasoningOptions { Effort = ReasoningEffort.Medium }, MaxOutputTokens = 4000 };
        List<ChatMessage> history = [new(ChatRole.User, "Think, then check the weather in Lima.")];

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(history, options))
        {
            updates.Add(update);
        }

        var turn = updates.ToChatResponse();
        var reasoning = turn.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>().ToList();
        Assert.NotEmpty(reasoning);
        Assert.Contains(reasoning, r => !string.IsNullOrEmpty(r.ProtectedData));
        var call = Assert.Single(turn.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());

        history.AddRange(turn.Messages);
        history.Add(new ChatMessage(ChatRole.Tool, [new FunctionResultContent(call.CallId, GetWeather("Lima"))]));
        var final = await client.GetResponseAsync(history, options);
        Assert.False(string.IsNullOrWhiteSpace(final.Text));

        var replayed = fixture.Emulator.LastRequest.Json!["messages"]![1]!["content"]!.AsArray();
        var reasoningBlock = replayed.First(c => c!["reasoningContent"] is not null)!["reasoningContent"]!["reasoningText"]!;
        Assert.Equal(reasoning.Last(r => !string.IsNullOrEmpty(r.ProtectedData)).ProtectedData, reasoningBlock["signature"]!.GetValue<string>());
    }

    /// <summary>A minimal IDistributedCache for the caching middleware.</summary>
    private sealed class InMemoryDistributedCache : IDistributedCache
    {
        private readonly Dictionary<string, byte[]> _items = [];

        public byte[]? Get(string key) => _items.GetValueOrDefault(key);

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromResult(Get(key));

        public void Refresh(string key)
        {
        }

        public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

        public void Remove(string key) => _items.Remove(key);

        public Task RemoveAsync(string key, CancellationToken token = default)
        {
            Remove(key);
            return Task.CompletedTask;
        }

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => _items[key] = value;

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
        {
            Set(key, value, options);
            return Task.CompletedTask;
        }
    }
}
