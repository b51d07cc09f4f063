namespace AmazonBedrock.AI;

/// <summary>The latency profile of a call (Converse <c>performanceConfig.latency</c>).</summary>
public enum BedrockLatency
{
    /// <summary><c>standard</c>.</summary>
    Standard,

    /// <summary><c>optimized</c>: latency-optimised inference where the model offers it.</summary>
    Optimized,
}
