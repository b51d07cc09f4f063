using System.Diagnostics.CodeAnalysis;
using AmazonBedrock.AI.Embeddings;
using AmazonBedrock.AI.Images;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI;

/// <summary>Factories for embedding, image and reranking models.</summary>
public sealed partial class BedrockProvider
{
    /// <summary>
    /// A text embedding generator for a Bedrock embedding model: Amazon Titan Text Embeddings (v1, v2), Titan Multimodal Embeddings,
    /// Cohere Embed v3 and v4, or Amazon Nova Multimodal Embeddings. Cohere receives up to 96 texts a call; the others one text a call,
    /// sent in parallel up to <see cref="BedrockEmbeddingSettings.MaxConcurrency"/>. Results keep the input order.
    /// </summary>
    /// <param name="modelId">A model id (<c>amazon.titan-embed-text-v2:0</c>, <c>us.cohere.embed-v4:0</c>, …) or an ARN (then set <see cref="BedrockEmbeddingSettings.Family"/>).</param>
    /// <param name="settings">Family, default dimensions and concurrency; copied, so later changes do not affect the generator.</param>
    /// <exception cref="ArgumentException">The model id is empty or malformed, or the settings are invalid for the family.</exception>
    public IEmbeddingGenerator<string, Embedding<float>> GetEmbeddingGenerator(string modelId, BedrockEmbeddingSettings? settings = null) =>
        new BedrockEmbeddingGenerator<string>(new EmbeddingEngine(this, modelId, settings), EmbeddingInput.FromText, images: false);

    /// <summary>
    /// An image embedding generator for the Bedrock models that embed images: Titan Multimodal Embeddings (png/jpeg), Cohere Embed v3
    /// (one png/jpeg a call) and v4 (up to 96 a call), and Nova Multimodal Embeddings (png/jpeg/gif/webp, and also video and
    /// audio of up to 30 seconds: mp4, mov, mkv, webm, flv, mpeg, wmv, 3gp; mp3, wav, ogg; a video's sound and pictures give one vector).
    /// </summary>
    /// <param name="modelId">A model id or an ARN (then set <see cref="BedrockEmbeddingSettings.Family"/>).</param>
    /// <param name="settings">Family, default dimensions and concurrency; copied, so later changes do not affect the generator.</param>
    /// <exception cref="ArgumentException">The model id is empty or malformed, or the settings are invalid for the family.</exception>
    /// <exception cref="NotSupportedException">The model family embeds text only.</exception>
    public IEmbeddingGenerator<DataContent, Embedding<float>> GetImageEmbeddingGenerator(string modelId, BedrockEmbeddingSettings? settings = null)
    {
        var engine = new EmbeddingEngine(this, modelId, settings);
        if (!EmbeddingFamilies.AcceptsImages(engine.Family))
        {
            throw new NotSupportedException($"The {engine.Family} model '{modelId}' does not embed images; use Titan Multimodal, Cohere Embed or Nova Multimodal Embeddings.");
        }

        return new BedrockEmbeddingGenerator<DataContent>(engine, EmbeddingInput.FromImage, images: true);
    }

    /// <summary>
    /// An image generator for a Bedrock image model: Amazon Nova Canvas (every task type), Amazon Titan Image Generator, or the Stability AI
    /// models (Stable Image Ultra, Stable Image Core, Stable Diffusion 3.5 Large). Bedrock-specific settings go in <see cref="BedrockImageGenerationOptions"/>.
    /// </summary>
    /// <param name="modelId">A model id (<c>amazon.nova-canvas-v1:0</c>, <c>stability.sd3-5-large-v1:0</c>, …) or an ARN (then set <see cref="BedrockImageSettings.Family"/>).</param>
    /// <param name="settings">Family and concurrency; copied, so later changes do not affect the generator.</param>
    /// <exception cref="ArgumentException">The model id is empty or malformed, or <see cref="BedrockImageSettings.MaxConcurrency"/> is below 1.</exception>
    [Experimental("MEAI001")]
    public IImageGenerator GetImageGenerator(string modelId, BedrockImageSettings? settings = null) =>
        new BedrockImageGenerator(this, modelId, settings);

    /// <summary>
    /// A reranker for a Bedrock reranking model (<c>amazon.rerank-v1:0</c>, <c>cohere.rerank-v3-5:0</c>, or a model ARN). It calls
    /// Bedrock Agent Runtime's <c>POST /rerank</c> at <see cref="AgentRuntimeEndpoint"/>, naming the model by its foundation-model ARN
    /// in this provider's region and partition.
    /// </summary>
    /// <param name="modelId">The reranking model id or ARN.</param>
    /// <exception cref="ArgumentException">The model id is empty or malformed.</exception>
    public BedrockReranker GetReranker(string modelId) => new(this, modelId);
}
