namespace AmazonBedrock.AI;

/// <summary>The <c>outPaintingMode</c>.</summary>
public enum BedrockOutpaintingMode
{
    /// <summary><c>DEFAULT</c>: the masked area may change slightly to blend in.</summary>
    Default,

    /// <summary><c>PRECISE</c>: the masked area stays exactly as it is.</summary>
    Precise,
}
