using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>Builds the rare content blocks that stay JSON nodes (<see cref="NodeBlock"/>): media and guard content.</summary>
internal static class ContentBlocks
{
    public static JsonObject GuardContent(BedrockGuardContent guard)
    {
        if (guard.Image is { } image)
        {
            return new JsonObject
            {
                ["guardContent"] = new JsonObject
                {
                    ["image"] = new JsonObject
                    {
                        ["format"] = MediaFormats.ResolveGuardImage(image.MediaType),
                        ["source"] = new JsonObject { ["bytes"] = Base64(image) },
                    },
                },
            };
        }

        var text = new JsonObject { ["text"] = guard.Text };
        if (guard.Qualifiers.Count > 0)
        {
            text["qualifiers"] = new JsonArray([.. guard.Qualifiers.Select(q => (JsonNode?)QualifierName(q))]);
        }

        return new JsonObject { ["guardContent"] = new JsonObject { ["text"] = text } };
    }

    /// <summary>An image, video, audio or document block for bytes.</summary>
    public static JsonObject Media(DataContent data, DocumentNamer namer)
    {
        var (kind, format) = MediaFormats.Resolve(data.MediaType, data.Data.Span);
        return Media(kind, format, new JsonObject { ["bytes"] = Base64(data) }, data.Name, data, namer);
    }

    /// <summary>A block that reads its content from S3.</summary>
    public static JsonObject S3Media(UriContent uri, DocumentNamer namer)
    {
        var (kind, format) = MediaFormats.Resolve(uri.MediaType);
        var source = new JsonObject { ["s3Location"] = new JsonObject { ["uri"] = uri.Uri.OriginalString } };
        return Media(kind, format, source, Path.GetFileName(uri.Uri.AbsolutePath), uri, namer);
    }

    private static JsonObject Media(MediaKind kind, string format, JsonObject source, string? fileName, AIContent content, DocumentNamer namer)
    {
        if (kind != MediaKind.Document)
        {
            var key = kind switch
            {
                MediaKind.Image => "image",
                MediaKind.Video => "video",
                _ => "audio",
            };
            return new JsonObject { [key] = new JsonObject { ["format"] = format, ["source"] = source } };
        }

        var document = new JsonObject
        {
            ["format"] = format,
            ["name"] = namer.Next(fileName),
            ["source"] = source,
        };
        if (content.CitationsEnabled())
        {
            document["citations"] = new JsonObject { ["enabled"] = true };
        }

        return new JsonObject { ["document"] = document };
    }

    private static string Base64(DataContent data) =>
        data.Base64Data.Length > 0 ? data.Base64Data.ToString() : Convert.ToBase64String(data.Data.Span);

    private static string QualifierName(BedrockGuardContentQualifier qualifier) => qualifier switch
    {
        BedrockGuardContentQualifier.GroundingSource => "grounding_source",
        BedrockGuardContentQualifier.Query => "query",
        _ => "guard_content",
    };
}
