using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI;

/// <summary>
/// <see cref="EmbeddingGenerationOptions"/> with the Bedrock settings MEAI has no slot for. A setting the model family cannot honour
/// is not sent and produces a <see cref="BedrockWarning"/>; a value outside the family's allowed set is an <see cref="ArgumentException"/>.
/// </summary>
public class BedrockEmbeddingOptions : EmbeddingGenerationOptions
{
    /// <summary>Creates empty options.</summary>
    public BedrockEmbeddingOptions()
    {
    }

    /// <summary>Copies options.</summary>
    /// <param name="other">The options to copy.</param>
    protected BedrockEmbeddingOptions(BedrockEmbeddingOptions? other)
        : base(other)
    {
        if (other is null)
        {
            return;
        }

        InputType = other.InputType;
        Purpose = other.Purpose;
        Truncation = other.Truncation;
        Normalize = other.Normalize;
        EmbeddingTypes = other.EmbeddingTypes is null ? null : [.. other.EmbeddingTypes];
        ImageDetail = other.ImageDetail;
        GuardrailConfig = other.GuardrailConfig?.Clone();
        Latency = other.Latency;
        ServiceTier = other.ServiceTier;
        RequestMetadata = other.RequestMetadata is null ? null : new Dictionary<string, string>(other.RequestMetadata);
    }

    /// <summary>Cohere's <c>input_type</c>. Default <see cref="BedrockEmbeddingInputType.SearchQuery"/> for text.</summary>
    public BedrockEmbeddingInputType? InputType { get; set; }

    /// <summary>Nova's <c>embeddingPurpose</c>. Default <see cref="BedrockEmbeddingPurpose.GenericIndex"/>.</summary>
    public BedrockEmbeddingPurpose? Purpose { get; set; }

    /// <summary>Truncation of over-long text (Cohere <c>truncate</c>, Nova <c>truncationMode</c>, default <c>END</c> for Nova).</summary>
    public BedrockEmbeddingTruncation? Truncation { get; set; }

    /// <summary>Titan Text V2's <c>normalize</c>.</summary>
    public bool? Normalize { get; set; }

    /// <summary>Extra encodings to ask for (Titan Text V2, Cohere); <c>float</c> is always added.</summary>
    public IList<BedrockEmbeddingType>? EmbeddingTypes { get; set; }

    /// <summary>Nova's image <c>detailLevel</c> (image inputs only).</summary>
    public BedrockEmbeddingImageDetail? ImageDetail { get; set; }

    /// <summary>A guardrail for the call (<c>X-Amzn-Bedrock-GuardrailIdentifier</c>, <c>-GuardrailVersion</c>, and <c>X-Amzn-Bedrock-Trace</c> from its trace setting).</summary>
    public BedrockGuardrailConfig? GuardrailConfig { get; set; }

    /// <summary>The latency profile (<c>X-Amzn-Bedrock-PerformanceConfig-Latency</c>).</summary>
    public BedrockLatency? Latency { get; set; }

    /// <summary>The service tier (<c>X-Amzn-Bedrock-Service-Tier</c>), for example <see cref="BedrockServiceTier.Flex"/> for large, unhurried jobs.</summary>
    public BedrockServiceTier? ServiceTier { get; set; }

    /// <summary>Key-value pairs for invocation logs (<c>X-Amzn-Bedrock-Request-Metadata</c>); keys 1-256 and values up to 256 characters.</summary>
    public IDictionary<string, string>? RequestMetadata { get; set; }

    /// <inheritdoc />
    public override EmbeddingGenerationOptions Clone() => new BedrockEmbeddingOptions(this);
}
