using AmazonBedrock.AI.Chat;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using static AmazonBedrock.AI.Tests.Conformance.ConformanceHarness;
using static AmazonBedrock.AI.Tests.Conformance.WireJson;

namespace AmazonBedrock.AI.Tests.Conformance;

/// <summary>
/// The same calls as tools/aisdk-wire/cases.mjs, made through our client; the bodies must equal what
/// <c>@ai-sdk/amazon-bedrock</c> sent, except for the differences docs/readme/chat-request.md lists, which each test spells out.
/// </summary>
public class AiSdkWireConformanceTests(ConformanceFixture fixture) : IClassFixture<ConformanceFixture>
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");
    private static readonly byte[] Pdf = "%PDF-1.4\n%EOF\n"u8.ToArray();

    private const string WeatherSchema = """
        {"type":"object","properties":{"city":{"type":"string","description":"City name"},"unit":{"type":"string","enum":["c","f"]}},"required":["city"],"additionalProperties":false}
        """;

    private const string PersonSchema = """
        {"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}},"required":["name","age"],"additionalProperties":false}
        """;

    private static AITool Weather() => AIFunctionFactory.CreateDeclaration("get_weather", "Gets the weather", JsonDocument.Parse(WeatherSchema).RootElement);

    private static AITool Time() => AIFunctionFactory.CreateDeclaration("get_time", "Gets the time",
        JsonDocument.Parse("""{"type":"object","properties":{"zone":{"type":"string"}},"required":["zone"]}""").RootElement);

    private static List<ChatMessage> ToolHistory(string callId, Func<string, FunctionResultContent> result) =>
    [
        User("What is the weather in Paris?"),
        new(ChatRole.Assistant, [new FunctionCallContent(callId, "get_weather", new Dictionary<string, object?> { ["city"] = "Paris" })]),
        new(ChatRole.Tool, [result(callId)]),
    ];

    private async Task AssertSameAsync(string caseName, IEnumerable<ChatMessage> messages, ChatOptions? options = null)
    {
        var (expected, ours) = await CaptureAsync(fixture, caseName, messages, options);
        AssertSameWire(expected, ours);
    }

    [Fact]
    public Task Claude_system_user() => AssertSameAsync("claude-system-user", [SystemText("You are terse."), User("Hello")]);

    [Fact]
    public Task Nova_system_user() => AssertSameAsync("nova-system-user", [User("Hello")], new ChatOptions { Instructions = "You are terse." });

    [Fact]
    public Task Llama_multi_turn() => AssertSameAsync("llama-multi-turn", [User("Hi, I am Ann."), Assistant("Hello Ann."), User("What is my name?")]);

    [Fact]
    public Task Mistral_consecutive_same_role() =>
        AssertSameAsync("mistral-consecutive-same-role", [User("First."), User("Second."), Assistant("A."), Assistant("B."), User("Third.")]);

    [Fact]
    public Task Cohere_inference_config() => AssertSameAsync("cohere-inference-config", [User("Count.")],
        new ChatOptions { MaxOutputTokens = 200, Temperature = 0.3f, TopP = 0.8f, StopSequences = ["END", "STOP"] });

    [Fact]
    public async Task Claude_topk_goes_to_top_k()
    {
        var (expected, ours) = await CaptureAsync(fixture, "claude-topk", [User("Pick a word.")], new ChatOptions { Temperature = 0.7f, TopK = 40 });

        // Intended: the AI SDK sends inferenceConfig.topK, which Converse does not define; Claude reads top_k.
        AssertJson("40", Remove(expected, "inferenceConfig.topK"));
        AssertJson("40", Remove(ours, "additionalModelRequestFields.top_k"));
        AssertSameWire(expected, ours);
    }

    [Fact]
    public async Task Nova_topk_goes_to_its_native_inference_config()
    {
        var (expected, ours) = await CaptureAsync(fixture, "nova-topk", [User("Pick a word.")], new ChatOptions { TopK = 20, MaxOutputTokens = 50 });

        // Intended: Nova reads topK from its own inferenceConfig inside additionalModelRequestFields.
        AssertJson("20", Remove(expected, "inferenceConfig.topK"));
        AssertJson("20", Remove(ours, "additionalModelRequestFields.inferenceConfig.topK"));
        AssertSameWire(expected, ours);
    }

    [Fact]
    public Task Claude_temperature_clamped() => AssertSameAsync("claude-temperature-clamped", [User("Be creative.")], new ChatOptions { Temperature = 1.5f });

    [Fact]
    public Task Deepseek_stream() => AssertSameAsync("deepseek-stream", [SystemText("Think briefly."), User("Why is the sky blue?")], new ChatOptions { MaxOutputTokens = 500 });

    [Fact]
    public Task Claude_image_png() =>
        AssertSameAsync("claude-image-png", [new(ChatRole.User, [new TextContent("Describe this."), new DataContent(Png, "image/png")])]);

    [Fact]
    public Task Nova_pdf_document() => AssertSameAsync("nova-pdf-document",
        [new(ChatRole.User, [new DataContent(Pdf, "application/pdf") { Name = "Quarterly report.pdf" }, new TextContent("Summarise.")])]);

    [Fact]
    public Task Claude_pdf_unnamed() =>
        AssertSameAsync("claude-pdf-unnamed", [new(ChatRole.User, [new DataContent(Pdf, "application/pdf"), new TextContent("Summarise.")])]);

    [Fact]
    public Task Claude_tools_auto() => AssertSameAsync("claude-tools-auto", [User("Weather in Paris?")],
        new ChatOptions { Tools = [Weather(), Time()], ToolMode = ChatToolMode.Auto });

    [Fact]
    public Task Claude_tools_required() => AssertSameAsync("claude-tools-required", [User("Weather in Paris?")],
        new ChatOptions { Tools = [Weather(), Time()], ToolMode = ChatToolMode.RequireAny });

    [Fact]
    public Task Claude_tools_specific() => AssertSameAsync("claude-tools-specific", [User("Weather in Paris?")],
        new ChatOptions { Tools = [Weather(), Time()], ToolMode = ChatToolMode.RequireSpecific("get_weather") });

    [Fact]
    public Task Claude_tools_none() => AssertSameAsync("claude-tools-none", [User("Weather in Paris?")],
        new ChatOptions { Tools = [Weather(), Time()], ToolMode = ChatToolMode.None });

    [Fact]
    public Task Nova_tools_auto() => AssertSameAsync("nova-tools-auto", [User("Weather in Paris?")], new ChatOptions { Tools = [Weather()] });

    [Fact]
    public Task Llama_tools_stream() => AssertSameAsync("llama-tools-stream", [User("Weather in Paris?")], new ChatOptions { Tools = [Weather()] });

    [Fact]
    public Task Claude_tool_round_trip() => AssertSameAsync("claude-tool-round-trip",
        [.. ToolHistory("toolu_01", id => new FunctionResultContent(id, "Sunny, 21 C")), Assistant("It is sunny and 21 C."), User("Thanks. And tomorrow?")],
        new ChatOptions { Tools = [Weather()] });

    [Fact]
    public Task Claude_tool_result_last() => AssertSameAsync("claude-tool-result-last",
        ToolHistory("toolu_02", id => new FunctionResultContent(id, "Rain")), new ChatOptions { Tools = [Weather()] });

    [Fact]
    public async Task Claude_tool_error_result_carries_error_status()
    {
        var (expected, ours) = await CaptureAsync(fixture, "claude-tool-error-result",
            ToolHistory("toolu_03", id => new FunctionResultContent(id, "Service unavailable") { Exception = new InvalidOperationException("Service unavailable") }),
            new ChatOptions { Tools = [Weather()] });

        // Intended: a failed call says so with status "error"; the AI SDK never sets it.
        AssertJson("\"error\"", Remove(ours, "messages.2.content.0.toolResult.status"));
        AssertSameWire(expected, ours);
    }

    [Fact]
    public Task Nova_tool_round_trip_stream() => AssertSameAsync("nova-tool-round-trip-stream",
        ToolHistory("tooluse_abc", id => new FunctionResultContent(id, "Cloudy")), new ChatOptions { Tools = [Weather()] });

    [Fact]
    public Task Mistral_tool_ids() => AssertSameAsync("mistral-tool-ids",
        ToolHistory("call_7f3a9c2e-long-id", id => new FunctionResultContent(id, "Warm")), new ChatOptions { Tools = [Weather()] });

    [Fact]
    public Task Claude_thinking_budget() => AssertSameAsync("claude-thinking-budget", [User("Prove it.")], new BedrockChatOptions
    {
        MaxOutputTokens = 1000,
        ReasoningConfig = new BedrockReasoningConfig { Type = BedrockReasoningType.Enabled, BudgetTokens = 2048 },
    });

    [Fact]
    public Task Claude_thinking_drops_sampling() => AssertSameAsync("claude-thinking-drops-sampling", [User("Prove it.")], new BedrockChatOptions
    {
        MaxOutputTokens = 1000,
        Temperature = 0.5f,
        TopP = 0.9f,
        ReasoningConfig = new BedrockReasoningConfig { Type = BedrockReasoningType.Enabled, BudgetTokens = 1024 },
    });

    [Fact]
    public Task Nova_reasoning() => AssertSameAsync("nova-reasoning", [User("Plan a trip.")], new BedrockChatOptions
    {
        ReasoningConfig = new BedrockReasoningConfig { Type = BedrockReasoningType.Enabled, MaxReasoningEffort = BedrockReasoningEffort.Medium },
    });

    [Fact]
    public Task Gpt_oss_reasoning() => AssertSameAsync("gpt-oss-reasoning", [SystemText("Be helpful."), User("Plan a trip.")], new BedrockChatOptions
    {
        Temperature = 0.4f,
        StopSequences = ["END"],
        ReasoningConfig = new BedrockReasoningConfig { MaxReasoningEffort = BedrockReasoningEffort.High },
    });

    [Fact]
    public Task Gpt_oss_stream() => AssertSameAsync("gpt-oss-stream", [SystemText("Be brief."), User("Hello")], new ChatOptions { MaxOutputTokens = 64 });

    [Fact]
    public Task Claude_structured_json_tool() => AssertSameAsync("claude-structured-json-tool", [User("Invent a person.")],
        new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(JsonDocument.Parse(PersonSchema).RootElement) });

    [Fact]
    public async Task Claude_structured_native_uses_converse_output_config()
    {
        var (expected, ours) = await CaptureAsync(fixture, "claude-structured-native", [User("Invent a person.")],
            new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(JsonDocument.Parse(PersonSchema).RootElement) });

        // Intended: Converse's own outputConfig.textFormat instead of Claude's additionalModelRequestFields.output_config.format.
        var aiSdkSchema = Remove(expected, "additionalModelRequestFields.output_config.format");
        Assert.Equal("json_schema", (string?)aiSdkSchema["type"]);
        var ourFormat = Remove(ours, "outputConfig");
        Assert.Equal("json_schema", (string?)Get(ourFormat, "textFormat.type"));
        var ourSchema = JsonNode.Parse((string)Get(ourFormat, "textFormat.structure.jsonSchema.schema")!)!;
        Assert.True(JsonNode.DeepEquals(aiSdkSchema["schema"], ourSchema), $"AI SDK {aiSdkSchema["schema"]!.ToJsonString()} vs ours {ourSchema.ToJsonString()}");
        AssertSameWire(expected, ours);
    }

    [Fact]
    public Task Nova_structured_json_tool() => AssertSameAsync("nova-structured-json-tool", [User("Invent a person.")],
        new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(JsonDocument.Parse(PersonSchema).RootElement) });

    [Fact]
    public Task Claude_cache_points() => AssertSameAsync("claude-cache-points",
        [SystemText("Long policy text.").WithCachePoint(), User("Long document.").WithCachePoint(), Assistant("Read it."), User("Question?")]);

    [Fact]
    public Task Nova_cache_point_part() => AssertSameAsync("nova-cache-point-part",
        [new(ChatRole.User, [new TextContent("Cached part."), new BedrockCachePointContent(BedrockCacheTtl.OneHour), new TextContent("Uncached part.")])]);

    [Fact]
    public Task Claude_bedrock_options() => AssertSameAsync("claude-bedrock-options", [User("Hello")], new BedrockChatOptions
    {
        GuardrailConfig = new BedrockGuardrailConfig { GuardrailIdentifier = "gr-123", GuardrailVersion = "1", Trace = BedrockGuardrailTrace.Enabled },
        Latency = BedrockLatency.Optimized,
        ServiceTier = BedrockServiceTier.Priority,
        RequestMetadata = new Dictionary<string, string> { ["team"] = "search", ["run"] = "42" },
    });

    [Fact]
    public Task Llama_additional_fields() => AssertSameAsync("llama-additional-fields", [User("Hello")], new BedrockChatOptions
    {
        MaxOutputTokens = 100,
        AdditionalModelRequestFields = new JsonObject { ["max_gen_len"] = 300, ["custom"] = new JsonObject { ["a"] = new JsonArray(1, 2) } },
    });

    [Fact]
    public async Task Claude_anthropic_beta_does_not_leak_to_the_top_level()
    {
        var (expected, ours) = await CaptureAsync(fixture, "claude-anthropic-beta", [User("Hello")],
            new BedrockChatOptions { AnthropicBeta = ["token-efficient-tools-2025-02-19"] });

        // Intended: no blind pass-through; the AI SDK also copies its provider option "anthropicBeta" into the body.
        AssertJson("""["token-efficient-tools-2025-02-19"]""", Remove(expected, "anthropicBeta"));
        Assert.Null(Get(ours, "anthropicBeta"));
        AssertSameWire(expected, ours);
    }

    [Fact]
    public Task Claude_assistant_prefill() => AssertSameAsync("claude-assistant-prefill", [User("Give me JSON."), Assistant("{\"answer\": ")]);

    [Fact]
    public async Task Claude_blank_text_is_never_sent()
    {
        var (expected, ours) = await CaptureAsync(fixture, "claude-blank-text",
        [
            new(ChatRole.User, [new TextContent("Hello"), new TextContent("   ")]),
            new(ChatRole.Assistant, [new TextContent(""), new TextContent("Hi.")]),
            User("Bye"),
        ]);

        // Intended: the AI SDK drops blank assistant text but sends blank user text, which Bedrock rejects.
        AssertJson("""{"text":"   "}""", Remove(expected, "messages.0.content.1"));
        AssertSameWire(expected, ours);
    }

    [Fact]
    public Task Claude_stream_tools() => AssertSameAsync("claude-stream-tools", [User("Weather in Paris?")],
        new ChatOptions { Tools = [Weather()], MaxOutputTokens = 300 });

    [Fact]
    public Task Claude_tool_json_result() => AssertSameAsync("claude-tool-json-result",
        ToolHistory("toolu_04", id => new FunctionResultContent(id, JsonDocument.Parse("""{"temp":21,"sky":"sunny"}""").RootElement)),
        new ChatOptions { Tools = [Weather()] });

    [Fact]
    public Task Claude_parallel_tool_calls() => AssertSameAsync("claude-parallel-tool-calls",
    [
        User("Weather and time in Paris?"),
        new(ChatRole.Assistant,
        [
            new TextContent("Checking both."),
            new FunctionCallContent("toolu_a", "get_weather", new Dictionary<string, object?> { ["city"] = "Paris" }),
            new FunctionCallContent("toolu_b", "get_time", new Dictionary<string, object?> { ["zone"] = "Europe/Paris" }),
        ]),
        new(ChatRole.Tool, [new FunctionResultContent("toolu_a", "Sunny"), new FunctionResultContent("toolu_b", "10:00")]),
    ], new ChatOptions { Tools = [Weather(), Time()] });

    [Fact]
    public async Task Claude_reasoning_replay()
    {
        // In process: the emulator checks reasoning signatures, and this one is made up.
        var (expected, ours) = await CaptureOfflineAsync("claude-reasoning-replay",
        [
            User("Is 17 prime?"),
            new(ChatRole.Assistant, [new TextReasoningContent("Check divisors up to 4.") { ProtectedData = "sig-abc" }, new TextContent("Yes.")]),
            User("And 21?"),
        ], new BedrockChatOptions
        {
            MaxOutputTokens = 500,
            ReasoningConfig = new BedrockReasoningConfig { Type = BedrockReasoningType.Enabled, BudgetTokens = 1024 },
        });
        AssertSameWire(expected, ours);
    }

    [Fact]
    public Task Claude_thinking_default_max_tokens() => AssertSameAsync("claude-thinking-default-max-tokens", [User("Prove it.")], new BedrockChatOptions
    {
        ReasoningConfig = new BedrockReasoningConfig { Type = BedrockReasoningType.Enabled, BudgetTokens = 2000 },
    });

    [Fact]
    public async Task Claude_portable_reasoning_budget_follows_the_real_output_limit()
    {
        var (expected, ours) = await CaptureAsync(fixture, "claude-portable-reasoning", [User("Prove it.")],
            new ChatOptions { MaxOutputTokens = 4000, Reasoning = new ReasoningOptions { Effort = ReasoningEffort.Medium } });

        // Intended: medium is 30% of the model's output limit. The AI SDK files Claude 3.7 Sonnet under 4096-token Claude 3
        // (budget 1229); it writes up to 64000 tokens, so we budget 19200.
        AssertJson("1229", Remove(expected, "additionalModelRequestFields.thinking.budget_tokens"));
        AssertJson("5229", Remove(expected, "inferenceConfig.maxTokens"));
        AssertJson("19200", Remove(ours, "additionalModelRequestFields.thinking.budget_tokens"));
        AssertJson("23200", Remove(ours, "inferenceConfig.maxTokens"));
        AssertSameWire(expected, ours);
    }

    [Fact]
    public Task Claude_adaptive_thinking() => AssertSameAsync("claude-adaptive-thinking", [User("Prove it.")], new BedrockChatOptions
    {
        ReasoningConfig = new BedrockReasoningConfig { Type = BedrockReasoningType.Adaptive, MaxReasoningEffort = BedrockReasoningEffort.High },
    });

    [Fact]
    public Task Gpt_oss_portable_reasoning() => AssertSameAsync("gpt-oss-portable-reasoning", [User("Plan a trip.")],
        new ChatOptions { Reasoning = new ReasoningOptions { Effort = ReasoningEffort.Low } });

    [Fact]
    public Task Nova_portable_reasoning_high() => AssertSameAsync("nova-portable-reasoning-high", [User("Plan a trip.")],
        new ChatOptions { MaxOutputTokens = 1000, Reasoning = new ReasoningOptions { Effort = ReasoningEffort.High } });

    [Fact]
    public Task Claude_guard_content() => AssertSameAsync("claude-guard-content",
        [new(ChatRole.User, [new TextContent("Context."), new BedrockGuardContent("Is this allowed?", BedrockGuardContentQualifier.Query)])],
        new BedrockChatOptions { GuardrailConfig = new BedrockGuardrailConfig { GuardrailIdentifier = "gr-1", GuardrailVersion = "DRAFT" } });

    [Fact]
    public Task Nova_document_citations() => AssertSameAsync("nova-document-citations",
        [new(ChatRole.User, [new DataContent(Pdf, "application/pdf") { Name = "contract.pdf" }.WithCitations(), new TextContent("Cite the clause.")])]);

    [Fact]
    public Task Claude_s3_image() => AssertSameAsync("claude-s3-image",
        [new(ChatRole.User, [new UriContent("s3://my-bucket/cat.png", "image/png"), new TextContent("What is it?")])]);

    [Fact]
    public Task Claude_text_document() => AssertSameAsync("claude-text-document",
        [new(ChatRole.User, [new DataContent("Meeting notes."u8.ToArray(), "text/plain") { Name = "notes.txt" }, new TextContent("Summarise.")])]);

    [Fact]
    public Task Claude_disable_parallel_tools() => AssertSameAsync("claude-disable-parallel-tools", [User("Weather?")],
        new BedrockChatOptions { Tools = [Weather()], DisableParallelToolUse = true });

    [Fact]
    public Task Claude_stop_sequences_stream() => AssertSameAsync("claude-stop-sequences-stream", [User("List things.")],
        new ChatOptions { StopSequences = ["\n\n"], TopP = 0.5f });

    [Fact]
    public async Task Cohere_topk_goes_to_k()
    {
        var (expected, ours) = await CaptureAsync(fixture, "cohere-topk", [User("Pick.")], new ChatOptions { TopK = 5 });

        // Intended: Cohere reads k.
        AssertJson("5", Remove(expected, "inferenceConfig.topK"));
        AssertJson("5", Remove(ours, "additionalModelRequestFields.k"));
        AssertSameWire(expected, ours);
    }

    [Fact]
    public async Task Claude_tool_name_is_sanitised_in_the_definition_too()
    {
        var tool = AIFunctionFactory.CreateDeclaration("my.tool!", "Does it", JsonDocument.Parse("""{"type":"object","properties":{}}""").RootElement);
        var (expected, ours) = await CaptureAsync(fixture, "claude-tool-name-sanitised", [User("Go.")], new ChatOptions { Tools = [tool] });

        // Intended: the AI SDK declares "my.tool!" (Bedrock rejects it) but would replay calls as "mytool"; we declare "mytool".
        AssertJson("\"my.tool!\"", Get(expected, "toolConfig.tools.0.toolSpec.name"));
        AssertJson("\"mytool\"", Get(ours, "toolConfig.tools.0.toolSpec.name"));
        Set(expected, "toolConfig.tools.0.toolSpec.name", "mytool");
        AssertSameWire(expected, ours);
    }

    [Fact]
    public async Task Claude_tools_none_with_history_keeps_the_history_as_text()
    {
        List<ChatMessage> messages = [.. ToolHistory("toolu_05", id => new FunctionResultContent(id, "Snow")), Assistant("It snows."), User("Thanks.")];
        var (expected, ours) = await CaptureAsync(fixture, "claude-tools-none-with-history", messages,
            new ChatOptions { Tools = [Weather()], ToolMode = ChatToolMode.None });

        // Intended: the AI SDK deletes the tool call and result; we keep them as text so the model still knows what happened.
        Assert.Equal(3, Get(expected, "messages")!.AsArray().Count);
        Assert.Equal(5, Get(ours, "messages")!.AsArray().Count);
        Assert.Contains("get_weather", Get(ours, "messages.1.content.0.text")!.GetValue<string>(), StringComparison.Ordinal);
        var resultText = string.Concat(Get(ours, "messages.2.content")!.AsArray().Select(block => (string?)block!["text"]));
        Assert.Contains("toolu_05", resultText, StringComparison.Ordinal);
        Assert.Contains("Snow", resultText, StringComparison.Ordinal);
        Assert.Null(Get(ours, "toolConfig"));
        Remove(ours, "messages.2");
        Remove(ours, "messages.1");
        Assert.True(JsonNode.DeepEquals(expected, ours), $"AI SDK {expected.ToJsonString()}\nOurs {ours.ToJsonString()}");
    }

    [Fact]
    public Task Claude_two_system_messages() => AssertSameAsync("claude-two-system-messages", [SystemText("Rule one."), SystemText("Rule two."), User("Hi")]);

    [Fact]
    public Task Nova_temperature_negative() => AssertSameAsync("nova-temperature-negative", [User("Hi")], new ChatOptions { Temperature = -0.5f });

    [Fact]
    public Task Claude_system_cache_5m() => AssertSameAsync("claude-system-cache-5m", [SystemText("Policy.").WithCachePoint(BedrockCacheTtl.FiveMinutes), User("Hi")]);

    [Fact]
    public Task Gpt_oss_tools() => AssertSameAsync("gpt-oss-tools", [User("Weather?")], new ChatOptions { Tools = [Weather()], ToolMode = ChatToolMode.RequireAny });

    [Fact]
    public Task Deepseek_multi_turn_prefill() => AssertSameAsync("deepseek-multi-turn-prefill",
        [User("Say hi."), Assistant("Hi"), User("Again, starting with \"Hello\"."), Assistant("Hello ")]);

    [Fact]
    public async Task Claude_json_without_schema_asks_for_json_in_system()
    {
        var (expected, ours) = await CaptureAsync(fixture, "claude-json-no-schema", [User("List two colours as JSON.")],
            new ChatOptions { ResponseFormat = ChatResponseFormat.Json });

        // Intended: the AI SDK ignores JSON mode without a schema; we add a JSON-only instruction to system.
        Assert.Empty(Get(expected, "system")!.AsArray());
        var instruction = Get(ours, "system")!.AsArray();
        Assert.Contains("JSON", (string?)Assert.Single(instruction)!["text"], StringComparison.Ordinal);
        instruction.Clear();
        AssertSameWire(expected, ours);
    }

    [Fact]
    public async Task Claude_thinking_relaxes_forced_tool_use()
    {
        var (expected, ours) = await CaptureAsync(fixture, "claude-thinking-tool-required", [User("Weather?")], new BedrockChatOptions
        {
            Tools = [Weather()],
            ToolMode = ChatToolMode.RequireAny,
            MaxOutputTokens = 1000,
            ReasoningConfig = new BedrockReasoningConfig { Type = BedrockReasoningType.Enabled, BudgetTokens = 1024 },
        });

        // Intended: Claude rejects forced tool use while thinking; the AI SDK sends "any" and the call fails.
        AssertJson("""{"any":{}}""", Get(expected, "toolConfig.toolChoice"));
        AssertJson("""{"auto":{}}""", Get(ours, "toolConfig.toolChoice"));
        Set(expected, "toolConfig.toolChoice", new JsonObject { ["auto"] = new JsonObject() });
        AssertSameWire(expected, ours);
    }

    [Fact]
    public Task Claude_opus_4_7_rejects_sampling() => AssertSameAsync("claude-opus-4-7-rejects-sampling", [User("Hi")],
        new ChatOptions { Temperature = 0.5f, TopP = 0.9f, MaxOutputTokens = 100 });

    [Fact]
    public Task Claude_sonnet_5_5_forced_tool_relaxed() => AssertSameAsync("claude-sonnet-5-5-forced-tool-relaxed", [User("Weather?")],
        new ChatOptions { Tools = [Weather(), Time()], ToolMode = ChatToolMode.RequireSpecific("get_weather") });

    [Fact]
    public Task Nova_s3_video() => AssertSameAsync("nova-s3-video",
        [new(ChatRole.User, [new UriContent("s3://my-bucket/clip.mp4", "video/mp4"), new TextContent("What happens?")])]);

    [Fact]
    public Task Llama4_jpeg_image() => AssertSameAsync("llama4-jpeg-image",
        [SystemText("Describe images."), new(ChatRole.User, [new DataContent(new byte[] { 0xff, 0xd8, 0xff, 0xe0, 0, 0x10 }, "image/jpeg"), new TextContent("What is this?")])],
        new ChatOptions { Temperature = 0.2f });

    [Fact]
    public Task Claude_empty_tool_input() => AssertSameAsync("claude-empty-tool-input",
    [
        User("Time?"),
        new(ChatRole.Assistant, [new FunctionCallContent("toolu_n", "now")]),
        new(ChatRole.Tool, [new FunctionResultContent("toolu_n", "10:00")]),
    ], new ChatOptions { Tools = [AIFunctionFactory.CreateDeclaration("now", "Current time", JsonDocument.Parse("""{"type":"object","properties":{}}""").RootElement)] });

    [Fact]
    public Task Claude_cache_point_assistant_and_tool() => AssertSameAsync("claude-cache-point-assistant-and-tool",
    [
        User("What is the weather in Paris?"),
        new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("toolu_c", "get_weather", new Dictionary<string, object?> { ["city"] = "Paris" })]).WithCachePoint(),
        new ChatMessage(ChatRole.Tool, [new FunctionResultContent("toolu_c", "Hot")]).WithCachePoint(),
    ], new ChatOptions { Tools = [Weather()] });

    [Fact]
    public Task Claude_prefill_multi_part() => AssertSameAsync("claude-prefill-multi-part",
        [User("Continue."), new(ChatRole.Assistant, [new TextContent("One, "), new TextContent("two, ")])]);

    [Fact]
    public Task Gpt_oss_temperature_clamped_stream() => AssertSameAsync("gpt-oss-temperature-clamped-stream", [User("Hi")],
        new ChatOptions { Temperature = 1.5f, TopP = 0.9f });

    [Fact]
    public async Task Gpt_oss_structured_output_is_native()
    {
        var (expected, ours) = await CaptureAsync(fixture, "gpt-oss-structured-output", [User("Invent a person.")],
            new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(JsonDocument.Parse(PersonSchema).RootElement) });

        // Intended: gpt-oss supports Converse's outputConfig.textFormat; the AI SDK forces a json tool instead.
        var jsonTool = Remove(expected, "toolConfig");
        Assert.Equal("json", (string?)Get(jsonTool, "tools.0.toolSpec.name"));
        var ourFormat = Remove(ours, "outputConfig");
        var ourSchema = JsonNode.Parse((string)Get(ourFormat, "textFormat.structure.jsonSchema.schema")!)!;
        Assert.True(JsonNode.DeepEquals(Get(jsonTool, "tools.0.toolSpec.inputSchema.json"), ourSchema), ourSchema.ToJsonString());
        AssertSameWire(expected, ours);
    }

    [Fact]
    public Task Cohere_tools() => AssertSameAsync("cohere-tools", [User("Weather?")], new ChatOptions { Tools = [Weather()] });

    [Fact]
    public Task Claude_tool_without_description() => AssertSameAsync("claude-tool-without-description", [User("Go.")], new ChatOptions
    {
        Tools = [AIFunctionFactory.CreateDeclaration("lookup", null, JsonDocument.Parse("""{"type":"object","properties":{"q":{"type":"string"}},"required":["q"]}""").RootElement)],
    });

    [Fact]
    public Task Nova_guardrail_stream() => AssertSameAsync("nova-guardrail-stream", [User("Hello")], new BedrockChatOptions
    {
        ServiceTier = BedrockServiceTier.Flex,
        GuardrailConfig = new BedrockGuardrailConfig
        {
            GuardrailIdentifier = "gr-9",
            GuardrailVersion = "2",
            Trace = BedrockGuardrailTrace.EnabledFull,
            StreamProcessingMode = BedrockGuardrailStreamProcessingMode.Async,
        },
    });

    [Fact]
    public Task Claude_structured_with_tools() => AssertSameAsync("claude-structured-with-tools", [User("Weather as JSON.")], new ChatOptions
    {
        Tools = [Weather()],
        ResponseFormat = ChatResponseFormat.ForJsonSchema(JsonDocument.Parse(PersonSchema).RootElement),
    });

    [Fact]
    public Task Mistral_pixtral_image_stream() => AssertSameAsync("mistral-pixtral-image-stream",
        [new(ChatRole.User, [new TextContent("Describe."), new DataContent(Png, "image/png")])]);

    private static ChatOptions PersonFormat(ChatOptions? options = null)
    {
        options ??= new ChatOptions();
        options.ResponseFormat = ChatResponseFormat.ForJsonSchema(JsonDocument.Parse(PersonSchema).RootElement);
        return options;
    }

    [Fact]
    public async Task Claude_3_7_structured_while_thinking_keeps_the_json_tool()
    {
        var (expected, ours) = await CaptureAsync(fixture, "claude-structured-while-thinking", [User("Invent a person.")], PersonFormat(new BedrockChatOptions
        {
            MaxOutputTokens = 1000,
            ReasoningConfig = new BedrockReasoningConfig { Type = BedrockReasoningType.Enabled, BudgetTokens = 1024 },
        }));

        // Intended: Claude 3.7 has no native output format (Claude structured outputs start with the 4.x models), so we keep
        // the json tool (choice relaxed to auto, as thinking requires); the AI SDK sends output_config.format whenever Claude thinks.
        var format = Remove(expected, "additionalModelRequestFields.output_config.format");
        var jsonTool = Remove(ours, "toolConfig");
        Assert.Equal("json", (string?)Get(jsonTool, "tools.0.toolSpec.name"));
        AssertJson("""{"auto":{}}""", Get(jsonTool, "toolChoice"));
        Assert.True(JsonNode.DeepEquals(format["schema"], Get(jsonTool, "tools.0.toolSpec.inputSchema.json")));
        AssertSameWire(expected, ours);
    }

    [Fact]
    public Task Claude_sonnet_4_6_structured() => AssertSameAsync("claude-sonnet-4-6-structured", [User("Invent a person.")], PersonFormat());

    [Fact]
    public Task Claude_opus_4_7_structured() => AssertSameAsync("claude-opus-4-7-structured", [User("Invent a person.")], PersonFormat());

    [Fact]
    public Task Claude_sonnet_5_5_structured() => AssertSameAsync("claude-sonnet-5-5-structured", [User("Invent a person.")], PersonFormat());

    [Fact]
    public Task Claude_opus_4_7_structured_with_tools() => AssertSameAsync("claude-opus-4-7-structured-with-tools", [SystemText("Be exact."), User("Weather as JSON.")],
        PersonFormat(new ChatOptions { Tools = [Weather()] }));

    [Fact]
    public Task Claude_portable_reasoning_none() => AssertSameAsync("claude-portable-reasoning-none", [User("Hi")],
        new ChatOptions { Temperature = 0.3f, Reasoning = new ReasoningOptions { Effort = ReasoningEffort.None } });

    [Fact]
    public Task Claude_portable_reasoning_adaptive() => AssertSameAsync("claude-portable-reasoning-adaptive", [User("Prove it.")],
        new ChatOptions { Reasoning = new ReasoningOptions { Effort = ReasoningEffort.High } });

    [Fact]
    public async Task Claude_redacted_reasoning_replay_uses_redacted_content()
    {
        var (expected, ours) = await CaptureOfflineAsync("claude-redacted-reasoning-replay",
        [
            User("Hi"),
            new(ChatRole.Assistant, [new TextReasoningContent(string.Empty) { ProtectedData = ReasoningProtectedData.FromRedactedBase64("cmVkYWN0ZWQ=") }, new TextContent("Hello.")]),
            User("Again"),
        ], new BedrockChatOptions
        {
            MaxOutputTokens = 500,
            ReasoningConfig = new BedrockReasoningConfig { Type = BedrockReasoningType.Enabled, BudgetTokens = 1024 },
        });

        // Intended: Converse's ReasoningContentBlock has redactedContent; the AI SDK's redactedReasoning.data is not in the service model.
        AssertJson("""{"redactedReasoning":{"data":"cmVkYWN0ZWQ="}}""", Get(expected, "messages.1.content.0.reasoningContent"));
        AssertJson("""{"redactedContent":"cmVkYWN0ZWQ="}""", Get(ours, "messages.1.content.0.reasoningContent"));
        Set(expected, "messages.1.content.0.reasoningContent", new JsonObject { ["redactedContent"] = "cmVkYWN0ZWQ=" });
        AssertSameWire(expected, ours);
    }

    [Fact]
    public Task Claude_tool_result_image() => AssertSameAsync("claude-tool-result-image",
        ToolHistory("toolu_img", id => new FunctionResultContent(id, new List<AIContent> { new TextContent("Radar:"), new DataContent(Png, "image/png") })),
        new ChatOptions { Tools = [Weather()] });

    [Fact]
    public Task Claude_additional_fields_with_thinking_and_topk() => AssertSameAsync("claude-additional-fields-with-thinking-and-topk", [User("Hi")], new BedrockChatOptions
    {
        TopK = 10,
        MaxOutputTokens = 2000,
        AdditionalModelRequestFields = new JsonObject { ["metadata"] = new JsonObject { ["user_id"] = "u1" } },
        ReasoningConfig = new BedrockReasoningConfig { Type = BedrockReasoningType.Enabled, BudgetTokens = 1500 },
    });

    [Fact]
    public Task Claude_strict_tool() => AssertSameAsync("claude-strict-tool", [User("Weather?")],
        new ChatOptions { Tools = [new StrictFunctionDeclaration("get_weather", "Gets the weather", JsonDocument.Parse(WeatherSchema).RootElement)] });

    [Fact]
    public Task Nova_video_bytes() => AssertSameAsync("nova-video-bytes",
        [new(ChatRole.User, [new DataContent(new byte[] { 0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70 }, "video/mp4"), new TextContent("What happens?")])]);

    [Fact]
    public Task Claude_csv_and_markdown_documents() => AssertSameAsync("claude-csv-and-markdown-documents",
    [
        new(ChatRole.User,
        [
            new DataContent("a,b\n1,2\n"u8.ToArray(), "text/csv") { Name = "data.csv" },
            new DataContent("# Title\n"u8.ToArray(), "text/markdown") { Name = "readme.md" },
            new TextContent("Compare."),
        ]),
    ]);

    [Fact]
    public async Task Deepseek_reasoning_config_is_not_sent()
    {
        var (expected, ours) = await CaptureAsync(fixture, "deepseek-reasoning-config", [User("Think.")],
            new BedrockChatOptions { ReasoningConfig = new BedrockReasoningConfig { MaxReasoningEffort = BedrockReasoningEffort.Low } });

        // Intended: DeepSeek R1 has no reasoning setting on Converse; we warn instead of sending Nova's reasoningConfig.
        AssertJson("""{"maxReasoningEffort":"low"}""", Remove(expected, "additionalModelRequestFields.reasoningConfig"));
        AssertSameWire(expected, ours);
    }

    [Fact]
    public async Task Qwen_structured_output_is_native()
    {
        var (expected, ours) = await CaptureAsync(fixture, "qwen-structured-output", [User("Invent a person.")], PersonFormat());

        // Intended: Qwen supports Converse's outputConfig.textFormat; the AI SDK forces a json tool.
        var jsonTool = Remove(expected, "toolConfig");
        var ourSchema = JsonNode.Parse((string)Get(Remove(ours, "outputConfig"), "textFormat.structure.jsonSchema.schema")!)!;
        Assert.True(JsonNode.DeepEquals(Get(jsonTool, "tools.0.toolSpec.inputSchema.json"), ourSchema), ourSchema.ToJsonString());
        AssertSameWire(expected, ours);
    }

    [Fact]
    public async Task Nova_topk_merges_into_additional_inference_config()
    {
        var (expected, ours) = await CaptureAsync(fixture, "nova-topk-with-additional-fields", [User("Hi")], new BedrockChatOptions
        {
            TopK = 30,
            AdditionalModelRequestFields = new JsonObject { ["inferenceConfig"] = new JsonObject { ["repetitionPenalty"] = 1.1 } },
        });

        // Intended: topK joins Nova's own inferenceConfig next to the user's fields.
        AssertJson("30", Remove(expected, "inferenceConfig.topK"));
        AssertJson("30", Remove(ours, "additionalModelRequestFields.inferenceConfig.topK"));
        AssertSameWire(expected, ours);
    }

    [Fact]
    public Task Claude_message_and_part_cache_points() => AssertSameAsync("claude-message-and-part-cache-points",
        [new ChatMessage(ChatRole.User, [new DataContent(Png, "image/png"), new BedrockCachePointContent(), new TextContent("Describe.")]).WithCachePoint()]);

    [Fact]
    public Task Claude_adaptive_display_summarized() => AssertSameAsync("claude-adaptive-display-summarized", [User("Prove it.")], new BedrockChatOptions
    {
        ReasoningConfig = new BedrockReasoningConfig { Type = BedrockReasoningType.Adaptive, Display = BedrockThinkingDisplay.Summarized },
    });

    [Fact]
    public Task Claude_opus_4_7_portable_xhigh() => AssertSameAsync("claude-opus-4-7-portable-xhigh", [User("Prove it.")],
        new ChatOptions { Reasoning = new ReasoningOptions { Effort = ReasoningEffort.ExtraHigh } });

    [Fact]
    public Task Nova_pro_portable_reasoning_ignored() => AssertSameAsync("nova-pro-portable-reasoning-ignored", [User("Hi")],
        new ChatOptions { Reasoning = new ReasoningOptions { Effort = ReasoningEffort.Medium } });

    [Fact]
    public Task Claude_sonnet_4_5_portable_high() => AssertSameAsync("claude-sonnet-4-5-portable-high", [User("Prove it.")],
        new ChatOptions { MaxOutputTokens = 2000, Reasoning = new ReasoningOptions { Effort = ReasoningEffort.High } });

    [Fact]
    public Task Llama_temperature_zero() => AssertSameAsync("llama-temperature-zero", [User("Hi")], new ChatOptions { Temperature = 0f, TopP = 1f });
}
