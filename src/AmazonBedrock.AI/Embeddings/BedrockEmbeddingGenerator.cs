using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Embeddings;

/// <summary>
/// Embeddings on Bedrock for one kind of input: text (<see cref="string"/>: Titan Text, Titan Multimodal, Cohere Embed v3/v4,
/// Nova Multimodal) or images (<see cref="DataContent"/>: Titan Multimodal, Cohere Embed v3/v4, Nova Multimodal).
/// The engine does the family-specific work; this class only turns inputs into <see cref="EmbeddingInput"/>s.
/// </summary>
internal sealed class BedrockEmbeddingGenerator<TInput>(EmbeddingEngine engine, Func<TInput, EmbeddingInput> toInput, bool images)
    : IEmbeddingGenerator<TInput, Embedding<float>>
{
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<TInput> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var inputs = values.Select((value, index) => value is null
            ? throw new ArgumentException($"Input {index} is null.", nameof(values))
            : toInput(value)).ToArray();
        return engine.GenerateAsync(inputs, images, options, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? engine.Metadata
            : serviceType.IsInstanceOfType(this) ? this
            : engine.GetService(serviceType);
    }

    public void Dispose()
    {
        // The provider owns the HTTP client.
    }
}
