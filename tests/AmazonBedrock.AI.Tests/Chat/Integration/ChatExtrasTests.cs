using System.Text;
using System.Text.Json.Nodes;
using AmazonBedrock.AI.Emulator;
using AmazonBedrock.AI.Tests.Support;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Chat.Integration;

/// <summary>Chat features beyond MEAI's surface: warnings, streamed tool input, token counting, Bedrock options on the wire.</summary>
public sealed class ChatExtrasTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    /// <summary>Collects synchronously (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class Collector<T> : IProgress<T>
    {
        public List<T> Items { get; } = [];

        public void Report(T value) => Items.Add(value);
    }

    [Fact]
    public async Task Unsupported_settings_give_warnings_on_the_response_and_the_first_update()
    {
        var client = fixture.Provider.GetChatClient("meta.llama3-70b-instruct-v1:0");
        var options = new ChatOptions { TopK = 40, Seed = 7, FrequencyPenalty = 0.5f };
        var response = await client.GetResponseAsync("Hi", options);
        var warnings = response.GetBedrockWarnings();
        Assert.Contains(warnings, w => w.Setting == "TopK");
        Assert.Contains(warnings, w => w.Setting == "Seed");
        Assert.Contains(warnings, w => w.Setting == "FrequencyPenalty");
        var body = fixture.Emulator.LastRequest.Json!.AsObject();
        Assert.DoesNotContain("top_k", body.ToJsonString(), StringComparison.Ordinal);

        ChatResponseUpdate? first = null;
        await foreach (var update in client.GetStreamingResponseAsync("Hi", options))
        {
            first ??= update;
        }

        Assert.NotNull(first);
        Assert.Equal(warnings.Count, first.GetBedrockWarnings().Count);
    }

    [Fact]
    public async Task Streamed_tool_input_reaches_the_opt_in_callback_only()
    {
        fixture.Emulator.Enqueue(ScriptedResponse.EventStream(
            ScriptedEvent.Event("messageStart", """{"role":"assistant"}"""),
            ScriptedEvent.Event("contentBlockStart", """{"contentBlockIndex":0,"start":{"toolUse":{"toolUseId":"tooluse_1","name":"get_weather"}}}"""),
            ScriptedEvent.Event("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"toolUse":{"input":"{\"city\":"}}}"""),
            ScriptedEvent.Event("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"toolUse":{"input":"\"Paris\"}"}}}"""),
            ScriptedEvent.Event("contentBlockStop", """{"contentBlockIndex":0}"""),
            ScriptedEvent.Event("messageStop", """{"stopReason":"tool_use"}"""),
            ScriptedEvent.Event("metadata", """{"usage":{"inputTokens":10,"outputTokens":5,"totalTokens":15},"metrics":{"latencyMs":12}}""")));
        var deltas = new Collector<BedrockToolInputDelta>();
        var tool = AIFunctionFactory.Create((string city) => city, "get_weather");
        var client = fixture.Provider.GetChatClient("amazon.nova-pro-v1:0");
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync("Weather?", new BedrockChatOptions { Tools = [tool], ToolInputDeltas = deltas }))
        {
            updates.Add(update);
        }

        Assert.Equal(["{\"city\":", "\"Paris\"}"], deltas.Items.Select(d => d.Delta));
        Assert.All(deltas.Items, d => Assert.Equal("tooluse_1", d.CallId));
        Assert.All(deltas.Items, d => Assert.Equal("get_weather", d.Name));
        var response = updates.ToChatResponse();
        var call = Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.Equal("Paris", call.Arguments!["city"]?.ToString());
        Assert.Equal(ChatFinishReason.ToolCalls, response.FinishReason);
        Assert.Equal(TimeSpan.FromMilliseconds(12), response.GetBedrockLatency());
        Assert.DoesNotContain(response.Messages.SelectMany(m => m.Contents), c => c is TextContent t && t.Text.Contains("Paris", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bedrock_options_go_on_the_wire_as_bedrock_defines_them()
    {
        var client = fixture.Provider.GetChatClient("us.anthropic.claude-sonnet-4-5-20250929-v1:0");
        var options = new BedrockChatOptions
        {
            GuardrailConfig = new BedrockGuardrailConfig { GuardrailIdentifier = "gr-123", GuardrailVersion = "1", Trace = BedrockGuardrailTrace.Enabled },
            Latency = BedrockLatency.Optimized,
            ServiceTier = BedrockServiceTier.Priority,
            RequestMetadata = new Dictionary<string, string> { ["team"] = "search" },
            AdditionalModelRequestFields = new JsonObject { ["custom_field"] = 1 },
            AdditionalModelResponseFieldPaths = ["/stop_sequence"],
            StopSequences = ["END"],
        };
        await client.GetResponseAsync("Hi", options);
        var body = fixture.Emulator.LastRequest.Json!.AsObject();
        Assert.Equal("gr-123", body["guardrailConfig"]!["guardrailIdentifier"]!.GetValue<string>());
        Assert.Equal("1", body["guardrailConfig"]!["guardrailVersion"]!.GetValue<string>());
        Assert.Equal("enabled", body["guardrailConfig"]!["trace"]!.GetValue<string>());
        Assert.Equal("optimized", body["performanceConfig"]!["latency"]!.GetValue<string>());
        Assert.Equal("priority", body["serviceTier"]!["type"]!.GetValue<string>());
        Assert.Equal("search", body["requestMetadata"]!["team"]!.GetValue<string>());
        Assert.Equal(1, body["additionalModelRequestFields"]!["custom_field"]!.GetValue<int>());
        Assert.Contains("/stop_sequence", body["additionalModelResponseFieldPaths"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal("END", body["inferenceConfig"]!["stopSequences"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Count_tokens_sends_the_converse_input_and_reads_the_count()
    {
        var handler = new RecordingHandler();
        handler.EnqueueJson("""{"inputTokens":42}""");
        using var provider = new BedrockProvider(new BedrockProviderOptions { Region = "us-east-1", ApiKey = "k", HttpMessageHandler = handler, ReadEnvironment = false });
        var count = await provider.GetChatClient("anthropic.claude-3-5-sonnet-20240620-v1:0").CountTokensAsync(
            [new ChatMessage(ChatRole.System, "Be brief."), new ChatMessage(ChatRole.User, "Hello")],
            new ChatOptions { MaxOutputTokens = 100, Temperature = 0.2f });

        Assert.Equal(42, count);
        var request = Assert.Single(handler.Requests);
        Assert.Equal("/model/anthropic.claude-3-5-sonnet-20240620-v1%3A0/count-tokens", request.Uri.AbsolutePath);
        var body = JsonNode.Parse(request.BodyText)!.AsObject();
        var converse = body["input"]!["converse"]!.AsObject();
        Assert.Equal("Be brief.", converse["system"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("Hello", converse["messages"]![0]!["content"]![0]!["text"]!.GetValue<string>());
        Assert.Null(converse["inferenceConfig"]);
        Assert.Single(body);
    }

    [Fact]
    public async Task Count_tokens_works_against_the_emulator()
    {
        var client = fixture.Provider.GetChatClient("us.anthropic.claude-sonnet-4-5-20250929-v1:0");
        var count = await client.CountTokensAsync("How many tokens is this sentence?");
        Assert.True(count > 0);
        Assert.EndsWith("/count-tokens", fixture.Emulator.LastRequest.RawPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_body_is_sent_exactly_as_mapped()
    {
        var client = fixture.Provider.GetChatClient("amazon.nova-lite-v1:0");
        await client.GetResponseAsync(
            [new ChatMessage(ChatRole.User, "First"), new ChatMessage(ChatRole.User, "Second"), new ChatMessage(ChatRole.Assistant, "  ")],
            new ChatOptions { MaxOutputTokens = 10 });
        Assert.Equal(
            """{"system":[],"messages":[{"role":"user","content":[{"text":"First"},{"text":"Second"}]}],"inferenceConfig":{"maxTokens":10}}""",
            Encoding.UTF8.GetString(fixture.Emulator.LastRequest.Body));
    }
}
