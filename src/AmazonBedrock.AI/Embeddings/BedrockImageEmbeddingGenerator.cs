using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Embeddings;

/// <summary>Image embeddings on Bedrock (Titan Multimodal, Cohere Embed v3/v4, Nova Multimodal).</summary>
internal sealed class BedrockImageEmbeddingGenerator(EmbeddingEngine engine) : IEmbeddingGenerator<DataContent, Embedding<float>>
{
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<DataContent> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var inputs = values.Select(static (image, index) => image is null
            ? throw new ArgumentException($"Input {index} is null.", nameof(values))
            : EmbeddingInput.FromImage(image)).ToArray();
        return engine.GenerateAsync(inputs, images: true, options, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? engine.Metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        // The provider owns the HTTP client.
    }
}
