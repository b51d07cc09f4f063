using System.Text;
using AmazonBedrock.AI.Chat.Response;
using Microsoft.Extensions.AI;
using static AmazonBedrock.AI.Tests.Chat.Response.ResponseTestHelpers;

namespace AmazonBedrock.AI.Tests.Chat.Response;

public class StreamingEquivalenceTests
{
    [Fact]
    public void Streamed_reasoning_text_and_tool_call_equal_the_non_streaming_response()
    {
        var names = new Dictionary<string, string> { ["get_weather"] = "get.weather" };
        var nonStreaming = Map(
            """
            {"output":{"message":{"role":"assistant","content":[
               {"reasoningContent":{"reasoningText":{"text":"Need weather. Call tool.","signature":"c2lnbmF0dXJl"}}},
               {"text":"Let me check the weather."},
               {"toolUse":{"toolUseId":"tooluse_1","name":"get_weather","input":{"city":"Paris","unit":"celsius"}}}]}},
             "stopReason":"tool_use",
             "usage":{"inputTokens":57,"outputTokens":41,"totalTokens":1322,"cacheReadInputTokens":1024,"cacheWriteInputTokens":200},
             "metrics":{"latencyMs":1450},"p":"abc"}
            """,
            Context(names: names));

        var streamed = Stream(
            Context(names: names),
            ("messageStart", """{"role":"assistant","p":"abcdef"}"""),
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"reasoningContent":{"text":"Need weather. "}},"p":"a"}"""),
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"reasoningContent":{"text":"Call tool."}}}"""),
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"reasoningContent":{"signature":"c2lnbmF0dXJl"}}}"""),
            ("contentBlockStop", """{"contentBlockIndex":0}"""),
            ("contentBlockDelta", """{"contentBlockIndex":1,"delta":{"text":"Let me check "}}"""),
            ("contentBlockDelta", """{"contentBlockIndex":1,"delta":{"text":"the weather."}}"""),
            ("contentBlockStop", """{"contentBlockIndex":1}"""),
            ("contentBlockStart", """{"contentBlockIndex":2,"start":{"toolUse":{"toolUseId":"tooluse_1","name":"get_weather"}}}"""),
            ("contentBlockDelta", """{"contentBlockIndex":2,"delta":{"toolUse":{"input":"{\"city\":\"Par"}}}"""),
            ("contentBlockDelta", """{"contentBlockIndex":2,"delta":{"toolUse":{"input":"is\",\"unit\":\"celsius\"}"}}}"""),
            ("contentBlockStop", """{"contentBlockIndex":2}"""),
            ("messageStop", """{"stopReason":"tool_use"}"""),
            ("metadata", """{"usage":{"inputTokens":57,"outputTokens":41,"totalTokens":1322,"cacheReadInputTokens":1024,"cacheWriteInputTokens":200},"metrics":{"latencyMs":1450}}""")).ToChatResponse();

        Assert.Equal(Describe(nonStreaming), Describe(streamed));
        Assert.Equal(nonStreaming.ResponseId, streamed.ResponseId);
        Assert.Equal(nonStreaming.ModelId, streamed.ModelId);
        Assert.Equal(nonStreaming.Messages[0].MessageId, streamed.Messages[0].MessageId);
    }

    [Fact]
    public void Streamed_json_tool_answer_equals_the_non_streaming_response()
    {
        var nonStreaming = Map(
            """
            {"output":{"message":{"role":"assistant","content":[{"toolUse":{"toolUseId":"t1","name":"json","input":{"name":"Ada","age":36}}}]}},
             "stopReason":"tool_use","usage":{"inputTokens":5,"outputTokens":7,"totalTokens":12},"metrics":{"latencyMs":1}}
            """,
            Context(jsonTool: "json"));

        var streamed = Stream(
            Context(jsonTool: "json"),
            ("contentBlockStart", """{"contentBlockIndex":0,"start":{"toolUse":{"toolUseId":"t1","name":"json"}}}"""),
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"toolUse":{"input":"{\"name\":\"Ada\","}}}"""),
            ("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"toolUse":{"input":"\"age\":36}"}}}"""),
            ("contentBlockStop", """{"contentBlockIndex":0}"""),
            ("messageStop", """{"stopReason":"tool_use"}"""),
            ("metadata", """{"usage":{"inputTokens":5,"outputTokens":7,"totalTokens":12},"metrics":{"latencyMs":1}}""")).ToChatResponse();

        Assert.Equal(Describe(nonStreaming), Describe(streamed));
    }

    /// <summary>A canonical text form of what must match: contents in order, finish reason and usage.</summary>
    private static string Describe(ChatResponse response)
    {
        var builder = new StringBuilder();
        foreach (var message in response.Messages)
        {
            builder.Append("message ").Append(message.Role).AppendLine();
            foreach (var content in message.Contents)
            {
                _ = content switch
                {
                    TextReasoningContent r => builder.Append("reasoning ").Append(r.Text).Append(" | ").Append(r.ProtectedData),
                    TextContent t => builder.Append("text ").Append(t.Text),
                    FunctionCallContent c => builder.Append("call ").Append(c.CallId).Append(' ').Append(c.Name).Append(' ')
                        .AppendJoin(",", c.Arguments!.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}")),
                    _ => builder.Append(content.GetType().Name),
                };
                builder.AppendLine();
            }
        }

        var usage = response.Usage!;
        builder.Append("finish ").Append(response.FinishReason).AppendLine()
            .Append("usage ").Append(usage.InputTokenCount).Append('/').Append(usage.OutputTokenCount).Append('/').Append(usage.TotalTokenCount)
            .Append('/').Append(usage.CachedInputTokenCount)
            .AppendJoin(",", (usage.AdditionalCounts ?? []).OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"));
        return builder.ToString();
    }
}
