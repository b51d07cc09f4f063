namespace AmazonBedrock.AI;

/// <summary>What the model does with input longer than it accepts.</summary>
public enum BedrockEmbeddingTruncation
{
    /// <summary>Reject over-long input (<c>NONE</c>).</summary>
    None,

    /// <summary>Drop the start of the input (Cohere v3 and Nova <c>START</c>, Cohere v4 <c>LEFT</c>).</summary>
    Start,

    /// <summary>Drop the end of the input (Cohere v3 and Nova <c>END</c>, Cohere v4 <c>RIGHT</c>).</summary>
    End,
}
