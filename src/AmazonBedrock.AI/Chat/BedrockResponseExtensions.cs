using System.Text.Json;
using AmazonBedrock.AI.Chat.Response;
using Microsoft.Extensions.AI;
using AmazonBedrock.AI.Transport;

namespace AmazonBedrock.AI;

/// <summary>
/// Typed access to the Bedrock details this library attaches to MEAI responses (warnings, stop reason, matched stop
/// sequence, latency, guardrail trace, performance configuration, service tier, additional model response fields).
/// </summary>
/// <remarks>
/// The values live in <c>AdditionalProperties</c> under <c>aws.bedrock.*</c> keys. On a streamed response rebuilt with
/// <c>ToChatResponse()</c> they sit on the assistant message; these accessors look in both places. Values survive
/// JSON round-tripping (for example <c>DistributedCachingChatClient</c>).
/// </remarks>
public static class BedrockResponseExtensions
{
    /// <summary>The key under which warnings are stored in <c>AdditionalProperties</c>.</summary>
    public const string WarningsKey = "aws.bedrock.warnings";

    /// <summary>The warnings produced while mapping the request (settings not honoured, content left out).</summary>
    public static IReadOnlyList<BedrockWarning> GetBedrockWarnings(this ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return ReadWarnings(Find(response, WarningsKey));
    }

    /// <summary>The warnings produced while mapping the request; they ride on the first update of a stream.</summary>
    public static IReadOnlyList<BedrockWarning> GetBedrockWarnings(this ChatResponseUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return ReadWarnings(update.AdditionalProperties?.GetValueOrDefault(WarningsKey));
    }

    /// <summary>Bedrock's raw <c>stopReason</c> (<c>end_turn</c>, <c>tool_use</c>, <c>max_tokens</c>, <c>guardrail_intervened</c>, …).</summary>
    public static string? GetBedrockStopReason(this ChatResponse response) => AsString(Find(response, ConverseResponseKeys.StopReason));

    /// <summary>The stop sequence that ended the answer, when the model reports it.</summary>
    public static string? GetBedrockStopSequence(this ChatResponse response) => AsString(Find(response, ConverseResponseKeys.StopSequence));

    /// <summary>The model latency Bedrock measured (<c>metrics.latencyMs</c>).</summary>
    public static TimeSpan? GetBedrockLatency(this ChatResponse response) =>
        Find(response, ConverseResponseKeys.LatencyMs) switch
        {
            long ms => TimeSpan.FromMilliseconds(ms),
            int ms => TimeSpan.FromMilliseconds(ms),
            JsonElement { ValueKind: JsonValueKind.Number } element when element.TryGetInt64(out var ms) => TimeSpan.FromMilliseconds(ms),
            _ => null,
        };

    /// <summary>The <c>trace</c> object (guardrail assessments, prompt router), when guardrail tracing was on.</summary>
    public static JsonElement? GetBedrockTrace(this ChatResponse response) => AsElement(Find(response, ConverseResponseKeys.Trace));

    /// <summary>The <c>performanceConfig</c> the service applied (latency-optimised inference).</summary>
    public static JsonElement? GetBedrockPerformanceConfig(this ChatResponse response) => AsElement(Find(response, ConverseResponseKeys.PerformanceConfig));

    /// <summary>The <c>serviceTier</c> the service applied.</summary>
    public static JsonElement? GetBedrockServiceTier(this ChatResponse response) => AsElement(Find(response, ConverseResponseKeys.ServiceTier));

    /// <summary>The <c>additionalModelResponseFields</c> the model returned (asked for with <c>AdditionalModelResponseFieldPaths</c>).</summary>
    public static JsonElement? GetBedrockAdditionalModelResponseFields(this ChatResponse response) => AsElement(Find(response, ConverseResponseKeys.AdditionalModelResponseFields));

    internal static void SetBedrockWarnings(this AdditionalPropertiesDictionary properties, IReadOnlyList<BedrockWarning> warnings) =>
        properties[WarningsKey] = warnings;

    private static object? Find(ChatResponse response, string key)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.AdditionalProperties?.TryGetValue(key, out var value) == true)
        {
            return value;
        }

        for (var i = response.Messages.Count - 1; i >= 0; i--)
        {
            if (response.Messages[i].AdditionalProperties?.TryGetValue(key, out value) == true)
            {
                return value;
            }
        }

        return null;
    }

    private static string? AsString(object? value) => value switch
    {
        string text => text,
        JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
        _ => null,
    };

    private static JsonElement? AsElement(object? value) => value is JsonElement element ? element : null;

    /// <summary>Reads stored warnings, as this library put them or as they come back from a JSON round trip.</summary>
    internal static IReadOnlyList<BedrockWarning> ReadWarnings(object? value) => value switch
    {
        IReadOnlyList<BedrockWarning> list => list,
        JsonElement { ValueKind: JsonValueKind.Array } element => [.. element.EnumerateArray().Select(ReadWarning)],
        _ => [],
    };

    // After a JSON round trip (response caching) warnings come back as plain JSON objects, with the property names of the
    // serializer's policy: AIJsonUtilities.DefaultOptions (what MEAI's caching clients use) writes them camelCase.
    private static BedrockWarning ReadWarning(JsonElement element) => new(
        WarningField(element, "Code"u8, "code"u8) ?? BedrockWarning.Other,
        WarningField(element, "Message"u8, "message"u8) ?? string.Empty,
        WarningField(element, "Setting"u8, "setting"u8));

    private static string? WarningField(JsonElement element, ReadOnlySpan<byte> name, ReadOnlySpan<byte> camelCaseName) =>
        element.GetStringOrNull(name) ?? element.GetStringOrNull(camelCaseName);
}
