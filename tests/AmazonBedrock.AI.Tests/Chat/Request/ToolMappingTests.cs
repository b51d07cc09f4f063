using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using static AmazonBedrock.AI.Tests.Chat.Request.RequestAssert;

namespace AmazonBedrock.AI.Tests.Chat.Request;

public class ToolMappingTests
{
    private const string Nova = "amazon.nova-pro-v1:0";

    private static AIFunctionDeclaration Tool(string name, string schema = """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""", string? description = "Gets weather") =>
        AIFunctionFactory.CreateDeclaration(name, description, JsonDocument.Parse(schema).RootElement);

    [Fact]
    public void Function_tools_keep_their_full_schema()
    {
        var schema = """{"type":"object","properties":{"loc":{"$ref":"#/$defs/L"}},"$defs":{"L":{"type":"string"}}}""";
        var body = Body([User("hi")], new ChatOptions { Tools = [Tool("get_weather", schema)] }, Nova);
        Equal("""{"tools":[{"toolSpec":{"name":"get_weather","description":"Gets weather","inputSchema":{"json":""" + schema + """}}}],"toolChoice":{"auto":{}}}""", body["toolConfig"]);
    }

    [Fact]
    public void Empty_descriptions_are_omitted_and_parameterless_tools_get_an_object_schema()
    {
        var body = Body([User("hi")], new ChatOptions { Tools = [Tool("now", "{}", "  ")] }, Nova);
        Equal("""{"tools":[{"toolSpec":{"name":"now","inputSchema":{"json":{"type":"object","properties":{}}}}}],"toolChoice":{"auto":{}}}""", body["toolConfig"]);
    }

    [Theory]
    [InlineData("auto", """{"auto":{}}""")]
    [InlineData("any", """{"any":{}}""")]
    public void Tool_mode_maps_to_tool_choice(string mode, string expected)
    {
        var options = new ChatOptions { Tools = [Tool("a"), Tool("b")], ToolMode = mode == "auto" ? ChatToolMode.Auto : ChatToolMode.RequireAny };
        var toolConfig = Body([User("hi")], options, Nova)["toolConfig"]!;
        Equal(expected, toolConfig["toolChoice"]);
        Assert.Equal(2, toolConfig["tools"]!.AsArray().Count);
    }

    [Fact]
    public void No_tool_mode_sends_auto_like_the_AI_SDK()
    {
        Equal("""{"auto":{}}""", Body([User("hi")], new ChatOptions { Tools = [Tool("a")] }, Nova)["toolConfig"]!["toolChoice"]);
    }

    [Fact]
    public void A_named_tool_is_forced_and_sent_alone()
    {
        var body = Body([User("hi")], new ChatOptions { Tools = [Tool("a"), Tool("b")], ToolMode = ChatToolMode.RequireSpecific("b") }, Nova);
        Equal("""{"tool":{"name":"b"}}""", body["toolConfig"]!["toolChoice"]);
        Assert.Single(body["toolConfig"]!["tools"]!.AsArray());
        Assert.Throws<ArgumentException>(() => Build([User("hi")], new ChatOptions { Tools = [Tool("a")], ToolMode = ChatToolMode.RequireSpecific("zzz") }, Nova));
    }

    [Fact]
    public void Tool_mode_none_sends_no_tools()
    {
        Assert.Null(Body([User("hi")], new ChatOptions { Tools = [Tool("a")], ToolMode = ChatToolMode.None }, Nova)["toolConfig"]);
    }

    [Fact]
    public void Tool_names_are_sanitised_identically_in_definitions_and_history()
    {
        ChatMessage[] messages =
        [
            User("hi"),
            new(ChatRole.Assistant, [new FunctionCallContent("c1", "my.tool!")]),
            new(ChatRole.Tool, [new FunctionResultContent("c1", "ok")]),
        ];
        var plan = Build(messages, new ChatOptions { Tools = [Tool("my.tool!")] }, Nova);
        var body = Body(plan);
        Assert.Equal("mytool", body["toolConfig"]!["tools"]![0]!["toolSpec"]!["name"]!.GetValue<string>());
        Assert.Equal("mytool", body["messages"]![1]!["content"]![0]!["toolUse"]!["name"]!.GetValue<string>());
        Assert.Equal("my.tool!", plan.ToolNameMap["mytool"]);
    }

    [Fact]
    public void Colliding_sanitised_names_stay_distinct()
    {
        var plan = Build([User("hi")], new ChatOptions { Tools = [Tool("a.b"), Tool("ab")] }, Nova);
        Assert.Equal("a.b", plan.ToolNameMap["ab"]);
        Assert.Equal("ab", plan.ToolNameMap["ab_2"]);
    }

    [Fact]
    public void Tools_cache_point_follows_the_tool_definitions()
    {
        var body = Body([User("hi")], new BedrockChatOptions { Tools = [Tool("a", "{}", null)], ToolsCachePoint = BedrockCacheTtl.OneHour });
        Equal("""[{"toolSpec":{"name":"a","inputSchema":{"json":{"type":"object","properties":{}}}}},{"cachePoint":{"type":"default","ttl":"1h"}}]""", body["toolConfig"]!["tools"]);
    }

    [Fact]
    public void Disable_parallel_tool_use_moves_the_choice_into_claude_tool_choice()
    {
        var body = Body([User("hi")], new BedrockChatOptions { Tools = [Tool("a")], ToolMode = ChatToolMode.RequireSpecific("a"), DisableParallelToolUse = true });
        Equal("""{"type":"tool","name":"a","disable_parallel_tool_use":true}""", body["additionalModelRequestFields"]!["tool_choice"]);
        Assert.Null(body["toolConfig"]!["toolChoice"]);
    }

    [Fact]
    public void Allow_multiple_tool_calls_false_is_honoured_on_claude_and_warned_elsewhere()
    {
        var claude = Body([User("hi")], new ChatOptions { Tools = [Tool("a")], AllowMultipleToolCalls = false });
        Equal("""{"type":"auto","disable_parallel_tool_use":true}""", claude["additionalModelRequestFields"]!["tool_choice"]);
        var nova = Build([User("hi")], new ChatOptions { Tools = [Tool("a")], AllowMultipleToolCalls = false }, Nova);
        Assert.Contains(nova.Warnings, w => w.Setting == "DisableParallelToolUse");
    }

    [Fact]
    public void Forced_tool_use_falls_back_to_auto_on_models_that_reject_it()
    {
        var plan = Build([User("hi")], new ChatOptions { Tools = [Tool("a")], ToolMode = ChatToolMode.RequireAny }, "us.anthropic.claude-sonnet-5-5-v1:0");
        Equal("""{"auto":{}}""", Body(plan)["toolConfig"]!["toolChoice"]);
        Assert.Contains(plan.Warnings, w => w.Code == BedrockWarning.AdjustedSetting);
    }

    [Fact]
    public void Strict_is_sent_where_supported_and_closes_objects()
    {
        var strict = AIFunctionFactory.Create((string x) => x, new AIFunctionFactoryOptions { Name = "s", AdditionalProperties = new Dictionary<string, object?> { ["Strict"] = true } });
        var spec = Body([User("hi")], new ChatOptions { Tools = [strict] }, "anthropic.claude-sonnet-4-5-20250929-v1:0")["toolConfig"]!["tools"]![0]!["toolSpec"]!;
        Assert.True(spec["strict"]!.GetValue<bool>());
        Assert.False(spec["inputSchema"]!["json"]!["additionalProperties"]!.GetValue<bool>());

        var rejected = Build([User("hi")], new ChatOptions { Tools = [strict] }, "anthropic.claude-opus-4-7");
        Assert.Null(Body(rejected)["toolConfig"]!["tools"]![0]!["toolSpec"]!["strict"]);
        Assert.Contains(rejected.Warnings, w => w.Setting == "Strict");
    }

    [Fact]
    public void A_tool_sent_again_produces_the_same_bytes()
    {
        // Escapes, non-ASCII text and a missing "type" exercise every step between the cached schema and the wire.
        var tool = Tool("t", """{"properties":{"q":{"type":"string","description":"<b>café</b> \"quoted\" \u2028"}},"$schema":"https://json-schema.org/draft/2020-12/schema"}""");
        var options = new ChatOptions { Tools = [tool] };

        var first = Build([User("hi")], options, Nova).Body;
        var second = Build([User("hi")], options, Nova).Body;

        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
        Equal("""{"type":"object","properties":{"q":{"type":"string","description":"<b>café</b> \"quoted\" \u2028"}}}""", Body(Build([User("hi")], options, Nova))["toolConfig"]!["tools"]![0]!["toolSpec"]!["inputSchema"]!["json"]);
    }

    [Fact]
    public void A_tool_whose_schema_changes_is_sent_with_its_new_schema()
    {
        var tool = new ChangingTool { Schema = JsonDocument.Parse("""{"type":"object","properties":{"a":{"type":"string"}}}""").RootElement };
        var options = new ChatOptions { Tools = [tool] };
        Build([User("hi")], options, Nova);

        tool.Schema = JsonDocument.Parse("""{"type":"object","properties":{"b":{"type":"integer"}}}""").RootElement;
        var json = Body([User("hi")], options, Nova)["toolConfig"]!["tools"]![0]!["toolSpec"]!["inputSchema"]!["json"];

        Equal("""{"type":"object","properties":{"b":{"type":"integer"}}}""", json);
    }

    [Fact]
    public void The_same_tool_is_closed_only_where_strict_is_sent()
    {
        var tool = AIFunctionFactory.Create((string x) => x, new AIFunctionFactoryOptions { Name = "s", AdditionalProperties = new Dictionary<string, object?> { ["Strict"] = true } });
        var options = new ChatOptions { Tools = [tool] };

        var strict = Body([User("hi")], options, "anthropic.claude-sonnet-4-5-20250929-v1:0")["toolConfig"]!["tools"]![0]!["toolSpec"]!["inputSchema"]!["json"]!;
        var plain = Body([User("hi")], options, "anthropic.claude-opus-4-7")["toolConfig"]!["tools"]![0]!["toolSpec"]!["inputSchema"]!["json"]!;
        var strictAgain = Body([User("hi")], options, "anthropic.claude-sonnet-4-5-20250929-v1:0")["toolConfig"]!["tools"]![0]!["toolSpec"]!["inputSchema"]!["json"]!;

        Assert.False(strict["additionalProperties"]!.GetValue<bool>());
        Assert.Null(plain["additionalProperties"]);
        Assert.Equal(strict.ToJsonString(), strictAgain.ToJsonString());
    }

    [Fact]
    public void Titan_gets_no_tools_and_a_warning()
    {
        var plan = Build([User("hi")], new ChatOptions { Tools = [Tool("a")] }, "amazon.titan-text-premier-v1:0");
        Assert.Null(Body(plan)["toolConfig"]);
        Assert.Contains(plan.Warnings, w => w.Setting == "Tools");
    }

    [Fact]
    public void Non_function_tools_are_not_sent()
    {
        var plan = Build([User("hi")], new ChatOptions { Tools = [new HostedWebSearchTool()] }, Nova);
        Assert.Null(Body(plan)["toolConfig"]);
        Assert.Contains(plan.Warnings, w => w.Setting == "Tools");
    }

    /// <summary>A tool declaration whose schema can change between calls (AIFunctionDeclaration allows it).</summary>
    private sealed class ChangingTool : AIFunctionDeclaration
    {
        public JsonElement Schema { get; set; }

        public override string Name => "changing";

        public override JsonElement JsonSchema => Schema;
    }
}
