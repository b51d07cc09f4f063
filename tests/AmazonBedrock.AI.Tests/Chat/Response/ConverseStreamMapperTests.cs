using System.Text;
using System.Text.Json;
using AmazonBedrock.AI.Chat;
using AmazonBedrock.AI.Chat.Response;
using Microsoft.Extensions.AI;
using static AmazonBedrock.AI.Tests.Chat.Response.ResponseTestHelpers;

namespace AmazonBedrock.AI.Tests.Chat.Response;

public class ConverseStreamMapperTests
{
    private static readonly (string, string) Start = ("messageStart", """{"p":"abcdefghijklmnopqrstuvwxyzABCDEFGHI","role":"assistant","futureField":{"x":1}}""");
    private static readonly (string, string) Metadata = ("metadata", """{"metrics":{"latencyMs":1450},"p":"abcd","usage":{"cacheReadInputTokens":1024,"cacheWriteInputTokens":0,"inputTokens":57,"outputTokens":41,"totalTokens":1122}}""");

    [Fact]
    public void Streams_text_deltas_with_metadata_on_every_update()
    {
        var warning = new BedrockWarning(BedrockWarning.Other, "note");
        var updates = Stream(
            Context(warnings: [warning]),
            Start,
            ("someFutureEvent", """{"p":"abc","value":42}"""),
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"text":"Hello"},"p":"abcdefghijkl"}"""),
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"text":", wörld \u00e9"},"futureField":true,"p":"ab"}"""),
            ("contentBlockStop", """{"contentBlockIndex":0,"p":"ab"}"""),
            ("messageStop", """{"p":"abcde","stopReason":"end_turn"}"""),
            Metadata);

        Assert.Equal(4, updates.Count);
        Assert.Equal("Hello", updates[0].Text);
        Assert.Equal(", wörld é", updates[1].Text);
        Assert.All(updates, u =>
        {
            Assert.Equal(ChatRole.Assistant, u.Role);
            Assert.Equal("5e2d7c1a-0b1c-4c1e-9f1e-2a3b4c5d6e7f", u.MessageId);
            Assert.Equal("5e2d7c1a-0b1c-4c1e-9f1e-2a3b4c5d6e7f", u.ResponseId);
            Assert.Equal("anthropic.claude-3-7-sonnet-20250219-v1:0", u.ModelId);
            Assert.Equal(Created, u.CreatedAt);
            Assert.Null(u.ConversationId);
        });
        Assert.Equal([warning], updates[0].GetBedrockWarnings());
        Assert.Empty(updates[1].GetBedrockWarnings());
        Assert.Equal(ChatFinishReason.Stop, updates[2].FinishReason);
        Assert.Equal("end_turn", updates[2].AdditionalProperties![ConverseResponseKeys.StopReason]);

        var usage = Assert.IsType<UsageContent>(Assert.Single(updates[3].Contents)).Details;
        Assert.Equal(57 + 1024, usage.InputTokenCount);
        Assert.Equal(1024, usage.CachedInputTokenCount);
        Assert.Equal(0, usage.AdditionalCounts![ConverseResponseKeys.CacheWriteInputTokens]);
        Assert.Equal(1122, usage.TotalTokenCount);
        Assert.Equal(1450L, updates[3].AdditionalProperties![ConverseResponseKeys.LatencyMs]);
        Assert.IsType<JsonElement>(updates[3].RawRepresentation);

        var response = updates.ToChatResponse();
        Assert.Equal("Hello, wörld é", response.Text);
        Assert.Single(response.Messages);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal(1122, response.Usage!.TotalTokenCount);
    }

    [Fact]
    public void Streams_reasoning_then_signature_only_content_at_block_stop()
    {
        var updates = Stream(
            Context(),
            ("messageStart", """{"p":"abcdef","role":"assistant"}"""),
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"reasoningContent":{"text":"The user greets me. "}},"p":"abcdefghijk"}"""),
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"reasoningContent":{"text":"I should greet back."}},"p":"abc"}"""),
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"reasoningContent":{"signature":"EqoBCkgIARABGAIiQL2example0signature0bytes"}},"p":"abcdefghijklmnopqrs"}"""),
            ("contentBlockStop", """{"contentBlockIndex":0,"p":"ab"}"""),
            ("contentBlockDelta", """{"contentBlockIndex":1,"delta":{"text":"Hi there!"},"p":"abcdefghijklmn"}"""),
            ("contentBlockStop", """{"contentBlockIndex":1,"p":"abcdefghijklmnopqrstuv"}"""),
            ("messageStop", """{"p":"abcde","stopReason":"end_turn"}"""),
            ("metadata", """{"metrics":{"latencyMs":2100},"p":"a","usage":{"inputTokens":20,"outputTokens":35,"totalTokens":55}}"""));

        Assert.Equal("The user greets me. ", Assert.IsType<TextReasoningContent>(Assert.Single(updates[0].Contents)).Text);
        var signature = Assert.IsType<TextReasoningContent>(Assert.Single(updates[2].Contents));
        Assert.Equal(string.Empty, signature.Text);
        Assert.Equal("EqoBCkgIARABGAIiQL2example0signature0bytes", signature.ProtectedData);

        var message = Assert.Single(updates.ToChatResponse().Messages);
        var reasoning = Assert.IsType<TextReasoningContent>(message.Contents[0]);
        Assert.Equal("The user greets me. I should greet back.", reasoning.Text);
        Assert.Equal("EqoBCkgIARABGAIiQL2example0signature0bytes", reasoning.ProtectedData);
        Assert.Equal("Hi there!", Assert.IsType<TextContent>(message.Contents[1]).Text);
    }

    [Fact]
    public void Redacted_reasoning_chunks_are_joined_per_block()
    {
        var updates = Stream(
            Context(),
            Start,
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"reasoningContent":{"redactedContent":"AQID"}},"p":"a"}"""),
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"reasoningContent":{"redactedContent":"BAU="}}}"""),
            ("contentBlockStop", """{"contentBlockIndex":0}"""),
            ("contentBlockDelta", """{"contentBlockIndex":1,"delta":{"reasoningContent":{"redactedContent":"Bg=="}}}"""),
            ("contentBlockStop", """{"contentBlockIndex":1}"""),
            ("messageStop", """{"stopReason":"end_turn"}"""));

        var redacted = updates.SelectMany(u => u.Contents).OfType<TextReasoningContent>().ToList();
        Assert.Equal(2, redacted.Count);
        Assert.True(ReasoningProtectedData.TryGetRedactedBase64(redacted[0].ProtectedData, out var first));
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, Convert.FromBase64String(first));
        Assert.True(ReasoningProtectedData.TryGetRedactedBase64(redacted[1].ProtectedData, out var second));
        Assert.Equal(new byte[] { 6 }, Convert.FromBase64String(second));
    }

    [Fact]
    public void Tool_calls_streamed_across_deltas_are_emitted_whole_at_block_stop()
    {
        var updates = Stream(
            Context(names: new Dictionary<string, string> { ["get_weather"] = "Get.Weather" }),
            Start,
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"text":"Let me check."},"p":"abcde"}"""),
            ("contentBlockStop", """{"contentBlockIndex":0,"p":"abcdefghijklmnopqrstuvwxyzABCD"}"""),
            ("contentBlockStart", """{"contentBlockIndex":1,"p":"abcdefgh","start":{"toolUse":{"name":"get_weather","toolUseId":"tooluse_kZJMlvQmRJ6eAyJE5GIl7Q"}}}"""),
            ("contentBlockStart", """{"contentBlockIndex":2,"start":{"toolUse":{"name":"get_time","toolUseId":"tooluse_2"}}}"""),
            ("contentBlockDelta", """{"contentBlockIndex":1,"delta":{"toolUse":{"input":""}},"p":"ab"}"""),
            ("contentBlockDelta", """{"contentBlockIndex":1,"delta":{"toolUse":{"input":"{\"city\": \"Par"}},"p":"abcdefghi"}"""),
            ("contentBlockDelta", """{"delta":{"toolUse":{"input":"{\"tz\":\"CET\"}"}},"contentBlockIndex":2}"""),
            ("contentBlockDelta", """{"contentBlockIndex":1,"delta":{"toolUse":{"input":"is\", \"unit\": \"celsius\"}"}},"p":"a"}"""),
            ("contentBlockStop", """{"contentBlockIndex":2}"""),
            ("contentBlockStop", """{"contentBlockIndex":1,"p":"abcdefghijklmnop"}"""),
            ("messageStop", """{"p":"abcdefghijklmnopqrstuvwxy","stopReason":"tool_use"}"""),
            Metadata);

        var calls = updates.Select(u => u.Contents.OfType<FunctionCallContent>().SingleOrDefault()).Where(c => c is not null).ToList();
        Assert.Equal(2, calls.Count);
        Assert.Equal("get_time", calls[0]!.Name);
        Assert.Equal("CET", ((JsonElement)calls[0]!.Arguments!["tz"]!).GetString());
        Assert.Equal("tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", calls[1]!.CallId);
        Assert.Equal("Get.Weather", calls[1]!.Name);
        Assert.Equal("Paris", ((JsonElement)calls[1]!.Arguments!["city"]!).GetString());
        Assert.Equal("celsius", ((JsonElement)calls[1]!.Arguments!["unit"]!).GetString());
        Assert.Equal(ChatFinishReason.ToolCalls, updates.ToChatResponse().FinishReason);
    }

    [Fact]
    public void Tool_call_without_input_gets_empty_arguments()
    {
        var updates = Stream(
            Context(),
            ("contentBlockStart", """{"contentBlockIndex":0,"start":{"toolUse":{"name":"now","toolUseId":"t1"}}}"""),
            ("contentBlockStop", """{"contentBlockIndex":0}"""),
            ("messageStop", """{"stopReason":"tool_use"}"""));

        var call = Assert.IsType<FunctionCallContent>(Assert.Single(updates[0].Contents));
        Assert.Empty(call.Arguments!);
        Assert.Null(call.Exception);
    }

    [Fact]
    public void Malformed_streamed_tool_input_keeps_the_call_and_the_raw_text()
    {
        var updates = Stream(
            Context(),
            ("contentBlockStart", """{"contentBlockIndex":0,"start":{"toolUse":{"name":"f","toolUseId":"t1"}}}"""),
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"toolUse":{"input":"{\"a\": tru"}}}"""),
            ("contentBlockStop", """{"contentBlockIndex":0}"""),
            ("messageStop", """{"stopReason":"max_tokens"}"""));

        var call = Assert.IsType<FunctionCallContent>(Assert.Single(updates[0].Contents));
        Assert.Equal("t1", call.CallId);
        Assert.NotNull(call.Exception);
        Assert.Empty(call.Arguments!);
        Assert.Equal("{\"a\": tru", call.AdditionalProperties![ConverseResponseKeys.RawToolInput]);
        Assert.Equal(ChatFinishReason.Length, updates[1].FinishReason);
    }

    [Fact]
    public void Json_tool_streams_as_answer_text_with_stop_finish()
    {
        var updates = Stream(
            Context(jsonTool: "json"),
            Start,
            ("contentBlockStart", """{"contentBlockIndex":0,"start":{"toolUse":{"name":"json","toolUseId":"t1"}}}"""),
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"toolUse":{"input":"{\"name\":"}}}"""),
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"toolUse":{"input":"\"Ada\"}"}}}"""),
            ("contentBlockStop", """{"contentBlockIndex":0}"""),
            ("messageStop", """{"stopReason":"tool_use"}"""));

        var response = updates.ToChatResponse();
        Assert.Equal("""{"name":"Ada"}""", response.Text);
        Assert.Empty(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
    }

    [Fact]
    public void Json_tool_with_empty_input_answers_empty_object()
    {
        var updates = Stream(
            Context(jsonTool: "json"),
            ("contentBlockStart", """{"contentBlockIndex":0,"start":{"toolUse":{"name":"json","toolUseId":"t1"}}}"""),
            ("contentBlockStop", """{"contentBlockIndex":0}"""),
            ("messageStop", """{"stopReason":"tool_use"}"""));

        Assert.Equal("{}", updates.ToChatResponse().Text);
    }

    [Theory]
    [InlineData("end_turn", "stop")]
    [InlineData("stop_sequence", "stop")]
    [InlineData("max_tokens", "length")]
    [InlineData("model_context_window_exceeded", "length")]
    [InlineData("tool_use", "tool_calls")]
    [InlineData("guardrail_intervened", "content_filter")]
    [InlineData("content_filtered", "content_filter")]
    [InlineData("malformed_tool_use", "malformed_tool_use")]
    public void Maps_every_stop_reason(string stopReason, string expected)
    {
        var updates = Stream(Context(), ("messageStop", $$$$"""{"stopReason":"{{{{stopReason}}}}","additionalModelResponseFields":{"delta":{"stop_sequence":"END"}}}"""));

        var update = Assert.Single(updates);
        Assert.Equal(expected, update.FinishReason?.Value);
        Assert.Equal(stopReason, update.AdditionalProperties![ConverseResponseKeys.StopReason]);
        Assert.Equal("END", update.AdditionalProperties[ConverseResponseKeys.StopSequence]);
    }

    [Fact]
    public void Citation_deltas_become_annotations()
    {
        var updates = Stream(
            Context(),
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"text":"Revenue grew."}}"""),
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"citation":{"title":"Report","sourceContent":[{"text":"grew 12%"}],"location":{"documentChunk":{"documentIndex":2,"start":5,"end":6}}}}}"""),
            ("contentBlockStop", """{"contentBlockIndex":0}"""),
            ("messageStop", """{"stopReason":"end_turn"}"""));

        var annotation = Assert.IsType<CitationAnnotation>(Assert.Single(updates[1].Contents.Single().Annotations!));
        Assert.Equal("Report", annotation.Title);
        Assert.Equal("grew 12%", annotation.Snippet);
        Assert.Equal("documentChunk", annotation.AdditionalProperties![ConverseResponseKeys.CitationLocationType]);
        Assert.Equal(2L, annotation.AdditionalProperties[ConverseResponseKeys.CitationDocumentIndex]);
        Assert.Equal("Revenue grew.", updates.ToChatResponse().Text);
    }

    [Fact]
    public void Metadata_keeps_trace_performance_and_service_tier()
    {
        var updates = Stream(
            Context(),
            ("messageStop", """{"stopReason":"guardrail_intervened"}"""),
            ("metadata", """{"usage":{"inputTokens":1,"outputTokens":2,"totalTokens":3},"metrics":{"latencyMs":5},"trace":{"guardrail":{"actionReason":"blocked"}},"performanceConfig":{"latency":"optimized"},"serviceTier":{"type":"flex"}}"""));

        var properties = updates[1].AdditionalProperties!;
        Assert.Equal("blocked", ((JsonElement)properties[ConverseResponseKeys.Trace]!).GetProperty("guardrail").GetProperty("actionReason").GetString());
        Assert.Equal("optimized", ((JsonElement)properties[ConverseResponseKeys.PerformanceConfig]!).GetProperty("latency").GetString());
        Assert.Equal("flex", ((JsonElement)properties[ConverseResponseKeys.ServiceTier]!).GetProperty("type").GetString());
    }

    [Fact]
    public void Image_blocks_become_data_content()
    {
        var updates = Stream(
            Context(),
            ("contentBlockStart", """{"contentBlockIndex":0,"start":{"image":{"format":"jpeg"}}}"""),
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"image":{"source":{"bytes":"AQI="}}}}"""),
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"image":{"source":{"bytes":"Aw=="}}}}"""),
            ("contentBlockStop", """{"contentBlockIndex":0}"""),
            ("messageStop", """{"stopReason":"end_turn"}"""));

        var image = Assert.IsType<DataContent>(Assert.Single(updates[0].Contents));
        Assert.Equal("image/jpeg", image.MediaType);
        Assert.Equal(new byte[] { 1, 2, 3 }, image.Data.ToArray());
    }

    [Fact]
    public void Stream_without_message_stop_ends_cleanly_with_what_it_had()
    {
        var mapper = new ConverseStreamMapper(Context());
        var output = new List<ChatResponseUpdate>();
        mapper.Process("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"text":"partial"}}"""u8, output);

        mapper.Complete(output);
        Assert.False(mapper.SawMessageStop);
        Assert.Equal("partial", Assert.Single(output).Text);
        Assert.Null(output[0].FinishReason);
    }

    [Theory]
    [InlineData("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"unterminated}}")]
    [InlineData("contentBlockDelta", "{\"delta\":{\"text\":\"no index\"}}")]
    [InlineData("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"toolUse\":{\"input\":\"{}\"}}}")]
    [InlineData("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"reasoningContent\":{\"redactedContent\":\"***\"}}}")]
    [InlineData("contentBlockStop", "{}")]
    [InlineData("messageStop", "[")]
    [InlineData("metadata", "not json")]
    [InlineData("contentBlockStart", "{\"start\":{}}")]
    public void Malformed_event_payload_throws_protocol_exception(string eventType, string payload)
    {
        var mapper = new ConverseStreamMapper(Context());

        var e = Assert.Throws<BedrockProtocolException>(() => mapper.Process(eventType, Encoding.UTF8.GetBytes(payload), []));
        Assert.Contains(eventType, e.Message, StringComparison.Ordinal);
        Assert.Equal("5e2d7c1a-0b1c-4c1e-9f1e-2a3b4c5d6e7f", e.RequestId);
    }

    [Fact]
    public void Text_deltas_allocate_little_beyond_the_text()
    {
        var mapper = new ConverseStreamMapper(Context());
        var payload = """{"contentBlockIndex":0,"delta":{"text":"Hello"},"p":"abcdefghijklmnopqrstuvwxyz"}"""u8.ToArray();
        var output = new List<ChatResponseUpdate>(20_000);
        for (var i = 0; i < 1_000; i++)
        {
            mapper.Process("contentBlockDelta", payload, output);
        }

        output.Clear();
        const int Deltas = 10_000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Deltas; i++)
        {
            mapper.Process("contentBlockDelta", payload, output);
        }

        var perDelta = (GC.GetAllocatedBytesForCurrentThread() - before) / Deltas;
        const int TextString = 32; // "Hello" as a .NET string
        Assert.True(perDelta - TextString < 300, $"{perDelta} bytes per delta");
        Assert.Equal(Deltas, output.Count);
    }
}
