namespace AmazonBedrock.AI;

/// <summary>How Claude returns its thinking in adaptive mode.</summary>
public enum BedrockThinkingDisplay
{
    /// <summary><c>summarized</c>: a summary of the thinking is returned.</summary>
    Summarized,

    /// <summary><c>omitted</c>: no thinking text is returned (the signature still is).</summary>
    Omitted,
}
