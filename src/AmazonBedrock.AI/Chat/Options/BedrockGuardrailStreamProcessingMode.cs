namespace AmazonBedrock.AI;

/// <summary>How a guardrail checks a streamed response (ConverseStream only).</summary>
public enum BedrockGuardrailStreamProcessingMode
{
    /// <summary><c>sync</c>: chunks are held back until the guardrail has checked them.</summary>
    Sync,

    /// <summary><c>async</c>: chunks are sent at once and checked in the background.</summary>
    Async,
}
