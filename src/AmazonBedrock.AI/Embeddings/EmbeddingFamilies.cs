namespace AmazonBedrock.AI.Embeddings;

/// <summary>What each embedding family accepts.</summary>
internal static class EmbeddingFamilies
{
    public const int CohereMaxPerCall = 96;

    private static readonly string[] PngJpeg = ["image/png", "image/jpeg"];
    private static readonly string[] PngJpegGifWebp = ["image/png", "image/jpeg", "image/gif", "image/webp"];

    /// <summary>Detects the family from a model id, inference-profile prefixes included. Unknown ids are Titan Text V2, as in the AI SDK.</summary>
    public static BedrockEmbeddingFamily Detect(string modelId)
    {
        if (modelId.Contains("amazon.nova-", StringComparison.OrdinalIgnoreCase) && modelId.Contains("embed", StringComparison.OrdinalIgnoreCase))
        {
            return BedrockEmbeddingFamily.NovaMultimodal;
        }

        if (modelId.Contains("cohere.embed-v4", StringComparison.OrdinalIgnoreCase))
        {
            return BedrockEmbeddingFamily.CohereV4;
        }

        if (modelId.Contains("cohere.embed-", StringComparison.OrdinalIgnoreCase))
        {
            return BedrockEmbeddingFamily.CohereV3;
        }

        if (modelId.Contains("amazon.titan-embed-image", StringComparison.OrdinalIgnoreCase))
        {
            return BedrockEmbeddingFamily.TitanMultimodal;
        }

        if (modelId.Contains("amazon.titan-embed-text-v1", StringComparison.OrdinalIgnoreCase)
            || modelId.Contains("amazon.titan-embed-g1-text", StringComparison.OrdinalIgnoreCase))
        {
            return BedrockEmbeddingFamily.TitanTextV1;
        }

        return BedrockEmbeddingFamily.TitanTextV2;
    }

    /// <summary>The dimensions the family answers with when none are asked for (Nova: the 1024 this library sends by default).</summary>
    public static int DefaultDimensions(BedrockEmbeddingFamily family) => family switch
    {
        BedrockEmbeddingFamily.TitanTextV1 => 1536,
        BedrockEmbeddingFamily.CohereV4 => 1536,
        _ => 1024,
    };

    /// <summary>The dimensions a family accepts, or empty when it takes no dimension setting.</summary>
    public static int[] AllowedDimensions(BedrockEmbeddingFamily family) => family switch
    {
        BedrockEmbeddingFamily.TitanTextV2 => [256, 512, 1024],
        BedrockEmbeddingFamily.TitanMultimodal => [256, 384, 1024],
        BedrockEmbeddingFamily.CohereV4 => [256, 512, 1024, 1536],
        BedrockEmbeddingFamily.NovaMultimodal => [256, 384, 1024, 3072],
        _ => [],
    };

    public static bool AcceptsImages(BedrockEmbeddingFamily family) =>
        family is BedrockEmbeddingFamily.TitanMultimodal or BedrockEmbeddingFamily.CohereV3 or BedrockEmbeddingFamily.CohereV4 or BedrockEmbeddingFamily.NovaMultimodal;

    /// <summary>
    /// The media types a family embeds as <see cref="Microsoft.Extensions.AI.DataContent"/>: Titan Multimodal and Cohere v3
    /// png/jpeg, Cohere v4 also gif and webp, Nova also video and audio.
    /// </summary>
    public static string[] MediaTypes(BedrockEmbeddingFamily family) => family switch
    {
        BedrockEmbeddingFamily.TitanMultimodal or BedrockEmbeddingFamily.CohereV3 => PngJpeg,
        BedrockEmbeddingFamily.NovaMultimodal => NovaMediaFormats.MediaTypes,
        _ => PngJpegGifWebp,
    };

    /// <summary>Inputs per InvokeModel call: Cohere batches (v3 only one image), the others take one.</summary>
    public static int MaxPerCall(BedrockEmbeddingFamily family, bool images) => family switch
    {
        BedrockEmbeddingFamily.CohereV4 => CohereMaxPerCall,
        BedrockEmbeddingFamily.CohereV3 => images ? 1 : CohereMaxPerCall,
        _ => 1,
    };
}
