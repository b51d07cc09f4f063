namespace AmazonBedrock.AI;

/// <summary>How long a prompt-cache entry lives.</summary>
public enum BedrockCacheTtl
{
    /// <summary>The model's default (5 minutes); no <c>ttl</c> is sent.</summary>
    Default,

    /// <summary><c>5m</c>.</summary>
    FiveMinutes,

    /// <summary><c>1h</c> (models that offer the longer cache).</summary>
    OneHour,
}
