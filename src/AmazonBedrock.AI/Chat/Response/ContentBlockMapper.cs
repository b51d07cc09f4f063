using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using AmazonBedrock.AI.Transport;

namespace AmazonBedrock.AI.Chat.Response;

/// <summary>One Converse output <c>ContentBlock</c> → MEAI content (non-streaming).</summary>
internal static class ContentBlockMapper
{
    /// <summary>Appends the content for <paramref name="block"/>; returns whether it was the structured-output JSON tool.</summary>
    public static BlockKind Map(JsonElement block, ConverseResponseContext context, IList<AIContent> contents)
    {
        if (block.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException("a content block is not a JSON object");
        }

        if (block.TryGetProperty("text"u8, out var text) && text.ValueKind == JsonValueKind.String)
        {
            contents.Add(new TextContent(text.GetString()) { RawRepresentation = block });
            return BlockKind.Content;
        }

        if (block.TryGetObject("reasoningContent"u8, out var reasoning))
        {
            MapReasoning(reasoning, block, contents);
            return BlockKind.Content;
        }

        if (block.TryGetObject("toolUse"u8, out var toolUse))
        {
            return MapToolUse(toolUse, block, context, contents);
        }

        if (block.TryGetObject("citationsContent"u8, out var citations))
        {
            contents.Add(MapCitations(citations, block));
            return BlockKind.Content;
        }

        if (block.TryGetObject("image"u8, out var image))
        {
            contents.Add(MapImage(image, block));
            return BlockKind.Content;
        }

        if (block.TryGetObject("toolResult"u8, out var toolResult))
        {
            contents.Add(MapToolResult(toolResult, block));
            return BlockKind.Content;
        }

        // A block kind this version does not know: kept raw rather than dropped.
        contents.Add(new AIContent { RawRepresentation = block });
        return BlockKind.Content;
    }

    private static void MapReasoning(JsonElement reasoning, JsonElement block, IList<AIContent> contents)
    {
        if (reasoning.TryGetObject("reasoningText"u8, out var reasoningText))
        {
            contents.Add(new TextReasoningContent(reasoningText.GetStringOrNull("text"u8) ?? string.Empty)
            {
                ProtectedData = reasoningText.GetStringOrNull("signature"u8),
                RawRepresentation = block,
            });
        }
        else if (reasoning.GetStringOrNull("redactedContent"u8) is { } redacted)
        {
            contents.Add(new TextReasoningContent(string.Empty)
            {
                ProtectedData = ReasoningProtectedData.FromRedactedBase64(redacted),
                RawRepresentation = block,
            });
        }
        else
        {
            contents.Add(new AIContent { RawRepresentation = block });
        }
    }

    private static BlockKind MapToolUse(JsonElement toolUse, JsonElement block, ConverseResponseContext context, IList<AIContent> contents)
    {
        var name = toolUse.GetStringOrNull("name"u8) ?? throw new InvalidOperationException("a toolUse block has no name");
        toolUse.TryGetProperty("input"u8, out var input);

        if (context.JsonResponseToolName is { } jsonTool && string.Equals(name, jsonTool, StringComparison.Ordinal))
        {
            var json = input.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? "{}" : input.GetRawText();
            contents.Add(new TextContent(json) { RawRepresentation = block });
            return BlockKind.JsonTool;
        }

        var call = ToolCallMapper.FromElement(toolUse.GetStringOrNull("toolUseId"u8), name, toolUse.GetStringOrNull("type"u8), input, context);
        call.RawRepresentation = block;
        contents.Add(call);
        return call.InformationalOnly ? BlockKind.Content : BlockKind.FunctionCall;
    }

    private static TextContent MapCitations(JsonElement citationsContent, JsonElement block)
    {
        var builder = new StringBuilder();
        if (citationsContent.TryGetArray("content"u8, out var generated))
        {
            foreach (var part in generated.EnumerateArray())
            {
                builder.Append(part.GetStringOrNull("text"u8));
            }
        }

        var content = new TextContent(builder.ToString()) { RawRepresentation = block };
        if (citationsContent.TryGetArray("citations"u8, out var citations))
        {
            var annotations = new List<AIAnnotation>();
            foreach (var citation in citations.EnumerateArray())
            {
                if (citation.ValueKind == JsonValueKind.Object)
                {
                    annotations.Add(CitationMapper.Map(citation, builder.Length));
                }
            }

            content.Annotations = annotations;
        }

        return content;
    }

    private static AIContent MapImage(JsonElement image, JsonElement block)
    {
        var mediaType = MediaTypes.ForImageFormat(image.GetStringOrNull("format"u8));
        if (image.TryGetObject("source"u8, out var source))
        {
            if (source.TryGetProperty("bytes"u8, out var bytes) && bytes.ValueKind == JsonValueKind.String)
            {
                return new DataContent(bytes.GetBytesFromBase64(), mediaType) { RawRepresentation = block };
            }

            if (source.TryGetObject("s3Location"u8, out var s3) && s3.GetStringOrNull("uri"u8) is { } uri)
            {
                return new UriContent(new Uri(uri), mediaType) { RawRepresentation = block };
            }
        }

        if (image.TryGetObject("error"u8, out var error))
        {
            return new ErrorContent(error.GetStringOrNull("message"u8) ?? "The model could not produce the image.") { RawRepresentation = block };
        }

        return new AIContent { RawRepresentation = block };
    }

    private static FunctionResultContent MapToolResult(JsonElement toolResult, JsonElement block)
    {
        toolResult.TryGetProperty("content"u8, out var result);
        var content = new FunctionResultContent(toolResult.GetStringOrNull("toolUseId"u8) ?? string.Empty, result.ValueKind == JsonValueKind.Undefined ? null : result)
        {
            RawRepresentation = block,
        };
        AddToolResultDetails(content, toolResult.GetStringOrNull("type"u8), toolResult.GetStringOrNull("status"u8));
        return content;
    }

    internal static void AddToolResultDetails(FunctionResultContent content, string? type, string? status)
    {
        if (type is not null)
        {
            (content.AdditionalProperties ??= [])[ConverseResponseKeys.ToolUseType] = type;
        }

        if (status is not null)
        {
            (content.AdditionalProperties ??= [])[ConverseResponseKeys.ToolResultStatus] = status;
        }
    }

    /// <summary>What a block contributed, for the finish reason.</summary>
    internal enum BlockKind
    {
        Content,
        FunctionCall,
        JsonTool,
    }
}
