namespace AmazonBedrock.AI;

/// <summary>Per-generator settings for <see cref="BedrockProvider.GetImageGenerator(string, BedrockImageSettings?)"/>.</summary>
public sealed class BedrockImageSettings
{
    /// <summary>The model's schema. Leave unset to detect it from the model id; set it for ARNs.</summary>
    public BedrockImageFamily? Family { get; set; }

    /// <summary>How many InvokeModel calls run at once when more images are asked for than one call returns. Default 4; at least 1.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>A copy of these settings.</summary>
    public BedrockImageSettings Clone() => (BedrockImageSettings)MemberwiseClone();
}
