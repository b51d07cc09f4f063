namespace AmazonBedrock.AI.Provider;

/// <summary>
/// The wire values and checks shared by Converse (which takes these settings in its body) and InvokeModel (which takes
/// them as <c>X-Amzn-Bedrock-*</c> headers), so both spell and check them the same way.
/// </summary>
internal static class BedrockOptionValues
{
    /// <summary>The longest request-metadata key or value Bedrock accepts.</summary>
    public const int MaxMetadataLength = 256;

    public static string ServiceTier(BedrockServiceTier tier) => tier switch
    {
        BedrockServiceTier.Priority => "priority",
        BedrockServiceTier.Flex => "flex",
        BedrockServiceTier.Reserved => "reserved",
        _ => "default",
    };

    public static string Latency(BedrockLatency latency) => latency == BedrockLatency.Optimized ? "optimized" : "standard";

    /// <summary>Throws unless the guardrail names both its identifier and its version.</summary>
    public static void RequireComplete(BedrockGuardrailConfig guardrail)
    {
        if (string.IsNullOrWhiteSpace(guardrail.GuardrailIdentifier) || string.IsNullOrWhiteSpace(guardrail.GuardrailVersion))
        {
            throw new ArgumentException("GuardrailConfig needs both GuardrailIdentifier and GuardrailVersion.", nameof(guardrail));
        }
    }

    /// <summary>Bedrock's limits on one request-metadata entry.</summary>
    public static void ValidateMetadata(string? key, string? value)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxMetadataLength || value is null || value.Length > MaxMetadataLength)
        {
            throw new ArgumentException($"RequestMetadata keys must be 1-{MaxMetadataLength} characters and values at most {MaxMetadataLength}.", "options");
        }
    }
}
