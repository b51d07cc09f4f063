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
    public static UsageDetails Map(JsonElement usage)
    {
        var input = usage.GetInt64OrNull("inputTokens"u8);
        var output = usage.GetInt64OrNull("outputTokens"u8);
        var total = usage.GetInt64OrNull("totalTokens"u8);
        var cacheRead = usage.GetInt64OrNull("cacheReadInputTokens"u8);
        var cacheWrite = usage.GetInt64OrNull("cacheWriteInputTokens"u8);

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
}
