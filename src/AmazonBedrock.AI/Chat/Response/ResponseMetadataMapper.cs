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
    public static string? AddStopDetails(in ConverseMembers source, AdditionalPropertiesDictionary properties)
    {
        var stopReason = StopReason(source.StopReason);
        if (stopReason is not null)
        {
            properties[ConverseResponseKeys.StopReason] = stopReason;
        }

        var fields = source.AdditionalModelResponseFields;
        if (fields.ValueKind != JsonValueKind.Undefined)
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
    /// <param name="source">The members.</param>
    /// <param name="cacheDetails">The usage's <c>cacheDetails</c> array, read with the usage (<see cref="UsageMapper"/>).</param>
    /// <param name="properties">Where they go.</param>
    public static void AddServiceDetails(in ConverseMembers source, JsonElement cacheDetails, AdditionalPropertiesDictionary properties)
    {
        if (source.Metrics.ValueKind == JsonValueKind.Object && source.Metrics.GetInt64OrNull("latencyMs"u8) is { } latency)
        {
            properties[ConverseResponseKeys.LatencyMs] = latency;
        }

        CopyObject(source.Trace, ConverseResponseKeys.Trace, properties);
        CopyObject(source.PerformanceConfig, ConverseResponseKeys.PerformanceConfig, properties);
        CopyObject(source.ServiceTier, ConverseResponseKeys.ServiceTier, properties);
        if (cacheDetails.ValueKind == JsonValueKind.Array)
        {
            properties[ConverseResponseKeys.CacheDetails] = cacheDetails;
        }
    }

    /// <summary><c>stopReason</c>, with the service's own values shared rather than allocated per response.</summary>
    private static string? StopReason(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
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

    private static void CopyObject(JsonElement value, string key, AdditionalPropertiesDictionary properties)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            properties[key] = value;
        }
    }
}
