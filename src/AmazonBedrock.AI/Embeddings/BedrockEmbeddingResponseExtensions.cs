using AmazonBedrock.AI.Embeddings;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI;

/// <summary>Reads the Bedrock extras attached to generated embeddings.</summary>
public static class BedrockEmbeddingResponseExtensions
{
    /// <summary>
    /// The settings the model could not honour (they were not sent). They live in <c>AdditionalProperties</c> under
    /// <see cref="BedrockResponseExtensions.WarningsKey"/> and survive JSON round-tripping (for example a distributed embedding cache).
    /// </summary>
    public static IReadOnlyList<BedrockWarning> GetBedrockWarnings(this GeneratedEmbeddings<Embedding<float>> embeddings)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        return BedrockResponseExtensions.ReadWarnings(embeddings.AdditionalProperties?.GetValueOrDefault(BedrockResponseExtensions.WarningsKey));
    }

    /// <summary>
    /// An extra encoding asked for with <see cref="BedrockEmbeddingOptions.EmbeddingTypes"/> (<c>int8</c>, <c>binary</c>, …),
    /// or <see langword="null"/> when the model did not return it.
    /// </summary>
    public static int[]? GetBedrockEmbedding(this Embedding<float> embedding, BedrockEmbeddingType type)
    {
        ArgumentNullException.ThrowIfNull(embedding);
        return embedding.AdditionalProperties is { } properties
            && properties.TryGetValue(EmbeddingEngine.ExtraEmbeddingKeyPrefix + EmbeddingRequestSettings.TypeName(type), out var value)
            && value is int[] values ? values : null;
    }
}
