namespace AmazonBedrock.AI;

/// <summary>Per-generator settings for <see cref="BedrockProvider.GetEmbeddingGenerator(string, BedrockEmbeddingSettings?)"/>.</summary>
public sealed class BedrockEmbeddingSettings
{
    /// <summary>The model's schema. Leave unset to detect it from the model id; set it for ARNs and custom model ids.</summary>
    public BedrockEmbeddingFamily? Family { get; set; }

    /// <summary>
    /// The number of dimensions to ask for when a call's options do not say. Also reported as
    /// <see cref="Microsoft.Extensions.AI.EmbeddingGeneratorMetadata.DefaultModelDimensions"/>.
    /// </summary>
    public int? Dimensions { get; set; }

    /// <summary>
    /// How many InvokeModel calls run at once when inputs are split over several calls (Titan and Nova take one input a call,
    /// Cohere 96). Default 4; at least 1.
    /// </summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>A copy of these settings.</summary>
    public BedrockEmbeddingSettings Clone() => (BedrockEmbeddingSettings)MemberwiseClone();
}
