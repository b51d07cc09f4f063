using System.Collections.Concurrent;

namespace AmazonBedrock.AI.Chat.Models;

/// <summary>
/// The per-model facts the request mapping needs: the family table plus the model-level rules for individual ids
/// (Claude output limits, adaptive thinking, sampling and forced-tool rejections; gpt-oss; Nova 2 Lite).
/// Profiles are cached per (id, family), so the string matching runs once per model, not per request.
/// </summary>
internal sealed record BedrockModelProfile(
    BedrockModelFamily Family,
    BedrockFamilyCapabilities Capabilities,
    int MaxOutputTokens,
    bool SupportsAdaptiveThinking,
    bool RejectsSamplingParameters,
    bool RejectsForcedToolUse,
    bool SupportsStrictTools,
    bool SupportsNativeStructuredOutput,
    bool IsGptOss,
    bool IsNova2Lite)
{
    /// <summary>
    /// Enough for every model an application uses. Per-call <c>ChatOptions.ModelId</c> values are caller input, so the
    /// process-wide cache stops growing here and further ids are profiled per call instead.
    /// </summary>
    private const int MaxCachedProfiles = 1024;

    private static readonly ConcurrentDictionary<(string, BedrockModelFamily?), BedrockModelProfile> Cache = new();

    // Claude rows: first substring hit wins (order matters: specific before general).
    private static readonly ClaudeRow[] ClaudeRows =
    [
        new("claude-sonnet-5-5", 128000, NativeSo: true, Adaptive: true, RejectsSampling: true, RejectsForcedTools: true),
        new("claude-opus-5-5", 128000, true, true, true, true),
        new("claude-opus-5", 128000, true, true, true, false),
        new("claude-fable-5-1", 128000, true, true, true, true),
        new("claude-fable-5", 128000, true, true, true, false),
        new("claude-opus-4-8", 128000, true, true, true, false),
        new("claude-opus-4-7", 128000, true, true, true, false),
        new("claude-sonnet-5", 128000, true, true, true, false),
        new("claude-sonnet-4-6", 128000, true, true, false, false),
        new("claude-opus-4-6", 128000, true, true, false, false),
        new("claude-sonnet-4-5", 64000, true, false, false, false),
        new("claude-opus-4-5", 64000, true, false, false, false),
        new("claude-haiku-4-5", 64000, true, false, false, false),
        new("claude-opus-4-1", 32000, true, false, false, false),
        new("claude-sonnet-4", 64000, false, false, false, false),
        new("claude-opus-4", 32000, false, false, false, false),
        // Claude 3.7 Sonnet writes up to 64K tokens and 3.5 up to 8K; treating them as 4K Claude 3 models capped thinking below its budget.
        new("claude-3-7", 64000, false, false, false, false),
        new("claude-3-5", 8192, false, false, false, false),
        new("claude-3", 4096, false, false, false, false),
        new("claude-instant", 4096, false, false, false, false),
        new("claude-v2", 4096, false, false, false, false),
        new("claude-2", 4096, false, false, false, false),
    ];

    // Bedrock rejects `strict` and native output format for these, whatever Anthropic's own API accepts.
    private static readonly string[] NoStrictOrNativeOutput = ["claude-opus-4-7", "claude-opus-4-8", "claude-opus-5", "claude-fable-5", "claude-sonnet-5"];

    // Native output is unreliable on these (runs to the token cap), so Auto picks the JSON tool.
    private static readonly string[] NoAutomaticNativeOutput = ["claude-sonnet-4-6", "claude-haiku-4-5"];

    /// <summary>Whether Auto structured output may pick native output for this model.</summary>
    public bool AutoPrefersNativeStructuredOutput { get; init; }

    /// <summary>The profile for <paramref name="modelId"/>, with an explicit family taking precedence over detection.</summary>
    public static BedrockModelProfile For(string modelId, BedrockModelFamily? explicitFamily)
    {
        var key = (modelId, explicitFamily);
        if (Cache.TryGetValue(key, out var profile))
        {
            return profile;
        }

        profile = Create(modelId, explicitFamily);
        if (Cache.Count < MaxCachedProfiles)
        {
            Cache.TryAdd(key, profile);
        }

        return profile;
    }

    private static BedrockModelProfile Create(string modelId, BedrockModelFamily? explicitFamily)
    {
        var family = explicitFamily ?? BedrockModelFamilyDetector.Detect(modelId);
        var capabilities = BedrockFamilyCapabilities.For(family);
        var name = BedrockModelFamilyDetector.StripToModelName(modelId).ToLowerInvariant();

        if (family == BedrockModelFamily.Anthropic)
        {
            var row = FindClaudeRow(name);
            var noNative = NoStrictOrNativeOutput.Any(name.Contains);
            var native = row.NativeSo && !noNative;
            return new BedrockModelProfile(family, capabilities, row.MaxOutput, row.Adaptive, row.RejectsSampling, row.RejectsForcedTools,
                SupportsStrictTools: !noNative, SupportsNativeStructuredOutput: native, IsGptOss: false, IsNova2Lite: false)
            {
                // An id that hides the model (application profile) with an explicit family is trusted to support it.
                AutoPrefersNativeStructuredOutput = (native || (explicitFamily is not null && !name.Contains("claude", StringComparison.Ordinal)))
                    && !NoAutomaticNativeOutput.Any(name.Contains),
            };
        }

        var isGptOss = family == BedrockModelFamily.OpenAI && name.StartsWith("openai.gpt-oss-", StringComparison.Ordinal);
        return new BedrockModelProfile(family, capabilities, MaxOutputTokens: 0, SupportsAdaptiveThinking: false, RejectsSamplingParameters: false,
            RejectsForcedToolUse: false, SupportsStrictTools: family != BedrockModelFamily.Unknown, capabilities.SupportsNativeStructuredOutput,
            isGptOss, IsNova2Lite: name.Contains("nova-2-lite", StringComparison.Ordinal))
        {
            AutoPrefersNativeStructuredOutput = capabilities.SupportsNativeStructuredOutput,
        };
    }

    private static ClaudeRow FindClaudeRow(string name)
    {
        foreach (var row in ClaudeRows)
        {
            if (name.Contains(row.Marker, StringComparison.Ordinal))
            {
                return row;
            }
        }

        // A Claude id newer than the table (or a hidden id) is assumed to behave like the newest generation.
        return name.Contains("claude-", StringComparison.Ordinal)
            ? new ClaudeRow("claude-", 128000, true, true, true, false)
            : new ClaudeRow(string.Empty, 64000, true, false, false, false);
    }

    private sealed record ClaudeRow(string Marker, int MaxOutput, bool NativeSo, bool Adaptive, bool RejectsSampling, bool RejectsForcedTools);
}
