namespace AmazonBedrock.AI;

/// <summary>The Nova Canvas / Titan Image Generator <c>quality</c>.</summary>
public enum BedrockImageQuality
{
    /// <summary><c>standard</c>.</summary>
    Standard,

    /// <summary><c>premium</c>.</summary>
    Premium,
}
