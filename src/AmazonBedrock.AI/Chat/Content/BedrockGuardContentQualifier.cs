namespace AmazonBedrock.AI;

/// <summary>What role guarded text plays for a contextual-grounding guardrail.</summary>
public enum BedrockGuardContentQualifier
{
    /// <summary><c>grounding_source</c>: the reference the answer must be grounded in.</summary>
    GroundingSource,

    /// <summary><c>query</c>: the user's question.</summary>
    Query,

    /// <summary><c>guard_content</c>: content the guardrail evaluates.</summary>
    GuardContent,
}
