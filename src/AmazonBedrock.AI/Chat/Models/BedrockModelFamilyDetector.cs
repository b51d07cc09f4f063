namespace AmazonBedrock.AI;

/// <summary>Recognises the model family from a Bedrock model id, inference profile id or ARN.</summary>
public static class BedrockModelFamilyDetector
{
    // Cross-region and geographic inference profile prefixes that sit in front of "provider.model".
    private static readonly string[] RegionPrefixes = ["us-gov.", "global.", "apac.", "us.", "eu.", "ca.", "jp.", "au.", "apne1.", "apne3.", "usgov."];

    private static readonly (string Prefix, BedrockModelFamily Family)[] ProviderPrefixes =
    [
        ("anthropic.", BedrockModelFamily.Anthropic),
        ("amazon.nova", BedrockModelFamily.AmazonNova),
        ("amazon.titan", BedrockModelFamily.AmazonTitan),
        ("meta.", BedrockModelFamily.MetaLlama),
        ("mistral.", BedrockModelFamily.Mistral),
        ("cohere.", BedrockModelFamily.Cohere),
        ("deepseek.", BedrockModelFamily.DeepSeek),
        ("openai.", BedrockModelFamily.OpenAI),
        ("ai21.", BedrockModelFamily.AI21),
        ("writer.", BedrockModelFamily.Writer),
        ("qwen.", BedrockModelFamily.Qwen),
    ];

    /// <summary>
    /// Returns the family of <paramref name="modelId"/>: plain ids (<c>anthropic.claude-…</c>), cross-region profiles
    /// (<c>us.</c>, <c>eu.</c>, <c>apac.</c>, <c>global.</c>, <c>us-gov.</c> …) and ARNs whose last segment names the model.
    /// Application inference profiles hide the model: set <see cref="BedrockChatClientSettings.Family"/> for them.
    /// </summary>
    public static BedrockModelFamily Detect(string modelId)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        var id = StripToModelName(modelId).ToLowerInvariant();
        foreach (var (prefix, family) in ProviderPrefixes)
        {
            if (id.StartsWith(prefix, StringComparison.Ordinal))
            {
                return family;
            }
        }

        return BedrockModelFamily.Unknown;
    }

    /// <summary>The "provider.model" part of an id: the ARN resource name without its type and any region prefix.</summary>
    internal static string StripToModelName(string modelId)
    {
        var id = modelId.Trim();
        if (id.StartsWith("arn:", StringComparison.OrdinalIgnoreCase))
        {
            var slash = id.LastIndexOf('/');
            id = slash >= 0 ? id[(slash + 1)..] : id;
        }

        foreach (var prefix in RegionPrefixes)
        {
            if (id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && id.IndexOf('.', prefix.Length) > prefix.Length)
            {
                return id[prefix.Length..];
            }
        }

        return id;
    }
}
