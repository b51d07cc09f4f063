namespace AmazonBedrock.AI;

/// <summary>Whether and how the model reasons before answering.</summary>
public enum BedrockReasoningType
{
    /// <summary>Reasoning on; for Claude with a token budget.</summary>
    Enabled,

    /// <summary>Reasoning off.</summary>
    Disabled,

    /// <summary>Claude decides how much to think (Claude 4.6 and newer).</summary>
    Adaptive,
}
