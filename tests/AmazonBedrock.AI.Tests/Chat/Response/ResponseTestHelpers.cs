using System.Text;
using AmazonBedrock.AI.Chat.Response;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Chat.Response;

internal static class ResponseTestHelpers
{
    public static readonly DateTimeOffset Created = new(2025, 3, 4, 5, 6, 7, TimeSpan.Zero);

    public static ConverseResponseContext Context(
        string? jsonTool = null,
        IReadOnlyDictionary<string, string>? names = null,
        IReadOnlyList<BedrockWarning>? warnings = null) => new()
        {
            ModelId = "anthropic.claude-3-7-sonnet-20250219-v1:0",
            RequestId = "5e2d7c1a-0b1c-4c1e-9f1e-2a3b4c5d6e7f",
            JsonResponseToolName = jsonTool,
            ToolNameMap = names ?? new Dictionary<string, string>(),
            Warnings = warnings ?? [],
            CreatedAt = Created,
        };

    public static ChatResponse Map(string json, ConverseResponseContext? context = null) =>
        ConverseResponseMapper.Map(Encoding.UTF8.GetBytes(json), context ?? Context());

    /// <summary>Feeds (eventType, payload) pairs and completes the stream.</summary>
    public static List<ChatResponseUpdate> Stream(ConverseResponseContext context, params (string EventType, string Payload)[] events)
    {
        var mapper = new ConverseStreamMapper(context);
        var output = new List<ChatResponseUpdate>();
        foreach (var (eventType, payload) in events)
        {
            mapper.Process(eventType, Encoding.UTF8.GetBytes(payload), output);
        }

        mapper.Complete(output);
        return output;
    }
}
