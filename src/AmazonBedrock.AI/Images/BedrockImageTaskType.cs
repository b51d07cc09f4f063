namespace AmazonBedrock.AI;

/// <summary>The Nova Canvas / Titan Image Generator <c>taskType</c>.</summary>
public enum BedrockImageTaskType
{
    /// <summary><c>TEXT_IMAGE</c>: an image from the prompt, optionally guided by a condition image.</summary>
    TextImage,

    /// <summary><c>IMAGE_VARIATION</c>: variations of one or more input images.</summary>
    ImageVariation,

    /// <summary><c>INPAINTING</c>: repaint the masked part of the input image.</summary>
    Inpainting,

    /// <summary><c>OUTPAINTING</c>: repaint everything outside the mask.</summary>
    Outpainting,

    /// <summary><c>BACKGROUND_REMOVAL</c>: cut the subject out of the input image.</summary>
    BackgroundRemoval,

    /// <summary><c>COLOR_GUIDED_GENERATION</c>: an image from the prompt in the given colours.</summary>
    ColorGuidedGeneration,
}
