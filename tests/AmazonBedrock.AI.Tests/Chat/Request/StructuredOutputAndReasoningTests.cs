using System.Text.Json;
using Microsoft.Extensions.AI;
using static AmazonBedrock.AI.Tests.Chat.Request.RequestAssert;

namespace AmazonBedrock.AI.Tests.Chat.Request;

public class StructuredOutputAndReasoningTests
{
    private const string Schema = """{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","properties":{"name":{"type":"string"}},"required":["name"]}""";

    private static ChatResponseFormatJson Format() => ChatResponseFormat.ForJsonSchema(JsonDocument.Parse(Schema).RootElement, "Person", "A person");

    [Fact]
    public void Json_tool_mode_adds_a_forced_json_tool_with_the_normalised_schema()
    {
        var plan = Build([User("Who?")], new ChatOptions { ResponseFormat = Format() }, "meta.llama3-70b-instruct-v1:0");
        Assert.Equal("json", plan.JsonResponseToolName);
        Equal("""
        {"tools":[{"toolSpec":{"name":"json","description":"A person","inputSchema":{"json":{"type":"object","properties":{"name":{"type":"string"}},"required":["name"],"additionalProperties":false}}}}],
         "toolChoice":{"any":{}}}
        """, Body(plan)["toolConfig"]);
    }

    [Fact]
    public void Native_mode_uses_output_config_text_format()
    {
        var plan = Build([User("Who?")], new BedrockChatOptions { ResponseFormat = Format(), StructuredOutputMode = BedrockStructuredOutputMode.NativeOutputFormat }, "meta.llama3-70b-instruct-v1:0");
        Assert.Null(plan.JsonResponseToolName);
        Equal("""
        {"textFormat":{"type":"json_schema","structure":{"jsonSchema":{"schema":"{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}},\"required\":[\"name\"],\"additionalProperties\":false}","name":"Person","description":"A person"}}}}
        """, Body(plan)["outputConfig"]);
    }

    [Theory]
    [InlineData("anthropic.claude-sonnet-4-5-20250929-v1:0", true)]
    [InlineData("us.anthropic.claude-sonnet-4-6", false)]
    [InlineData("anthropic.claude-opus-4-7", false)]
    [InlineData("anthropic.claude-3-7-sonnet-20250219-v1:0", false)]
    [InlineData("openai.gpt-oss-120b-1:0", true)]
    [InlineData("amazon.nova-pro-v1:0", false)]
    public void Auto_mode_follows_the_capability_table(string modelId, bool native)
    {
        var body = Body([User("Who?")], new ChatOptions { ResponseFormat = Format() }, modelId);
        Assert.Equal(native, body["outputConfig"] is not null);
        Assert.Equal(!native, body["toolConfig"] is not null);
    }

    [Fact]
    public void Client_setting_chooses_the_mode_and_the_call_overrides_it()
    {
        var settings = new BedrockChatClientSettings { StructuredOutputMode = BedrockStructuredOutputMode.NativeOutputFormat };
        Assert.NotNull(Body([User("q")], new ChatOptions { ResponseFormat = Format() }, "amazon.nova-pro-v1:0", settings)["outputConfig"]);
        var overridden = Body([User("q")], new BedrockChatOptions { ResponseFormat = Format(), StructuredOutputMode = BedrockStructuredOutputMode.JsonTool }, "amazon.nova-pro-v1:0", settings);
        Assert.Null(overridden["outputConfig"]);
        Assert.NotNull(overridden["toolConfig"]);
    }

    [Fact]
    public void Json_without_schema_adds_an_instruction()
    {
        var body = Body([User("q")], new ChatOptions { ResponseFormat = ChatResponseFormat.Json }, "amazon.nova-pro-v1:0");
        Assert.Contains("JSON", body["system"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_tool_name_avoids_a_user_tool_called_json()
    {
        var options = new ChatOptions { ResponseFormat = Format(), Tools = [AIFunctionFactory.Create(() => 1, "json")] };
        Assert.Equal("json_2", Build([User("q")], options, "amazon.nova-pro-v1:0").JsonResponseToolName);
    }

    [Fact]
    public void Claude_budget_thinking_raises_max_tokens_and_drops_sampling()
    {
        var options = new BedrockChatOptions
        {
            MaxOutputTokens = 1000,
            Temperature = 0.5f,
            TopP = 0.9f,
            TopK = 5,
            ReasoningConfig = new() { Type = BedrockReasoningType.Enabled, BudgetTokens = 2000 },
        };
        var plan = Build([User("q")], options, "anthropic.claude-sonnet-4-20250514-v1:0");
        var body = Body(plan);
        Equal("""{"thinking":{"type":"enabled","budget_tokens":2000}}""", body["additionalModelRequestFields"]);
        Equal("""{"maxTokens":3000}""", body["inferenceConfig"]);
        Assert.Equal(3, plan.Warnings.Count(w => w.Code == BedrockWarning.UnsupportedSetting));
    }

    [Fact]
    public void Claude_budget_plus_max_tokens_is_capped_at_the_model_limit()
    {
        var options = new BedrockChatOptions { MaxOutputTokens = 64000, ReasoningConfig = new() { Type = BedrockReasoningType.Enabled, BudgetTokens = 10000 } };
        var plan = Build([User("q")], options, "anthropic.claude-sonnet-4-20250514-v1:0");
        Equal("""{"maxTokens":64000}""", Body(plan)["inferenceConfig"]);
        Assert.Contains(plan.Warnings, w => w.Code == BedrockWarning.AdjustedSetting);
    }

    [Fact]
    public void Portable_effort_on_older_claude_becomes_a_budget()
    {
        var body = Body([User("q")], new ChatOptions { Reasoning = new ReasoningOptions { Effort = ReasoningEffort.Medium } }, "anthropic.claude-sonnet-4-20250514-v1:0");
        Equal("""{"thinking":{"type":"enabled","budget_tokens":19200}}""", body["additionalModelRequestFields"]);
        Equal("""{"maxTokens":23296}""", body["inferenceConfig"]);
    }

    [Fact]
    public void Portable_effort_on_newer_claude_is_adaptive_with_effort()
    {
        var options = new BedrockChatOptions
        {
            Reasoning = new ReasoningOptions { Effort = ReasoningEffort.ExtraHigh },
            ReasoningConfig = new() { Display = BedrockThinkingDisplay.Summarized },
            AdditionalModelRequestFields = new() { ["output_config"] = new System.Text.Json.Nodes.JsonObject { ["x"] = 1 } },
        };
        var body = Body([User("q")], options, "global.anthropic.claude-opus-4-6-v1");
        Equal("""{"output_config":{"x":1,"effort":"max"},"thinking":{"type":"adaptive","display":"summarized"}}""", body["additionalModelRequestFields"]);
    }

    [Fact]
    public void Reasoning_none_on_claude_sends_no_thinking()
    {
        Assert.Null(Body([User("q")], new ChatOptions { Reasoning = new ReasoningOptions { Effort = ReasoningEffort.None } }, "anthropic.claude-opus-4-6-v1")["additionalModelRequestFields"]);
    }

    [Theory]
    [InlineData("openai.gpt-oss-120b-1:0", """{"reasoning_effort":"high"}""")]
    [InlineData("us.openai.gpt-5-1", """{"reasoning":{"effort":"high"}}""")]
    [InlineData("us.amazon.nova-2-lite-v1:0", """{"reasoningConfig":{"type":"enabled","maxReasoningEffort":"high"}}""")]
    public void Effort_maps_per_family(string modelId, string expected)
    {
        var body = Body([User("q")], new ChatOptions { Reasoning = new ReasoningOptions { Effort = ReasoningEffort.High } }, modelId);
        Equal(expected, body["additionalModelRequestFields"]);
    }

    [Fact]
    public void Nova_2_lite_at_high_effort_drops_max_tokens()
    {
        var plan = Build([User("q")], new ChatOptions { MaxOutputTokens = 500, Reasoning = new ReasoningOptions { Effort = ReasoningEffort.High } }, "us.amazon.nova-2-lite-v1:0");
        Assert.Null(Body(plan)["inferenceConfig"]);
        Assert.Contains(plan.Warnings, w => w.Setting == "MaxOutputTokens");
    }

    [Fact]
    public void Reasoning_on_a_family_without_it_warns()
    {
        var plan = Build([User("q")], new ChatOptions { Reasoning = new ReasoningOptions { Effort = ReasoningEffort.High } }, "meta.llama3-70b-instruct-v1:0");
        Assert.Null(Body(plan)["additionalModelRequestFields"]);
        Assert.Contains(plan.Warnings, w => w.Setting == "Reasoning");
    }

    [Fact]
    public void Thinking_with_a_forced_tool_relaxes_the_choice()
    {
        var options = new BedrockChatOptions { Tools = [AIFunctionFactory.Create(() => 1, "f")], ToolMode = ChatToolMode.RequireAny, ReasoningConfig = new() { Type = BedrockReasoningType.Enabled, BudgetTokens = 1024 } };
        Equal("""{"auto":{}}""", Body([User("q")], options, "anthropic.claude-sonnet-4-20250514-v1:0")["toolConfig"]!["toolChoice"]);
    }

    [Fact]
    public void Anthropic_beta_merges_into_additional_fields()
    {
        var options = new BedrockChatOptions { AnthropicBeta = ["context-1m-2025-08-07"], AdditionalModelRequestFields = new() { ["anthropic_beta"] = new System.Text.Json.Nodes.JsonArray("a") } };
        var body = Body([User("q")], options);
        Equal("""{"anthropic_beta":["a","context-1m-2025-08-07"]}""", body["additionalModelRequestFields"]);
        Assert.Null(body["anthropicBeta"]);
    }
}
