using System.Text.Json;
using AmazonBedrock.AI.Provider;

namespace AmazonBedrock.AI.Embeddings;

/// <summary>Writes the InvokeModel body of each embedding family.</summary>
internal static class EmbeddingRequestWriter
{
    public static byte[] Write(EmbeddingRequestSettings settings, ReadOnlyMemory<EmbeddingInput> batch) =>
        BodyJson.Write((settings, batch), static (writer, state) =>
        {
            var (settings, batch) = state;
            switch (settings.Family)
            {
                case BedrockEmbeddingFamily.CohereV3:
                case BedrockEmbeddingFamily.CohereV4:
                    WriteCohere(writer, settings, batch.Span);
                    break;
                case BedrockEmbeddingFamily.NovaMultimodal:
                    WriteNova(writer, settings, batch.Span[0]);
                    break;
                case BedrockEmbeddingFamily.TitanMultimodal:
                    WriteTitanMultimodal(writer, settings, batch.Span[0]);
                    break;
                default:
                    WriteTitanText(writer, settings, batch.Span[0]);
                    break;
            }
        });

    private static void WriteTitanText(Utf8JsonWriter writer, EmbeddingRequestSettings settings, EmbeddingInput input)
    {
        writer.WriteStartObject();
        writer.WriteString("inputText", input.Text);
        if (settings.Dimensions is { } dimensions)
        {
            writer.WriteNumber("dimensions", dimensions);
        }

        if (settings.Normalize is { } normalize)
        {
            writer.WriteBoolean("normalize", normalize);
        }

        WriteTypes(writer, "embeddingTypes", settings.EmbeddingTypes);
        writer.WriteEndObject();
    }

    private static void WriteTitanMultimodal(Utf8JsonWriter writer, EmbeddingRequestSettings settings, EmbeddingInput input)
    {
        writer.WriteStartObject();
        if (input.Text is not null)
        {
            writer.WriteString("inputText", input.Text);
        }

        if (input.Image is not null)
        {
            writer.WriteString("inputImage", input.Image.Base64Data.Span);
        }

        if (settings.Dimensions is { } dimensions)
        {
            writer.WriteStartObject("embeddingConfig");
            writer.WriteNumber("outputEmbeddingLength", dimensions);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteCohere(Utf8JsonWriter writer, EmbeddingRequestSettings settings, ReadOnlySpan<EmbeddingInput> batch)
    {
        writer.WriteStartObject();
        writer.WriteString("input_type", settings.InputType);
        if (batch[0].Image is null)
        {
            writer.WriteStartArray("texts");
            foreach (var input in batch)
            {
                writer.WriteStringValue(input.Text);
            }
        }
        else
        {
            // Cohere takes images as data URIs.
            writer.WriteStartArray("images");
            foreach (var input in batch)
            {
                writer.WriteStringValue(input.Image!.Uri);
            }
        }

        writer.WriteEndArray();
        if (settings.Truncation is { } truncation)
        {
            writer.WriteString("truncate", truncation);
        }

        WriteTypes(writer, "embedding_types", settings.EmbeddingTypes);
        if (settings.Dimensions is { } dimensions)
        {
            writer.WriteNumber("output_dimension", dimensions);
        }

        writer.WriteEndObject();
    }

    private static void WriteNova(Utf8JsonWriter writer, EmbeddingRequestSettings settings, EmbeddingInput input)
    {
        writer.WriteStartObject();
        writer.WriteString("taskType", "SINGLE_EMBEDDING");
        writer.WriteStartObject("singleEmbeddingParams");
        writer.WriteString("embeddingPurpose", settings.Purpose);
        if (settings.Dimensions is { } dimensions)
        {
            writer.WriteNumber("embeddingDimension", dimensions);
        }

        if (input.Image is { } media)
        {
            var (member, format) = NovaMediaFormats.Resolve(media.MediaType);
            writer.WriteStartObject(member);
            writer.WriteString("format", format);
            if (member == "image" && settings.ImageDetail is { } detail)
            {
                writer.WriteString("detailLevel", detail);
            }

            writer.WriteStartObject("source");
            writer.WriteString("bytes", media.Base64Data.Span);
            writer.WriteEndObject();
            if (member == "video")
            {
                // One vector per input: the sound track and the pictures embedded together.
                writer.WriteString("embeddingMode", "AUDIO_VIDEO_COMBINED");
            }

            writer.WriteEndObject();
        }
        else
        {
            writer.WriteStartObject("text");
            writer.WriteString("truncationMode", settings.Truncation);
            writer.WriteString("value", input.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteTypes(Utf8JsonWriter writer, string name, string[]? types)
    {
        if (types is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var type in types)
        {
            writer.WriteStringValue(type);
        }

        writer.WriteEndArray();
    }
}
