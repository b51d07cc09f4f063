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

        if (block.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
        {
            contents.Add(new TextContent(text.GetString()) { RawRepresentation = block });
            return BlockKind.Content;
        }

        if (block.TryGetObject("reasoningContent", out var reasoning))
        {
            MapReasoning(reasoning, block, contents);
            return BlockKind.Content;
        }

        if (block.TryGetObject("toolUse", out var toolUse))
        {
            return MapToolUse(toolUse, block, context, contents);
        }

        if (block.TryGetObject("citationsContent", out var citations))
        {
            contents.Add(MapCitations(citations, block));
            return BlockKind.Content;
        }

        if (block.TryGetObject("image", out var image))
        {
            contents.Add(MapImage(image, block));
            return BlockKind.Content;
        }

        if (block.TryGetObject("toolResult", out var toolResult))
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
        if (reasoning.TryGetObject("reasoningText", out var reasoningText))
        {
            contents.Add(new TextReasoningContent(reasoningText.GetStringOrNull("text") ?? string.Empty)
            {
                ProtectedData = reasoningText.GetStringOrNull("signature"),
                RawRepresentation = block,
            });
        }
        else if (reasoning.GetStringOrNull("redactedContent") is { } redacted)
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
        var name = toolUse.GetStringOrNull("name") ?? throw new InvalidOperationException("a toolUse block has no name");
        toolUse.TryGetProperty("input", out var input);

        if (context.JsonResponseToolName is { } jsonTool && string.Equals(name, jsonTool, StringComparison.Ordinal))
        {
            var json = input.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? "{}" : input.GetRawText();
            contents.Add(new TextContent(json) { RawRepresentation = block });
            return BlockKind.JsonTool;
        }

        var call = ToolCallMapper.FromElement(toolUse.GetStringOrNull("toolUseId"), name, toolUse.GetStringOrNull("type"), input, context);
        call.RawRepresentation = block;
        contents.Add(call);
        return call.InformationalOnly ? BlockKind.Content : BlockKind.FunctionCall;
    }

    private static TextContent MapCitations(JsonElement citationsContent, JsonElement block)
    {
        var builder = new StringBuilder();
        if (citationsContent.TryGetArray("content", out var generated))
        {
            foreach (var part in generated.EnumerateArray())
            {
                builder.Append(part.GetStringOrNull("text"));
            }
        }

        var content = new TextContent(builder.ToString()) { RawRepresentation = block };
        if (citationsContent.TryGetArray("citations", out var citations))
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
        var mediaType = MediaTypes.ForImageFormat(image.GetStringOrNull("format"));
        if (image.TryGetObject("source", out var source))
        {
            if (source.TryGetProperty("bytes", out var bytes) && bytes.ValueKind == JsonValueKind.String)
            {
                return new DataContent(bytes.GetBytesFromBase64(), mediaType) { RawRepresentation = block };
            }

            if (source.TryGetObject("s3Location", out var s3) && s3.GetStringOrNull("uri") is { } uri)
            {
                return new UriContent(new Uri(uri), mediaType) { RawRepresentation = block };
            }
        }

        if (image.TryGetObject("error", out var error))
        {
            return new ErrorContent(error.GetStringOrNull("message") ?? "The model could not produce the image.") { RawRepresentation = block };
        }

        return new AIContent { RawRepresentation = block };
    }

    private static FunctionResultContent MapToolResult(JsonElement toolResult, JsonElement block)
    {
        toolResult.TryGetProperty("content", out var result);
        var content = new FunctionResultContent(toolResult.GetStringOrNull("toolUseId") ?? string.Empty, result.ValueKind == JsonValueKind.Undefined ? null : result)
        {
            RawRepresentation = block,
        };
        AddToolResultDetails(content, toolResult.GetStringOrNull("type"), toolResult.GetStringOrNull("status"));
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
