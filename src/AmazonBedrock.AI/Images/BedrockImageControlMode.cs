namespace AmazonBedrock.AI;

/// <summary>How a condition image guides text-to-image (<c>controlMode</c>).</summary>
public enum BedrockImageControlMode
{
    /// <summary><c>CANNY_EDGE</c>: follow the edges of the condition image.</summary>
    CannyEdge,

    /// <summary><c>SEGMENTATION</c>: follow the segmentation map of the condition image.</summary>
    Segmentation,
}
