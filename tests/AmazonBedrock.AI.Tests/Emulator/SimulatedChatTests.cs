using System.Text;
using System.Text.Json.Nodes;
using AmazonBedrock.AI.Emulator;

namespace AmazonBedrock.AI.Tests.Emulator;

public sealed class SimulatedChatTests
{
    private const string ModelId = "us.anthropic.claude-sonnet-4-20250514-v1:0";
    private const string WeatherTool = ",\"toolConfig\":{\"tools\":[{\"toolSpec\":{\"name\":\"get_weather\",\"description\":\"Get the current weather for a city\",\"inputSchema\":{\"json\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},\"unit\":{\"type\":\"string\",\"enum\":[\"celsius\",\"fahrenheit\"]},\"days\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":7}},\"required\":[\"city\",\"unit\"]}}}},{\"toolSpec\":{\"name\":\"search_recipes\",\"description\":\"Search cooking recipes\",\"inputSchema\":{\"json\":{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\"}}}}}}]}";

    private static string Path(string operation) => EmulatorHttp.ModelPath(ModelId, operation);

    [Fact]
    public async Task Converse_answers_from_the_last_user_message_with_usage_and_metrics()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        var json = await EmulatorHttp.PostJsonAsync(emulator, Path("converse"), EmulatorHttp.Converse("Write a vegetarian lasagna recipe"));

        string text = json["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>();
        Assert.Contains("vegetarian lasagna recipe", text, StringComparison.Ordinal);
        Assert.Equal("assistant", json["output"]!["message"]!["role"]!.GetValue<string>());
        Assert.Equal("end_turn", json["stopReason"]!.GetValue<string>());
        int input = json["usage"]!["inputTokens"]!.GetValue<int>();
        int output = json["usage"]!["outputTokens"]!.GetValue<int>();
        Assert.True(input > 0 && output > 0);
        Assert.Equal(input + output, json["usage"]!["totalTokens"]!.GetValue<int>());
        Assert.True(json["metrics"]!["latencyMs"]!.GetValue<int>() > 0);

        var again = await EmulatorHttp.PostJsonAsync(emulator, Path("converse"), EmulatorHttp.Converse("Write a vegetarian lasagna recipe"));
        Assert.Equal(json.ToJsonString(), again.ToJsonString());
    }

    [Fact]
    public async Task ConverseStream_sends_the_same_text_in_several_deltas_with_bedrock_event_order()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        string body = EmulatorHttp.Converse("Tell me about the moon and the tides please");
        var whole = await EmulatorHttp.PostJsonAsync(emulator, Path("converse"), body);
        var messages = await EmulatorHttp.PostStreamAsync(emulator, Path("converse-stream"), body);

        var types = messages.Select(m => EmulatorHttp.Header(m, ":event-type")).ToList();
        Assert.Equal("messageStart", types[0]);
        Assert.Equal(["contentBlockStop", "messageStop", "metadata"], types[^3..]);
        var deltas = messages.Where(m => EmulatorHttp.Header(m, ":event-type") == "contentBlockDelta").Select(EmulatorHttp.Unpadded).ToList();
        Assert.True(deltas.Count >= 3);
        string streamed = string.Concat(deltas.Select(d => d["delta"]!["text"]!.GetValue<string>()));
        Assert.Equal(whole["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>(), streamed);
        Assert.All(messages, m => Assert.True(EmulatorHttp.Payload(m).ContainsKey("p")));
        var metadata = EmulatorHttp.Unpadded(messages[^1]);
        Assert.Equal(whole["usage"]!.ToJsonString(), metadata["usage"]!.ToJsonString());
    }

    [Fact]
    public async Task MaxTokens_cuts_the_answer_and_reports_max_tokens()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        var json = await EmulatorHttp.PostJsonAsync(emulator, Path("converse"), EmulatorHttp.Converse("Explain photosynthesis in detail", ",\"inferenceConfig\":{\"maxTokens\":5}"));

        Assert.Equal("max_tokens", json["stopReason"]!.GetValue<string>());
        Assert.True(json["usage"]!["outputTokens"]!.GetValue<int>() <= 5);
    }

    [Fact]
    public async Task Stop_sequence_cuts_the_answer()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        var json = await EmulatorHttp.PostJsonAsync(emulator, Path("converse"), EmulatorHttp.Converse("Say banana twice", ",\"inferenceConfig\":{\"stopSequences\":[\"banana\"]}"));

        Assert.Equal("stop_sequence", json["stopReason"]!.GetValue<string>());
        Assert.DoesNotContain("banana", json["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tools_are_called_with_arguments_valid_for_the_schema_and_taken_from_the_prompt()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        var json = await EmulatorHttp.PostJsonAsync(emulator, Path("converse"), EmulatorHttp.Converse("What is the weather in Paris in fahrenheit for 3 days?", WeatherTool));

        Assert.Equal("tool_use", json["stopReason"]!.GetValue<string>());
        var toolUse = json["output"]!["message"]!["content"]![0]!["toolUse"]!;
        Assert.Equal("get_weather", toolUse["name"]!.GetValue<string>());
        Assert.StartsWith("tooluse_", toolUse["toolUseId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Paris", toolUse["input"]!["city"]!.GetValue<string>());
        Assert.Equal("fahrenheit", toolUse["input"]!["unit"]!.GetValue<string>());
        Assert.Equal(3, toolUse["input"]!["days"]!.GetValue<int>());
    }

    [Fact]
    public async Task Specific_tool_choice_is_obeyed_and_streamed_as_tool_use_start_and_input_deltas()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        string tools = WeatherTool[..^1] + ",\"toolChoice\":{\"tool\":{\"name\":\"search_recipes\"}}}";
        var messages = await EmulatorHttp.PostStreamAsync(emulator, Path("converse-stream"), EmulatorHttp.Converse("What is the weather in Paris?", tools));

        var start = EmulatorHttp.Unpadded(messages.Single(m => EmulatorHttp.Header(m, ":event-type") == "contentBlockStart"));
        Assert.Equal("search_recipes", start["start"]!["toolUse"]!["name"]!.GetValue<string>());
        string input = string.Concat(messages.Where(m => EmulatorHttp.Header(m, ":event-type") == "contentBlockDelta")
            .Select(m => EmulatorHttp.Unpadded(m)["delta"]!["toolUse"]!["input"]!.GetValue<string>()));
        Assert.Equal("What is the weather in Paris?", JsonNode.Parse(input)!["query"]!.GetValue<string>());
        Assert.Equal("tool_use", EmulatorHttp.Unpadded(messages.Single(m => EmulatorHttp.Header(m, ":event-type") == "messageStop"))["stopReason"]!.GetValue<string>());
    }

    [Fact]
    public async Task After_tool_results_the_model_answers_using_them()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        var first = await EmulatorHttp.PostJsonAsync(emulator, Path("converse"), EmulatorHttp.Converse("Weather in Paris?", WeatherTool));
        var toolUse = first["output"]!["message"]!["content"]![0]!["toolUse"]!;
        string id = toolUse["toolUseId"]!.GetValue<string>();
        string body = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"Weather in Paris?\"}]},"
            + "{\"role\":\"assistant\",\"content\":[{\"toolUse\":" + toolUse.ToJsonString() + "}]},"
            + "{\"role\":\"user\",\"content\":[{\"toolResult\":{\"toolUseId\":\"" + id + "\",\"content\":[{\"json\":{\"temperature\":21}}]}}]}]" + WeatherTool + "}";
        var second = await EmulatorHttp.PostJsonAsync(emulator, Path("converse"), body);

        Assert.Equal("end_turn", second["stopReason"]!.GetValue<string>());
        string text = second["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>();
        Assert.Contains("get_weather", text, StringComparison.Ordinal);
        Assert.Contains("\"temperature\":21", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Native_structured_output_returns_json_valid_for_the_schema()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        string schema = "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"servings\":{\"type\":\"integer\"},\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":2},\"meta\":{\"$ref\":\"#/$defs/meta\"}},\"required\":[\"name\",\"servings\"],\"$defs\":{\"meta\":{\"type\":\"object\",\"properties\":{\"vegan\":{\"type\":\"boolean\"}}}}}";
        string outputConfig = ",\"outputConfig\":{\"textFormat\":{\"type\":\"json_schema\",\"structure\":{\"jsonSchema\":{\"schema\":" + System.Text.Json.JsonSerializer.Serialize(schema, EmulatorTestJson.Default.String) + ",\"name\":\"recipe\"}}}}";
        var json = await EmulatorHttp.PostJsonAsync(emulator, Path("converse"), EmulatorHttp.Converse("A lasagna for 4 people", outputConfig));

        var value = JsonNode.Parse(json["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>())!;
        Assert.Equal(4, value["servings"]!.GetValue<int>());
        Assert.IsType<string>(value["name"]!.GetValue<string>());
        Assert.Equal(2, value["tags"]!.AsArray().Count);
        Assert.True(value["meta"]!["vegan"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Forced_json_tool_returns_input_valid_for_the_schema()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        string tools = ",\"toolConfig\":{\"tools\":[{\"toolSpec\":{\"name\":\"json\",\"description\":\"Respond with a JSON object.\",\"inputSchema\":{\"json\":{\"type\":\"object\",\"properties\":{\"answer\":{\"type\":\"string\",\"minLength\":3},\"score\":{\"type\":\"number\",\"minimum\":0,\"maximum\":1}},\"required\":[\"answer\",\"score\"]}}}}],\"toolChoice\":{\"any\":{}}}";
        var json = await EmulatorHttp.PostJsonAsync(emulator, Path("converse"), EmulatorHttp.Converse("Rate this answer", tools));

        var input = json["output"]!["message"]!["content"]![0]!["toolUse"]!["input"]!;
        Assert.True(input["answer"]!.GetValue<string>().Length >= 3);
        Assert.InRange(input["score"]!.GetValue<double>(), 0, 1);
    }

    [Fact]
    public async Task Reasoning_comes_first_with_a_signature_and_a_replayed_forgery_is_rejected()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        const string thinking = ",\"additionalModelRequestFields\":{\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":1024}}";
        var json = await EmulatorHttp.PostJsonAsync(emulator, Path("converse"), EmulatorHttp.Converse("Is 7 prime?", thinking));
        var content = json["output"]!["message"]!["content"]!.AsArray();
        var reasoning = content[0]!["reasoningContent"]!["reasoningText"]!;
        Assert.False(string.IsNullOrEmpty(reasoning["signature"]!.GetValue<string>()));
        Assert.NotNull(content[1]!["text"]);

        string Replay(JsonNode reasoningText) => "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"Is 7 prime?\"}]},{\"role\":\"assistant\",\"content\":[{\"reasoningContent\":{\"reasoningText\":"
            + reasoningText.ToJsonString() + "}},{\"text\":\"Yes.\"}]},{\"role\":\"user\",\"content\":[{\"text\":\"And 9?\"}]}]" + thinking + "}";

        await EmulatorHttp.PostJsonAsync(emulator, Path("converse"), Replay(reasoning));
        var forged = new JsonObject { ["text"] = reasoning["text"]!.GetValue<string>() + " (edited)", ["signature"] = reasoning["signature"]!.GetValue<string>() };
        var (status, type, message) = await EmulatorHttp.PostErrorAsync(emulator, Path("converse"), Replay(forged));
        Assert.Equal(400, status);
        Assert.StartsWith("ValidationException:", type, StringComparison.Ordinal);
        Assert.Contains("Invalid `signature` in `thinking` block", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reasoning_streams_text_then_signature_deltas()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        var messages = await EmulatorHttp.PostStreamAsync(emulator, Path("converse-stream"), EmulatorHttp.Converse("Is 7 prime?", ",\"additionalModelRequestFields\":{\"reasoningConfig\":{\"type\":\"enabled\",\"maxReasoningEffort\":\"low\"}}"));
        var reasoningDeltas = messages.Where(m => EmulatorHttp.Header(m, ":event-type") == "contentBlockDelta")
            .Select(EmulatorHttp.Unpadded).Where(p => p["contentBlockIndex"]!.GetValue<int>() == 0).Select(p => p["delta"]!["reasoningContent"]!).ToList();

        Assert.True(reasoningDeltas.Count >= 2);
        Assert.NotNull(reasoningDeltas[^1]["signature"]);
        Assert.All(reasoningDeltas[..^1], d => Assert.NotNull(d["text"]));
    }

    [Fact]
    public async Task Anthropic_messages_on_invoke_and_invoke_stream()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        const string body = "{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":200,\"messages\":[{\"role\":\"user\",\"content\":\"Hello Claude\"}]}";
        var json = await EmulatorHttp.PostJsonAsync(emulator, Path("invoke"), body);
        Assert.Equal("message", json["type"]!.GetValue<string>());
        string text = json["content"]![0]!["text"]!.GetValue<string>();

        var frames = await EmulatorHttp.PostStreamAsync(emulator, Path("invoke-with-response-stream"), body);
        var events = frames.Select(f => JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(EmulatorHttp.Unpadded(f)["bytes"]!.GetValue<string>())))!).ToList();
        Assert.Equal("message_start", events[0]["type"]!.GetValue<string>());
        Assert.Equal("message_stop", events[^1]["type"]!.GetValue<string>());
        Assert.NotNull(events[^1]["amazon-bedrock-invocationMetrics"]);
        Assert.Equal(text, string.Concat(events.Where(e => e["type"]!.GetValue<string>() == "content_block_delta").Select(e => e["delta"]!["text"]!.GetValue<string>())));
    }
}
