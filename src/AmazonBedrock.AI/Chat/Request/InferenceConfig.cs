using System.Text.Json;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>The portable sampling settings for <c>inferenceConfig</c>, written in the AI SDK's key order.</summary>
internal readonly record struct InferenceConfig(int? MaxTokens, float? Temperature, float? TopP, IList<string>? StopSequences)
{
    /// <summary>Whether nothing is set, in which case no <c>inferenceConfig</c> is sent.</summary>
    public bool IsEmpty => MaxTokens is null && Temperature is null && TopP is null && StopSequences is null;

    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("inferenceConfig"u8);
        if (MaxTokens is { } maxTokens)
        {
            writer.WriteNumber("maxTokens"u8, maxTokens);
        }

        if (Temperature is { } temperature)
        {
            SamplingNumberText.Write(writer, "temperature"u8, temperature);
        }

        if (TopP is { } topP)
        {
            SamplingNumberText.Write(writer, "topP"u8, topP);
        }

        if (StopSequences is { } stops)
        {
            writer.WriteStartArray("stopSequences"u8);
            foreach (var stop in stops)
            {
                writer.WriteStringValue(stop);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
