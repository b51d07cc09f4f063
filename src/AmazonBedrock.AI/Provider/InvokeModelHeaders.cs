using System.Text;
using System.Text.Json;

namespace AmazonBedrock.AI.Provider;

/// <summary>
/// InvokeModel's optional request headers (<c>X-Amzn-Bedrock-*</c>): the guardrail, latency, service tier and request
/// metadata settings that Converse takes in its body, for embedding and image calls. They are signed like any header.
/// </summary>
internal static class InvokeModelHeaders
{
    /// <summary>The longest request-metadata key or value Bedrock accepts.</summary>
    public const int MaxMetadataLength = 256;

    /// <summary>The headers for the given settings, or null when none is set.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>>? For(
        BedrockGuardrailConfig? guardrail,
        BedrockLatency? latency,
        BedrockServiceTier? serviceTier,
        IDictionary<string, string>? requestMetadata,
        ModelWarnings warnings)
    {
        List<KeyValuePair<string, string>>? headers = null;
        void Add(string name, string value) => (headers ??= []).Add(new(name, value));

        if (guardrail is not null)
        {
            if (string.IsNullOrWhiteSpace(guardrail.GuardrailIdentifier) || string.IsNullOrWhiteSpace(guardrail.GuardrailVersion))
            {
                throw new ArgumentException("GuardrailConfig needs both GuardrailIdentifier and GuardrailVersion.", nameof(guardrail));
            }

            Add("X-Amzn-Bedrock-GuardrailIdentifier", guardrail.GuardrailIdentifier);
            Add("X-Amzn-Bedrock-GuardrailVersion", guardrail.GuardrailVersion);
            if (guardrail.Trace is { } trace)
            {
                Add("X-Amzn-Bedrock-Trace", trace switch
                {
                    BedrockGuardrailTrace.Enabled => "ENABLED",
                    BedrockGuardrailTrace.EnabledFull => "ENABLED_FULL",
                    _ => "DISABLED",
                });
            }

            if (guardrail.StreamProcessingMode is not null)
            {
                warnings.Unsupported("GuardrailConfig.StreamProcessingMode", "InvokeModel calls are not streamed; the stream processing mode was not sent.");
            }
        }

        if (latency is { } value)
        {
            Add("X-Amzn-Bedrock-PerformanceConfig-Latency", value == BedrockLatency.Optimized ? "optimized" : "standard");
        }

        if (serviceTier is { } tier)
        {
            Add("X-Amzn-Bedrock-Service-Tier", tier switch
            {
                BedrockServiceTier.Priority => "priority",
                BedrockServiceTier.Flex => "flex",
                BedrockServiceTier.Reserved => "reserved",
                _ => "default",
            });
        }

        if (requestMetadata is { Count: > 0 })
        {
            // A JSON object as the header value; the writer escapes every non-ASCII character, as a header needs.
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                foreach (var (key, text) in requestMetadata)
                {
                    ValidateMetadata(key, text);
                    writer.WriteString(key, text);
                }

                writer.WriteEndObject();
            }

            Add("X-Amzn-Bedrock-Request-Metadata", Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        return headers;
    }

    /// <summary>Bedrock's limits on one request-metadata entry (the same for Converse and InvokeModel).</summary>
    public static void ValidateMetadata(string? key, string? value)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxMetadataLength || value is null || value.Length > MaxMetadataLength)
        {
            throw new ArgumentException($"RequestMetadata keys must be 1-{MaxMetadataLength} characters and values at most {MaxMetadataLength}.", "options");
        }
    }
}
