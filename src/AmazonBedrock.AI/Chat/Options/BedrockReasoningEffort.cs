namespace AmazonBedrock.AI;

/// <summary>The most reasoning effort the model may spend.</summary>
public enum BedrockReasoningEffort
{
    /// <summary><c>low</c>.</summary>
    Low,

    /// <summary><c>medium</c>.</summary>
    Medium,

    /// <summary><c>high</c>.</summary>
    High,

    /// <summary><c>xhigh</c>.</summary>
    ExtraHigh,

    /// <summary><c>max</c>.</summary>
    Max,
}
