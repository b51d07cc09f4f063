namespace AmazonBedrock.AI;

/// <summary>The service tier a call runs on (Converse <c>serviceTier.type</c>).</summary>
public enum BedrockServiceTier
{
    /// <summary><c>default</c>.</summary>
    Default,

    /// <summary><c>priority</c>.</summary>
    Priority,

    /// <summary><c>flex</c>.</summary>
    Flex,

    /// <summary><c>reserved</c>.</summary>
    Reserved,
}
