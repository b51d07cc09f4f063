using System.Text;
using System.Text.Json;

namespace AmazonBedrock.AI.Provider;

/// <summary>
/// InvokeModel's optional request headers (<c>X-Amzn-Bedrock-*</c>): the guardrail, latency, service tier and request
/// metadata settings that Converse takes in its body, for embedding and image calls. They are signed like any header.
/// </summary>
internal static class InvokeModelHeaders
{
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
            BedrockOptionValues.RequireComplete(guardrail);
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
            Add("X-Amzn-Bedrock-PerformanceConfig-Latency", BedrockOptionValues.Latency(value));
        }

        if (serviceTier is { } tier)
        {
            Add("X-Amzn-Bedrock-Service-Tier", BedrockOptionValues.ServiceTier(tier));
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
                    BedrockOptionValues.ValidateMetadata(key, text);
                    writer.WriteString(key, text);
                }

                writer.WriteEndObject();
            }

            Add("X-Amzn-Bedrock-Request-Metadata", Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        return headers;
    }
}
