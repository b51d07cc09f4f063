namespace AmazonBedrock.AI;

/// <summary>
/// The request and response schema an embedding model speaks on InvokeModel. Detected from the model id
/// (cross-region prefixes such as <c>us.</c> and <c>global.</c> included); set it explicitly for ARNs.
/// </summary>
public enum BedrockEmbeddingFamily
{
    /// <summary>Amazon Titan Text Embeddings G1 (<c>amazon.titan-embed-text-v1</c>): <c>inputText</c> only, 1536 dimensions.</summary>
    TitanTextV1,

    /// <summary>Amazon Titan Text Embeddings V2 (<c>amazon.titan-embed-text-v2:0</c>): <c>dimensions</c> 256/512/1024, <c>normalize</c>, <c>embeddingTypes</c>.</summary>
    TitanTextV2,

    /// <summary>Amazon Titan Multimodal Embeddings G1 (<c>amazon.titan-embed-image-v1</c>): text or one image, output length 256/384/1024.</summary>
    TitanMultimodal,

    /// <summary>Cohere Embed v3 (<c>cohere.embed-english-v3</c>, <c>cohere.embed-multilingual-v3</c>): up to 96 texts or one image a call.</summary>
    CohereV3,

    /// <summary>Cohere Embed v4 (<c>cohere.embed-v4:0</c>): up to 96 texts or images a call, output dimension 256/512/1024/1536.</summary>
    CohereV4,

    /// <summary>Amazon Nova Multimodal Embeddings (<c>amazon.nova-2-multimodal-embeddings-v1:0</c>): text or image, purpose, dimension 256/384/1024/3072.</summary>
    NovaMultimodal,
}
