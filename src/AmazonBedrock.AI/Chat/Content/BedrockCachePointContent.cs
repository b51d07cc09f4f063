using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI;

/// <summary>
/// A prompt-cache checkpoint: everything before it in the request is cached. Put it in a message's <c>Contents</c>
/// right after the part to cache up to (or last, to cache the whole message, system messages included). It becomes a
/// Converse <c>cachePoint</c> block at that position. For <c>Instructions</c> and tool definitions use
/// <see cref="BedrockChatOptions.InstructionsCachePoint"/> and <see cref="BedrockChatOptions.ToolsCachePoint"/>.
/// </summary>
public sealed class BedrockCachePointContent : AIContent
{
    /// <summary>Creates a cache point with the given lifetime.</summary>
    public BedrockCachePointContent(BedrockCacheTtl ttl = BedrockCacheTtl.Default)
    {
        Ttl = ttl;
    }

    /// <summary>How long the cache entry lives.</summary>
    public BedrockCacheTtl Ttl { get; }
}
