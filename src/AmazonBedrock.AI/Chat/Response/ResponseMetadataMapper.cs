using System.Text.Json;
using Microsoft.Extensions.AI;
using AmazonBedrock.AI.Transport;

namespace AmazonBedrock.AI.Chat.Response;

/// <summary>
/// Copies the response members MEAI has no property for into <c>AdditionalProperties</c>. The same members appear on
/// the Converse response and on the stream's <c>messageStop</c> and <c>metadata</c> events, so both paths share this.
/// </summary>
internal static class ResponseMetadataMapper
{
    private static readonly string[] KnownStopReasons =
        ["end_turn", "tool_use", "max_tokens", "stop_sequence", "guardrail_intervened", "content_filtered", "model_context_window_exceeded"];

    /// <summary>From a Converse response or a <c>messageStop</c> event: the raw stop reason and the model's extra fields.</summary>
    /// <returns>The raw stop reason, or null.</returns>
    public static string? AddStopDetails(JsonElement source, AdditionalPropertiesDictionary properties)
    {
        var stopReason = StopReason(source);
        if (stopReason is not null)
        {
            properties[ConverseResponseKeys.StopReason] = stopReason;
        }

        if (source.TryGetProperty("additionalModelResponseFields"u8, out var fields) && fields.ValueKind is not JsonValueKind.Null and not JsonValueKind.Undefined)
        {
            properties[ConverseResponseKeys.AdditionalModelResponseFields] = fields;
            if (fields.ValueKind == JsonValueKind.Object && fields.TryGetObject("delta"u8, out var delta) && delta.GetStringOrNull("stop_sequence"u8) is { } stopSequence)
            {
                properties[ConverseResponseKeys.StopSequence] = stopSequence;
            }
        }

        return stopReason;
    }

    /// <summary>From a Converse response or a <c>metadata</c> event: latency, trace, performance config, service tier, cache details.</summary>
    public static void AddServiceDetails(JsonElement source, AdditionalPropertiesDictionary properties)
    {
        if (source.TryGetObject("metrics"u8, out var metrics) && metrics.GetInt64OrNull("latencyMs"u8) is { } latency)
        {
            properties[ConverseResponseKeys.LatencyMs] = latency;
        }

        CopyObject(source, "trace"u8, ConverseResponseKeys.Trace, properties);
        CopyObject(source, "performanceConfig"u8, ConverseResponseKeys.PerformanceConfig, properties);
        CopyObject(source, "serviceTier"u8, ConverseResponseKeys.ServiceTier, properties);

        if (source.TryGetObject("usage"u8, out var usage) && usage.TryGetArray("cacheDetails"u8, out var cacheDetails))
        {
            properties[ConverseResponseKeys.CacheDetails] = cacheDetails;
        }
    }

    /// <summary><c>stopReason</c>, with the service's own values shared rather than allocated per response.</summary>
    private static string? StopReason(JsonElement source)
    {
        if (!source.TryGetProperty("stopReason"u8, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        foreach (var known in KnownStopReasons)
        {
            if (value.ValueEquals(known))
            {
                return known;
            }
        }

        return value.GetString();
    }

    private static void CopyObject(JsonElement source, ReadOnlySpan<byte> member, string key, AdditionalPropertiesDictionary properties)
    {
        if (source.TryGetObject(member, out var value))
        {
            properties[key] = value;
        }
    }
}
