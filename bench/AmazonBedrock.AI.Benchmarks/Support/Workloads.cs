using System.Text.Json;
using AmazonBedrock.AI.Emulator;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Benchmarks.Support;

/// <summary>The inputs of the workloads: prompts, options, tools and history, built once.</summary>
internal static class Workloads
{
    public const string ModelId = "amazon.nova-lite-v1:0";

    public const string ToolModelId = "us.anthropic.claude-sonnet-4-5-20250929-v1:0";

    public static readonly BedrockEmulatorOptions EmulatorDefaults = new();

    /// <summary>W1: one short user prompt.</summary>
    public static ChatMessage[] SmallPrompt { get; } = [new(ChatRole.User, "What is the capital of France? Answer in two sentences.")];

    public static ChatOptions SmallOptions { get; } = new() { MaxOutputTokens = 300, Temperature = 0.2f };

    /// <summary>W5: two tools with JSON schemas.</summary>
    public static ChatOptions ToolOptions { get; } = new()
    {
        MaxOutputTokens = 1024,
        Tools =
        [
            AIFunctionFactory.CreateDeclaration(
                "get_forecast",
                "Gets the weather forecast for a city for the next days.",
                JsonDocument.Parse("""
                    {"type":"object","properties":{"city":{"type":"string","description":"City name"},
                    "unit":{"type":"string","enum":["celsius","fahrenheit"]},"days":{"type":"integer","minimum":1,"maximum":14}},
                    "required":["city"],"additionalProperties":false}
                    """).RootElement),
            AIFunctionFactory.CreateDeclaration(
                "search_flights",
                "Searches direct flights between two airports on a date.",
                JsonDocument.Parse("""
                    {"type":"object","properties":{"from":{"type":"string","pattern":"^[A-Z]{3}$"},"to":{"type":"string","pattern":"^[A-Z]{3}$"},
                    "date":{"type":"string","format":"date"},"passengers":{"type":"integer","minimum":1},
                    "cabin":{"type":"string","enum":["economy","premium","business","first"]},
                    "filters":{"type":"object","properties":{"maxStops":{"type":"integer"},"airlines":{"type":"array","items":{"type":"string"}}}}},
                    "required":["from","to","date"],"additionalProperties":false}
                    """).RootElement),
        ],
    };

    /// <summary>W5: a system prompt and a 10-turn history (one of the turns a tool call and its result), ending on a user question.</summary>
    public static ChatMessage[] ToolHistory { get; } = BuildHistory();

    private static ChatMessage[] BuildHistory()
    {
        var messages = new List<ChatMessage> { new(ChatRole.System, "You are a travel assistant. Use the tools when they help; answer briefly.") };
        for (var turn = 0; turn < 4; turn++)
        {
            messages.Add(new(ChatRole.User, $"Question {turn}: I am planning a trip in spring; what should I pack for a week of city walks and museums?"));
            messages.Add(new(ChatRole.Assistant, $"Answer {turn}: light layers, a rain jacket, comfortable shoes, a day bag and an adapter for the sockets."));
        }

        messages.Add(new(ChatRole.User, "Which flights go from Boston to Paris on the first of May?"));
        messages.Add(new(ChatRole.Assistant, [new FunctionCallContent("tooluse_Qh3LyhK5SpuXKw8Nm1uS2w", "search_flights", new Dictionary<string, object?> { ["from"] = "BOS", ["to"] = "CDG", ["date"] = "2026-05-01" })]));
        messages.Add(new(ChatRole.Tool, [new FunctionResultContent("tooluse_Qh3LyhK5SpuXKw8Nm1uS2w", "[{\"flight\":\"AF333\",\"departs\":\"18:30\"},{\"flight\":\"DL224\",\"departs\":\"21:05\"}]")]));
        messages.Add(new(ChatRole.Assistant, "Air France AF333 leaves at 18:30 and Delta DL224 at 21:05."));
        messages.Add(new(ChatRole.User, "And what will the weather be like in Paris that week?"));
        return [.. messages];
    }

    /// <summary>A provider with explicit credentials whose HTTP client replays canned bytes.</summary>
    public static BedrockProvider ReplayProvider(byte[] converseBody, byte[] streamBody, byte[]? invokeBody = null) => new(new BedrockProviderOptions
    {
        Region = "us-east-1",
        AccessKeyId = EmulatorDefaults.AccessKeyId,
        SecretAccessKey = EmulatorDefaults.SecretAccessKey,
        ReadEnvironment = false,
        HttpMessageHandler = new ReplayHandler(converseBody, streamBody, invokeBody),
    });

    /// <summary>A provider with explicit credentials talking to an emulator.</summary>
    public static BedrockProvider EmulatorProvider(Uri baseUri) => new(new BedrockProviderOptions
    {
        Region = "us-east-1",
        AccessKeyId = EmulatorDefaults.AccessKeyId,
        SecretAccessKey = EmulatorDefaults.SecretAccessKey,
        ReadEnvironment = false,
        BaseUri = baseUri,
    });
}
