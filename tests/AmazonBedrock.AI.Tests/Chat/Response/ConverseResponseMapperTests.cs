using System.Text.Json;
using AmazonBedrock.AI.Chat;
using AmazonBedrock.AI.Chat.Response;
using Microsoft.Extensions.AI;
using static AmazonBedrock.AI.Tests.Chat.Response.ResponseTestHelpers;

namespace AmazonBedrock.AI.Tests.Chat.Response;

public class ConverseResponseMapperTests
{
    private const string TextResponse = """
        {"output":{"message":{"role":"assistant","content":[{"text":"Hello there."}],"futureMember":1}},
         "stopReason":"end_turn","usage":{"inputTokens":12,"outputTokens":4,"totalTokens":16,"futureCount":3},
         "metrics":{"latencyMs":321},"somethingNew":{"a":[1,2]}}
        """;

    [Fact]
    public void Maps_text_and_response_metadata()
    {
        var warning = new BedrockWarning(BedrockWarning.UnsupportedSetting, "Seed is not supported.", "Seed");
        var response = Map(TextResponse, Context(warnings: [warning]));

        Assert.Equal("Hello there.", response.Text);
        var message = Assert.Single(response.Messages);
        Assert.Equal(ChatRole.Assistant, message.Role);
        Assert.Equal("5e2d7c1a-0b1c-4c1e-9f1e-2a3b4c5d6e7f", message.MessageId);
        Assert.Equal("5e2d7c1a-0b1c-4c1e-9f1e-2a3b4c5d6e7f", response.ResponseId);
        Assert.Equal("anthropic.claude-3-7-sonnet-20250219-v1:0", response.ModelId);
        Assert.Equal(Created, response.CreatedAt);
        Assert.Null(response.ConversationId);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal("end_turn", response.AdditionalProperties![ConverseResponseKeys.StopReason]);
        Assert.Equal(321L, response.AdditionalProperties[ConverseResponseKeys.LatencyMs]);
        Assert.Equal([warning], response.GetBedrockWarnings());
        var raw = Assert.IsType<JsonElement>(response.RawRepresentation);
        Assert.Equal("end_turn", raw.GetProperty("stopReason").GetString());
    }

    [Theory]
    [InlineData("end_turn", "stop")]
    [InlineData("stop_sequence", "stop")]
    [InlineData("max_tokens", "length")]
    [InlineData("model_context_window_exceeded", "length")]
    [InlineData("tool_use", "tool_calls")]
    [InlineData("guardrail_intervened", "content_filter")]
    [InlineData("content_filtered", "content_filter")]
    [InlineData("malformed_model_output", "malformed_model_output")]
    [InlineData("malformed_tool_use", "malformed_tool_use")]
    [InlineData("some_future_reason", "some_future_reason")]
    public void Maps_every_stop_reason(string stopReason, string expected)
    {
        var response = Map($$$"""{"output":{"message":{"role":"assistant","content":[{"text":"x"}]}},"stopReason":"{{{stopReason}}}","usage":{"inputTokens":1,"outputTokens":1,"totalTokens":2},"metrics":{"latencyMs":1}}""");

        Assert.Equal(expected, response.FinishReason?.Value);
        Assert.Equal(stopReason, response.AdditionalProperties![ConverseResponseKeys.StopReason]);
    }

    [Fact]
    public void Usage_counts_cache_reads_and_writes_as_input()
    {
        var response = Map("""
            {"output":{"message":{"role":"assistant","content":[{"text":"ok"}]}},"stopReason":"end_turn",
             "usage":{"inputTokens":57,"outputTokens":41,"totalTokens":1322,"cacheReadInputTokens":1024,"cacheWriteInputTokens":200,
                      "cacheDetails":[{"ttl":"1h","inputTokens":200}]},
             "metrics":{"latencyMs":10}}
            """);

        var usage = response.Usage!;
        Assert.Equal(57 + 1024 + 200, usage.InputTokenCount);
        Assert.Equal(41, usage.OutputTokenCount);
        Assert.Equal(1322, usage.TotalTokenCount);
        Assert.Equal(1024, usage.CachedInputTokenCount);
        Assert.Equal(200, usage.AdditionalCounts![ConverseResponseKeys.CacheWriteInputTokens]);
        Assert.Equal(1024, usage.AdditionalCounts[ConverseResponseKeys.CacheReadInputTokens]);
        var details = Assert.IsType<JsonElement>(response.AdditionalProperties![ConverseResponseKeys.CacheDetails]);
        Assert.Equal("1h", details[0].GetProperty("ttl").GetString());
    }

    [Fact]
    public void Usage_without_cache_has_no_additional_counts()
    {
        var usage = Map(TextResponse).Usage!;

        Assert.Equal(12, usage.InputTokenCount);
        Assert.Equal(4, usage.OutputTokenCount);
        Assert.Equal(16, usage.TotalTokenCount);
        Assert.Null(usage.CachedInputTokenCount);
        Assert.Null(usage.AdditionalCounts);
    }

    [Fact]
    public void Maps_citations_with_title_url_snippet_and_location()
    {
        var response = Map("""
            {"output":{"message":{"role":"assistant","content":[
               {"text":"According to the report, "},
               {"citationsContent":{
                  "content":[{"text":"revenue grew 12%"},{"text":" in 2024."}],
                  "citations":[
                    {"title":"Annual report","source":"report.pdf","sourceContent":[{"text":"Revenue grew 12% "},{"text":"year over year."}],
                     "location":{"documentPage":{"documentIndex":0,"start":3,"end":4}}},
                    {"title":"News","sourceContent":[{"text":"12%"}],"location":{"web":{"url":"https://example.com/news","domain":"example.com"}}},
                    {"location":{"documentChar":{"documentIndex":1,"start":10,"end":42}},"extra":true}
                  ]}}]}},
             "stopReason":"end_turn","usage":{"inputTokens":1,"outputTokens":1,"totalTokens":2},"metrics":{"latencyMs":1}}
            """);

        var contents = response.Messages[0].Contents;
        Assert.Equal(2, contents.Count);
        var cited = Assert.IsType<TextContent>(contents[1]);
        Assert.Equal("revenue grew 12% in 2024.", cited.Text);
        Assert.Equal(3, cited.Annotations!.Count);

        var page = Assert.IsType<CitationAnnotation>(cited.Annotations[0]);
        Assert.Equal("Annual report", page.Title);
        Assert.Equal("Revenue grew 12% year over year.", page.Snippet);
        Assert.Null(page.Url);
        Assert.Equal("report.pdf", page.AdditionalProperties![ConverseResponseKeys.CitationSource]);
        Assert.Equal("documentPage", page.AdditionalProperties[ConverseResponseKeys.CitationLocationType]);
        Assert.Equal(0L, page.AdditionalProperties[ConverseResponseKeys.CitationDocumentIndex]);
        Assert.Equal(3L, page.AdditionalProperties[ConverseResponseKeys.CitationStart]);
        Assert.Equal(4L, page.AdditionalProperties[ConverseResponseKeys.CitationEnd]);
        var region = Assert.IsType<TextSpanAnnotatedRegion>(Assert.Single(page.AnnotatedRegions!));
        Assert.Equal(0, region.StartIndex);
        Assert.Equal(cited.Text.Length, region.EndIndex);

        var web = Assert.IsType<CitationAnnotation>(cited.Annotations[1]);
        Assert.Equal(new Uri("https://example.com/news"), web.Url);
        Assert.Equal("example.com", web.AdditionalProperties![ConverseResponseKeys.CitationDomain]);

        var chars = Assert.IsType<CitationAnnotation>(cited.Annotations[2]);
        Assert.Equal("documentChar", chars.AdditionalProperties![ConverseResponseKeys.CitationLocationType]);
        Assert.Equal(42L, chars.AdditionalProperties[ConverseResponseKeys.CitationEnd]);
        Assert.Equal("According to the report, revenue grew 12% in 2024.", response.Text);
    }

    [Fact]
    public void Maps_signed_and_redacted_reasoning()
    {
        var response = Map("""
            {"output":{"message":{"role":"assistant","content":[
               {"reasoningContent":{"reasoningText":{"text":"Let me think.","signature":"EqoBCkgIARABGAIiQL2sig=="}}},
               {"reasoningContent":{"redactedContent":"AQIDBA=="}},
               {"text":"Done."}]}},
             "stopReason":"end_turn","usage":{"inputTokens":1,"outputTokens":1,"totalTokens":2},"metrics":{"latencyMs":1}}
            """);

        var contents = response.Messages[0].Contents;
        var signed = Assert.IsType<TextReasoningContent>(contents[0]);
        Assert.Equal("Let me think.", signed.Text);
        Assert.Equal("EqoBCkgIARABGAIiQL2sig==", signed.ProtectedData);
        var redacted = Assert.IsType<TextReasoningContent>(contents[1]);
        Assert.Equal(string.Empty, redacted.Text);
        Assert.True(ReasoningProtectedData.TryGetRedactedBase64(redacted.ProtectedData, out var base64));
        Assert.Equal("AQIDBA==", base64);
        Assert.Equal("Done.", response.Text);
    }

    [Fact]
    public void Maps_tool_calls_with_original_names_and_parsed_arguments()
    {
        var response = Map(
            """
            {"output":{"message":{"role":"assistant","content":[
               {"text":"Checking."},
               {"toolUse":{"toolUseId":"tooluse_1","name":"get_weather","input":{"city":"Paris","days":3,"opts":{"unit":"C"}}}},
               {"toolUse":{"toolUseId":"tooluse_2","name":"now","input":{}}},
               {"toolUse":{"toolUseId":"","name":"no_input"}}]}},
             "stopReason":"tool_use","usage":{"inputTokens":1,"outputTokens":1,"totalTokens":2},"metrics":{"latencyMs":1}}
            """,
            Context(names: new Dictionary<string, string> { ["get_weather"] = "get.weather" }));

        var calls = response.Messages[0].Contents.OfType<FunctionCallContent>().ToList();
        Assert.Equal(3, calls.Count);
        Assert.Equal("tooluse_1", calls[0].CallId);
        Assert.Equal("get.weather", calls[0].Name);
        Assert.Equal("Paris", ((JsonElement)calls[0].Arguments!["city"]!).GetString());
        Assert.Equal(3, ((JsonElement)calls[0].Arguments!["days"]!).GetInt32());
        Assert.Equal("C", ((JsonElement)calls[0].Arguments!["opts"]!).GetProperty("unit").GetString());
        Assert.Equal("now", calls[1].Name);
        Assert.Empty(calls[1].Arguments!);
        Assert.StartsWith("tooluse_", calls[2].CallId, StringComparison.Ordinal);
        Assert.True(calls[2].CallId.Length > "tooluse_".Length);
        Assert.Empty(calls[2].Arguments!);
        Assert.All(calls, c => Assert.Null(c.Exception));
        Assert.Equal(ChatFinishReason.ToolCalls, response.FinishReason);
    }

    [Fact]
    public void Non_object_tool_input_keeps_the_call_with_the_raw_input()
    {
        var response = Map("""
            {"output":{"message":{"role":"assistant","content":[{"toolUse":{"toolUseId":"t1","name":"f","input":[1,2]}}]}},
             "stopReason":"tool_use","usage":{"inputTokens":1,"outputTokens":1,"totalTokens":2},"metrics":{"latencyMs":1}}
            """);

        var call = Assert.IsType<FunctionCallContent>(Assert.Single(response.Messages[0].Contents));
        Assert.NotNull(call.Exception);
        Assert.Equal("[1,2]", call.AdditionalProperties![ConverseResponseKeys.RawToolInput]);
    }

    [Fact]
    public void Json_tool_input_becomes_answer_text_and_finish_is_stop()
    {
        var response = Map(
            """
            {"output":{"message":{"role":"assistant","content":[{"toolUse":{"toolUseId":"t1","name":"json","input":{"name":"Ada","age":36}}}]}},
             "stopReason":"tool_use","usage":{"inputTokens":1,"outputTokens":1,"totalTokens":2},"metrics":{"latencyMs":1}}
            """,
            Context(jsonTool: "json"));

        Assert.Equal("""{"name":"Ada","age":36}""", response.Text);
        Assert.Empty(response.Messages[0].Contents.OfType<FunctionCallContent>());
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal(true, response.AdditionalProperties![ConverseResponseKeys.IsJsonResponseFromTool]);
    }

    [Fact]
    public void Json_tool_with_a_regular_tool_call_keeps_tool_calls_finish()
    {
        var response = Map(
            """
            {"output":{"message":{"role":"assistant","content":[
               {"toolUse":{"toolUseId":"t0","name":"lookup","input":{"q":"x"}}},
               {"toolUse":{"toolUseId":"t1","name":"json","input":{"a":1}}}]}},
             "stopReason":"tool_use","usage":{"inputTokens":1,"outputTokens":1,"totalTokens":2},"metrics":{"latencyMs":1}}
            """,
            Context(jsonTool: "json"));

        Assert.Single(response.Messages[0].Contents.OfType<FunctionCallContent>());
        Assert.Equal(ChatFinishReason.ToolCalls, response.FinishReason);
    }

    [Fact]
    public void Keeps_trace_performance_tier_and_stop_sequence()
    {
        var response = Map("""
            {"output":{"message":{"role":"assistant","content":[{"text":"Blocked."}]}},"stopReason":"stop_sequence",
             "additionalModelResponseFields":{"delta":{"stop_sequence":"END"},"other":1},
             "trace":{"guardrail":{"inputAssessment":{"g1":{"contentPolicy":{"filters":[{"type":"HATE","confidence":"HIGH","action":"BLOCKED"}]}}}}},
             "performanceConfig":{"latency":"optimized"},"serviceTier":{"type":"priority"},
             "usage":{"inputTokens":1,"outputTokens":1,"totalTokens":2},"metrics":{"latencyMs":99}}
            """);

        var properties = response.AdditionalProperties!;
        Assert.Equal("END", properties[ConverseResponseKeys.StopSequence]);
        Assert.Equal(1, ((JsonElement)properties[ConverseResponseKeys.AdditionalModelResponseFields]!).GetProperty("other").GetInt32());
        Assert.Equal("BLOCKED", ((JsonElement)properties[ConverseResponseKeys.Trace]!).GetProperty("guardrail").GetProperty("inputAssessment").GetProperty("g1")
            .GetProperty("contentPolicy").GetProperty("filters")[0].GetProperty("action").GetString());
        Assert.Equal("optimized", ((JsonElement)properties[ConverseResponseKeys.PerformanceConfig]!).GetProperty("latency").GetString());
        Assert.Equal("priority", ((JsonElement)properties[ConverseResponseKeys.ServiceTier]!).GetProperty("type").GetString());
        Assert.Equal(99L, properties[ConverseResponseKeys.LatencyMs]);
    }

    [Fact]
    public void Maps_images_server_tools_and_unknown_blocks()
    {
        var response = Map("""
            {"output":{"message":{"role":"assistant","content":[
               {"image":{"format":"png","source":{"bytes":"iVBORw0K"}}},
               {"toolUse":{"toolUseId":"s1","name":"web_search","type":"server_tool_use","input":{"query":"x"}}},
               {"toolResult":{"toolUseId":"s1","type":"web_search_result","status":"success","content":[{"text":"found"}]}},
               {"futureBlock":{"x":1}}]}},
             "stopReason":"end_turn","usage":{"inputTokens":1,"outputTokens":1,"totalTokens":2},"metrics":{"latencyMs":1}}
            """);

        var contents = response.Messages[0].Contents;
        var image = Assert.IsType<DataContent>(contents[0]);
        Assert.Equal("image/png", image.MediaType);
        Assert.Equal(Convert.FromBase64String("iVBORw0K"), image.Data.ToArray());
        var call = Assert.IsType<FunctionCallContent>(contents[1]);
        Assert.True(call.InformationalOnly);
        var result = Assert.IsType<FunctionResultContent>(contents[2]);
        Assert.Equal("s1", result.CallId);
        Assert.Equal("found", ((JsonElement)result.Result!)[0].GetProperty("text").GetString());
        Assert.Equal("success", result.AdditionalProperties![ConverseResponseKeys.ToolResultStatus]);
        Assert.IsType<AIContent>(contents[3]);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
    }

    [Theory]
    [InlineData("{\"output\":")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"stopReason\":\"end_turn\"} trailing")]
    [InlineData("{\"output\":{\"message\":{\"content\":[{\"toolUse\":{\"toolUseId\":\"t\",\"input\":{}}}]}},\"stopReason\":\"tool_use\"}")]
    public void Malformed_response_throws_protocol_exception_with_request_id(string json)
    {
        var e = Assert.Throws<BedrockProtocolException>(() => Map(json));

        Assert.Equal("5e2d7c1a-0b1c-4c1e-9f1e-2a3b4c5d6e7f", e.RequestId);
        Assert.Contains("5e2d7c1a-0b1c-4c1e-9f1e-2a3b4c5d6e7f", e.Message, StringComparison.Ordinal);
    }
}
