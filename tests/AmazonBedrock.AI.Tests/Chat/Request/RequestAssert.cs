using System.Text;
using System.Text.Json.Nodes;
using AmazonBedrock.AI.Chat.Request;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Chat.Request;

/// <summary>Builds request bodies and compares them with expected JSON, key order included.</summary>
internal static class RequestAssert
{
    public const string Claude = "anthropic.claude-3-5-sonnet-20241022-v2:0";

    public static ConverseRequestPlan Build(IEnumerable<ChatMessage> messages, ChatOptions? options = null, string modelId = Claude,
        BedrockChatClientSettings? settings = null, bool streaming = false, Func<Uri, CancellationToken, Task<DataContent>>? download = null) =>
        ConverseRequestBuilder.BuildAsync(messages, options, new ConverseRequestContext
        {
            ModelId = modelId,
            Settings = settings ?? new BedrockChatClientSettings(),
            Streaming = streaming,
            DownloadAsync = download,
        }, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public static JsonObject Body(ConverseRequestPlan plan) => JsonNode.Parse(Encoding.UTF8.GetString(plan.Body))!.AsObject();

    public static JsonObject Body(IEnumerable<ChatMessage> messages, ChatOptions? options = null, string modelId = Claude, BedrockChatClientSettings? settings = null, bool streaming = false) =>
        Body(Build(messages, options, modelId, settings, streaming));

    /// <summary>Exact comparison, key order included.</summary>
    public static void Equal(string expectedJson, JsonNode? actual) =>
        Assert.Equal(JsonNode.Parse(expectedJson)!.ToJsonString(), actual?.ToJsonString());

    public static ChatMessage User(string text) => new(ChatRole.User, text);
}
