namespace AmazonBedrock.AI;

/// <summary>The request schema an image model speaks on InvokeModel. Detected from the model id; set it explicitly for ARNs.</summary>
public enum BedrockImageFamily
{
    /// <summary>Amazon Nova Canvas (<c>amazon.nova-canvas-v1:0</c>): every task type, styles, up to 5 images a call.</summary>
    NovaCanvas,

    /// <summary>Amazon Titan Image Generator (<c>amazon.titan-image-generator-v2:0</c>): Canvas's schema without styles, plus conditioning.</summary>
    TitanImageGenerator,

    /// <summary>Stability AI Stable Image Ultra (<c>stability.stable-image-ultra-v1:1</c>): text to image and image to image.</summary>
    StableImageUltra,

    /// <summary>Stability AI Stable Image Core (<c>stability.stable-image-core-v1:1</c>): text to image.</summary>
    StableImageCore,

    /// <summary>Stability AI Stable Diffusion 3.5 Large (<c>stability.sd3-5-large-v1:0</c>): text to image and image to image.</summary>
    StableDiffusion35Large,
}
