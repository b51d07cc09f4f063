using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI;

/// <summary>Bedrock switches on MEAI content and messages.</summary>
public static class BedrockContentExtensions
{
    /// <summary>The <c>AdditionalProperties</c> key that turns document citations on (a boolean).</summary>
    public const string CitationsKey = "aws.bedrock.citations";

    /// <summary>
    /// Asks the model to cite this document (Converse <c>citations.enabled</c>). The flag is an
    /// <c>AdditionalProperties</c> entry, so it survives cloning and JSON serialisation of the message.
    /// </summary>
    public static TContent WithCitations<TContent>(this TContent document, bool enabled = true)
        where TContent : AIContent
    {
        ArgumentNullException.ThrowIfNull(document);
        (document.AdditionalProperties ??= [])[CitationsKey] = enabled;
        return document;
    }

    /// <summary>Appends a cache point to the message, so the whole message (and everything before it) is cached.</summary>
    public static ChatMessage WithCachePoint(this ChatMessage message, BedrockCacheTtl ttl = BedrockCacheTtl.Default)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Contents.Add(new BedrockCachePointContent(ttl));
        return message;
    }

    /// <summary>Whether citations were switched on for this content.</summary>
    internal static bool CitationsEnabled(this AIContent content) =>
        content.AdditionalProperties is { } properties && properties.TryGetValue(CitationsKey, out var value) && value switch
        {
            bool flag => flag,
            JsonElement { ValueKind: JsonValueKind.True } => true,
            string text => bool.TryParse(text, out var parsed) && parsed,
            _ => false,
        };
}
