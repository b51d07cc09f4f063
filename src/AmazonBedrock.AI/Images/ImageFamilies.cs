namespace AmazonBedrock.AI.Images;

/// <summary>What each image family accepts.</summary>
internal static class ImageFamilies
{
    /// <summary>Detects the family from a model id; unknown ids are Nova Canvas, as in the AI SDK.</summary>
    public static BedrockImageFamily Detect(string modelId)
    {
        if (modelId.Contains("amazon.titan-image-generator", StringComparison.OrdinalIgnoreCase))
        {
            return BedrockImageFamily.TitanImageGenerator;
        }

        if (modelId.Contains("stability.stable-image-ultra", StringComparison.OrdinalIgnoreCase))
        {
            return BedrockImageFamily.StableImageUltra;
        }

        if (modelId.Contains("stability.stable-image-core", StringComparison.OrdinalIgnoreCase))
        {
            return BedrockImageFamily.StableImageCore;
        }

        if (modelId.Contains("stability.sd3", StringComparison.OrdinalIgnoreCase))
        {
            return BedrockImageFamily.StableDiffusion35Large;
        }

        return BedrockImageFamily.NovaCanvas;
    }

    public static bool IsStability(BedrockImageFamily family) =>
        family is BedrockImageFamily.StableImageUltra or BedrockImageFamily.StableImageCore or BedrockImageFamily.StableDiffusion35Large;

    /// <summary>Images one call returns at most.</summary>
    public static int MaxImagesPerCall(BedrockImageFamily family) => IsStability(family) ? 1 : 5;

    public static long MaxSeed(BedrockImageFamily family) => family switch
    {
        BedrockImageFamily.NovaCanvas => 858_993_459,
        BedrockImageFamily.TitanImageGenerator => 2_147_483_646,
        _ => 4_294_967_294,
    };
}
