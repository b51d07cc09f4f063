using System.Text.Json;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>A <c>cachePoint</c> block; immutable, so one instance per TTL is shared by every request.</summary>
internal sealed class CachePointBlock : RequestBlock
{
    private static readonly CachePointBlock DefaultTtl = new(BedrockCacheTtl.Default);
    private static readonly CachePointBlock FiveMinutes = new(BedrockCacheTtl.FiveMinutes);
    private static readonly CachePointBlock OneHour = new(BedrockCacheTtl.OneHour);

    private readonly BedrockCacheTtl _ttl;

    private CachePointBlock(BedrockCacheTtl ttl)
    {
        _ttl = ttl;
    }

    public override bool IsCachePoint => true;

    public static CachePointBlock For(BedrockCacheTtl ttl) => ttl switch
    {
        BedrockCacheTtl.Default => DefaultTtl,
        BedrockCacheTtl.OneHour => OneHour,
        _ => FiveMinutes,
    };

    public override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("cachePoint"u8);
        writer.WriteString("type"u8, "default"u8);
        if (_ttl != BedrockCacheTtl.Default)
        {
            writer.WriteString("ttl"u8, _ttl == BedrockCacheTtl.OneHour ? "1h"u8 : "5m"u8);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
