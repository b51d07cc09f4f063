namespace AmazonBedrock.AI;

/// <summary>
/// An extra embedding encoding to ask for (Titan Text V2 <c>embeddingTypes</c>, Cohere <c>embedding_types</c>).
/// The float vector is always requested and returned as <see cref="Microsoft.Extensions.AI.Embedding{T}.Vector"/>;
/// other encodings arrive as <c>int[]</c> in the embedding's <c>AdditionalProperties</c> under <c>aws.bedrock.embedding.{type}</c>.
/// </summary>
public enum BedrockEmbeddingType
{
    /// <summary><c>float</c>.</summary>
    Float,

    /// <summary><c>int8</c> (Cohere).</summary>
    Int8,

    /// <summary><c>uint8</c> (Cohere).</summary>
    UInt8,

    /// <summary><c>binary</c> (Titan Text V2, Cohere).</summary>
    Binary,

    /// <summary><c>ubinary</c> (Cohere).</summary>
    UBinary,
}
