using Microsoft.Extensions.AI;
using static AmazonBedrock.AI.Tests.Chat.Request.RequestAssert;

namespace AmazonBedrock.AI.Tests.Chat.Request;

public class MessageMappingTests
{
    private const string Llama = "meta.llama3-70b-instruct-v1:0";

    [Fact]
    public void Instructions_and_system_messages_go_to_system_in_order_with_cache_points()
    {
        ChatMessage[] messages =
        [
            new(ChatRole.System, [new TextContent("Be brief."), new BedrockCachePointContent(BedrockCacheTtl.OneHour)]),
            User("Hi"),
            new(ChatRole.System, "Late rule."),
        ];
        var options = new BedrockChatOptions { Instructions = "You are helpful.", InstructionsCachePoint = BedrockCacheTtl.Default };
        var body = Body(messages, options, Llama);
        Equal("""[{"text":"You are helpful."},{"cachePoint":{"type":"default"}},{"text":"Be brief."},{"cachePoint":{"type":"default","ttl":"1h"}},{"text":"Late rule."}]""", body["system"]);
    }

    [Fact]
    public void Consecutive_same_role_messages_are_merged()
    {
        var body = Body([User("a"), User("b"), new(ChatRole.Assistant, "c"), new(ChatRole.Assistant, "d"), User("e")], modelId: Llama);
        Equal("""[{"role":"user","content":[{"text":"a"},{"text":"b"}]},{"role":"assistant","content":[{"text":"c"},{"text":"d"}]},{"role":"user","content":[{"text":"e"}]}]""", body["messages"]);
    }

    [Fact]
    public void Blank_text_is_never_sent_and_empty_messages_do_not_break_alternation()
    {
        var body = Body([User("a"), new(ChatRole.Assistant, "  "), User("b")], modelId: Llama);
        Equal("""[{"role":"user","content":[{"text":"a"},{"text":"b"}]}]""", body["messages"]);
    }

    [Fact]
    public void Trailing_assistant_prefill_is_trimmed()
    {
        var body = Body([User("Write JSON"), new(ChatRole.Assistant, "{  \n")], modelId: Llama);
        Equal("""{"role":"assistant","content":[{"text":"{"}]}""", body["messages"]![1]);
    }

    [Fact]
    public void Assistant_whitespace_is_kept_when_a_user_message_follows()
    {
        var body = Body([User("a"), new(ChatRole.Assistant, "b "), User("c")], modelId: Llama);
        Equal("""{"role":"assistant","content":[{"text":"b "}]}""", body["messages"]![1]);
    }

    [Fact]
    public void Tool_messages_become_user_tool_results_and_following_user_text_joins_them()
    {
        ChatMessage[] messages =
        [
            User("Weather?"),
            new(ChatRole.Assistant, [new FunctionCallContent("call1", "get_weather", new Dictionary<string, object?> { ["city"] = "Paris" })]),
            new(ChatRole.Tool, [new FunctionResultContent("call1", "sunny")]),
            User("Thanks"),
        ];
        var options = new ChatOptions { Tools = [AIFunctionFactory.Create((string city) => "x", "get_weather")] };
        var body = Body(messages, options, Llama);
        Equal("""
        [{"role":"user","content":[{"text":"Weather?"}]},
         {"role":"assistant","content":[{"toolUse":{"toolUseId":"call1","name":"get_weather","input":{"city":"Paris"}}}]},
         {"role":"user","content":[{"toolResult":{"toolUseId":"call1","content":[{"text":"sunny"}]}},{"text":"Thanks"}]}]
        """, body["messages"]);
    }

    [Fact]
    public void Tool_call_arguments_are_serialised_losslessly()
    {
        var args = new Dictionary<string, object?>
        {
            ["list"] = new[] { 1, 2 },
            ["nested"] = new Dictionary<string, object?> { ["d"] = 1.5m },
            ["when"] = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            ["none"] = null,
        };
        ChatMessage[] messages = [User("go"), new(ChatRole.Assistant, [new FunctionCallContent("c", "f", args)]), new(ChatRole.Tool, [new FunctionResultContent("c", "ok")])];
        var body = Body(messages, new ChatOptions { Tools = [AIFunctionFactory.Create(() => 1, "f")] }, Llama);
        Equal("""{"list":[1,2],"nested":{"d":1.5},"when":"2024-01-02T03:04:05Z","none":null}""", body["messages"]![1]!["content"]![0]!["toolUse"]!["input"]);
    }

    [Fact]
    public void Failed_tool_result_has_error_status()
    {
        ChatMessage[] messages =
        [
            User("go"),
            new(ChatRole.Assistant, [new FunctionCallContent("c", "f")]),
            new(ChatRole.Tool, [new FunctionResultContent("c", "Error: boom") { Exception = new InvalidOperationException("boom") }]),
        ];
        var body = Body(messages, new ChatOptions { Tools = [AIFunctionFactory.Create(() => 1, "f")] }, Llama);
        Equal("""{"toolResult":{"toolUseId":"c","content":[{"text":"Error: boom"}],"status":"error"}}""", body["messages"]![2]!["content"]![0]);
        Equal("""{"toolUse":{"toolUseId":"c","name":"f","input":{}}}""", body["messages"]![1]!["content"]![0]);
    }

    [Fact]
    public void Tool_result_json_and_multimodal_content()
    {
        var png = new DataContent(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "image/png");
        ChatMessage[] messages =
        [
            User("go"),
            new(ChatRole.Assistant, [new FunctionCallContent("a", "f"), new FunctionCallContent("b", "f")]),
            new(ChatRole.Tool, [
                new FunctionResultContent("a", System.Text.Json.JsonDocument.Parse("""{"t":21}""").RootElement),
                new FunctionResultContent("b", new AIContent[] { new TextContent("chart:"), png }),
            ]),
        ];
        var body = Body(messages, new ChatOptions { Tools = [AIFunctionFactory.Create(() => 1, "f")] }, Llama);
        Equal("""
        [{"toolResult":{"toolUseId":"a","content":[{"text":"{\"t\":21}"}]}},
         {"toolResult":{"toolUseId":"b","content":[{"text":"chart:"},{"image":{"format":"png","source":{"bytes":"iVBORw=="}}}]}}]
        """, body["messages"]![2]!["content"]);
    }

    [Fact]
    public void Tool_result_without_matching_call_is_rejected()
    {
        ChatMessage[] messages = [User("go"), new(ChatRole.Tool, [new FunctionResultContent("nope", "x")])];
        var error = Assert.Throws<ArgumentException>(() => Build(messages, new ChatOptions { Tools = [AIFunctionFactory.Create(() => 1, "f")] }, Llama));
        Assert.Contains("no matching tool call", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_message_list_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Build([]));
        Assert.Throws<ArgumentException>(() => Build([new ChatMessage(ChatRole.System, "only system")]));
    }

    [Fact]
    public void Tool_history_without_tools_is_sent_as_text_with_a_warning()
    {
        ChatMessage[] messages =
        [
            User("go"),
            new(ChatRole.Assistant, [new FunctionCallContent("c", "f", new Dictionary<string, object?> { ["x"] = 1 })]),
            new(ChatRole.Tool, [new FunctionResultContent("c", "done")]),
            User("and now?"),
        ];
        var plan = Build(messages, new ChatOptions { ToolMode = ChatToolMode.None, Tools = [AIFunctionFactory.Create(() => 1, "f")] }, Llama);
        var body = Body(plan);
        Assert.Null(body["toolConfig"]);
        Equal("""
        [{"role":"user","content":[{"text":"go"}]},
         {"role":"assistant","content":[{"text":"[Tool call f (id c) with input: {\"x\":1}]"}]},
         {"role":"user","content":[{"text":"[Tool result for call c:]"},{"text":"done"},{"text":"and now?"}]}]
        """, body["messages"]);
        Assert.Contains(plan.Warnings, w => w.Code == BedrockWarning.Other);
    }

    [Fact]
    public void Signed_reasoning_is_replayed_and_redacted_reasoning_round_trips()
    {
        ChatMessage[] messages =
        [
            User("q"),
            new(ChatRole.Assistant, [
                new TextReasoningContent("thinking...") { ProtectedData = "sig==" },
                new TextReasoningContent(string.Empty) { ProtectedData = "bedrock-redacted:AAEC" },
                new TextContent("answer"),
            ]),
            User("more"),
        ];
        var body = Body(messages);
        Equal("""
        [{"reasoningContent":{"reasoningText":{"text":"thinking...","signature":"sig=="}}},
         {"reasoningContent":{"redactedContent":"AAEC"}},
         {"text":"answer"}]
        """, body["messages"]![1]!["content"]);
    }

    [Fact]
    public void Unsigned_reasoning_is_left_out_with_a_warning()
    {
        ChatMessage[] messages = [User("q"), new(ChatRole.Assistant, [new TextReasoningContent("foreign"), new TextContent("a")]), User("b")];
        var plan = Build(messages);
        Equal("""[{"text":"a"}]""", Body(plan)["messages"]![1]!["content"]);
        Assert.Contains(plan.Warnings, w => w.Code == BedrockWarning.DroppedContent && w.Setting == nameof(TextReasoningContent));
    }

    [Fact]
    public void Cache_points_follow_the_part_or_message_they_mark()
    {
        ChatMessage[] messages =
        [
            new(ChatRole.User, [new TextContent("long doc"), new BedrockCachePointContent(BedrockCacheTtl.FiveMinutes), new TextContent("question")]),
            new ChatMessage(ChatRole.Assistant, "answer").WithCachePoint(),
            User("next"),
        ];
        var body = Body(messages);
        Equal("""
        [{"role":"user","content":[{"text":"long doc"},{"cachePoint":{"type":"default","ttl":"5m"}},{"text":"question"}]},
         {"role":"assistant","content":[{"text":"answer"},{"cachePoint":{"type":"default"}}]},
         {"role":"user","content":[{"text":"next"}]}]
        """, body["messages"]);
    }

    [Fact]
    public void Guard_content_with_qualifiers()
    {
        ChatMessage[] messages = [new(ChatRole.User, [new BedrockGuardContent("Is it safe?", BedrockGuardContentQualifier.Query, BedrockGuardContentQualifier.GroundingSource)])];
        var body = Body(messages, modelId: "amazon.nova-pro-v1:0");
        Equal("""[{"guardContent":{"text":{"text":"Is it safe?","qualifiers":["query","grounding_source"]}}}]""", body["messages"]![0]!["content"]);
    }

    [Fact]
    public void Mistral_tool_call_ids_are_normalised_to_nine_characters()
    {
        ChatMessage[] messages =
        [
            User("go"),
            new(ChatRole.Assistant, [new FunctionCallContent("tooluse_bpe71yCfRu2b5i-nKGDr5g", "f")]),
            new(ChatRole.Tool, [new FunctionResultContent("tooluse_bpe71yCfRu2b5i-nKGDr5g", "ok")]),
        ];
        var body = Body(messages, new ChatOptions { Tools = [AIFunctionFactory.Create(() => 1, "f")] }, "mistral.mistral-large-2407-v1:0");
        Assert.Equal("8eHypBDcw", body["messages"]![1]!["content"]![0]!["toolUse"]!["toolUseId"]!.GetValue<string>());
        Assert.Equal("8eHypBDcw", body["messages"]![2]!["content"]![0]!["toolResult"]!["toolUseId"]!.GetValue<string>());
    }

    [Fact]
    public void Unknown_roles_are_rejected()
    {
        Assert.Throws<NotSupportedException>(() => Build([new ChatMessage(new ChatRole("critic"), "x")]));
    }
}
