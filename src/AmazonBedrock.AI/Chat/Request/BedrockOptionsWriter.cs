using System.Text.Json;
using AmazonBedrock.AI.Provider;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>Writes the typed Bedrock options as Converse defines them (no pass-through of unknown keys).</summary>
internal static class BedrockOptionsWriter
{
    public static void Write(Utf8JsonWriter writer, BedrockChatOptions options, bool streaming, List<BedrockWarning> warnings)
    {
        if (options.ServiceTier is { } tier)
        {
            writer.WriteStartObject("serviceTier");
            writer.WriteString("type", BedrockOptionValues.ServiceTier(tier));
            writer.WriteEndObject();
        }

        if (options.GuardrailConfig is { } guardrail)
        {
            WriteGuardrail(writer, guardrail, streaming, warnings);
        }

        if (options.Latency is { } latency)
        {
            writer.WriteStartObject("performanceConfig");
            writer.WriteString("latency", BedrockOptionValues.Latency(latency));
            writer.WriteEndObject();
        }

        if (options.RequestMetadata is { Count: > 0 } metadata)
        {
            writer.WriteStartObject("requestMetadata");
            foreach (var (key, value) in metadata)
            {
                BedrockOptionValues.ValidateMetadata(key, value);
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
        }

        if (options.PromptVariables is { Count: > 0 } variables)
        {
            writer.WriteStartObject("promptVariables");
            foreach (var (name, value) in variables)
            {
                writer.WriteStartObject(name);
                writer.WriteString("text", value);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }
    }

    private static void WriteGuardrail(Utf8JsonWriter writer, BedrockGuardrailConfig guardrail, bool streaming, List<BedrockWarning> warnings)
    {
        BedrockOptionValues.RequireComplete(guardrail);

        writer.WriteStartObject("guardrailConfig");
        writer.WriteString("guardrailIdentifier", guardrail.GuardrailIdentifier);
        writer.WriteString("guardrailVersion", guardrail.GuardrailVersion);
        if (guardrail.Trace is { } trace)
        {
            writer.WriteString("trace", trace switch
            {
                BedrockGuardrailTrace.Enabled => "enabled",
                BedrockGuardrailTrace.EnabledFull => "enabled_full",
                _ => "disabled",
            });
        }

        if (guardrail.StreamProcessingMode is { } mode)
        {
            if (streaming)
            {
                writer.WriteString("streamProcessingMode", mode == BedrockGuardrailStreamProcessingMode.Async ? "async" : "sync");
            }
            else
            {
                warnings.Add(WarningText.Unsupported("GuardrailConfig.StreamProcessingMode", "on non-streaming calls"));
            }
        }

        writer.WriteEndObject();
    }
}
