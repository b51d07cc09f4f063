using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Embeddings;

/// <summary>Text embeddings on Bedrock (Titan Text, Titan Multimodal, Cohere Embed v3/v4, Nova Multimodal).</summary>
internal sealed class BedrockTextEmbeddingGenerator(EmbeddingEngine engine) : IEmbeddingGenerator<string, Embedding<float>>
{
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var inputs = values.Select(static (text, index) => text is null
            ? throw new ArgumentException($"Input {index} is null.", nameof(values))
            : EmbeddingInput.FromText(text)).ToArray();
        return engine.GenerateAsync(inputs, images: false, options, cancellationToken);
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
