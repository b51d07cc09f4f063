using System.Text.Json;
using Microsoft.Extensions.AI;
using AmazonBedrock.AI.Transport;

namespace AmazonBedrock.AI.Chat.Response;

/// <summary>Bedrock <c>usage</c> → MEAI <see cref="UsageDetails"/>.</summary>
/// <remarks>
/// Bedrock's <c>inputTokens</c> counts only the uncached part of the prompt; cache reads and writes are reported
/// beside it (and included in <c>totalTokens</c>). MEAI documents <c>CachedInputTokenCount</c> as part of
/// <c>InputTokenCount</c>, so <c>InputTokenCount</c> = inputTokens + cacheReadInputTokens + cacheWriteInputTokens,
/// which keeps Input + Output = Total as the service reports it.
/// </remarks>
internal static class UsageMapper
{
    /// <summary>Maps <c>usage</c> in one pass, handing back its <c>cacheDetails</c> array (or an undefined element).</summary>
    public static UsageDetails Map(JsonElement usage, out JsonElement cacheDetails)
    {
        long? input = null, output = null, total = null, cacheRead = null, cacheWrite = null;
        cacheDetails = default;
        foreach (var property in usage.EnumerateObject())
        {
            var name = ConverseMembers.NameOf(property);
            var value = property.Value;
            if (name.SequenceEqual("inputTokens"u8))
            {
                input = Count(value);
            }
            else if (name.SequenceEqual("outputTokens"u8))
            {
                output = Count(value);
            }
            else if (name.SequenceEqual("totalTokens"u8))
            {
                total = Count(value);
            }
            else if (name.SequenceEqual("cacheReadInputTokens"u8))
            {
                cacheRead = Count(value);
            }
            else if (name.SequenceEqual("cacheWriteInputTokens"u8))
            {
                cacheWrite = Count(value);
            }
            else if (name.SequenceEqual("cacheDetails"u8))
            {
                cacheDetails = value.ValueKind == JsonValueKind.Array ? value : default;
            }
        }

        var details = new UsageDetails
        {
            InputTokenCount = input is null && cacheRead is null && cacheWrite is null ? null : (input ?? 0) + (cacheRead ?? 0) + (cacheWrite ?? 0),
            OutputTokenCount = output,
            TotalTokenCount = total ?? (input is null && output is null ? null : (input ?? 0) + (cacheRead ?? 0) + (cacheWrite ?? 0) + (output ?? 0)),
            CachedInputTokenCount = cacheRead,
        };

        if (cacheRead is not null || cacheWrite is not null)
        {
            details.AdditionalCounts = [];
            if (cacheWrite is { } write)
            {
                details.AdditionalCounts[ConverseResponseKeys.CacheWriteInputTokens] = write;
            }

            if (cacheRead is { } read)
            {
                details.AdditionalCounts[ConverseResponseKeys.CacheReadInputTokens] = read;
            }
        }

        return details;
    }

    private static long? Count(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;
}
