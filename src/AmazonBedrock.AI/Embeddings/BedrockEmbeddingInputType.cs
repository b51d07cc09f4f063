namespace AmazonBedrock.AI;

/// <summary>Cohere's <c>input_type</c>: what the embeddings will be used for.</summary>
public enum BedrockEmbeddingInputType
{
    /// <summary><c>search_query</c>: a query run against stored documents (the default for text, as in the AI SDK).</summary>
    SearchQuery,

    /// <summary><c>search_document</c>: a document stored for search.</summary>
    SearchDocument,

    /// <summary><c>classification</c>: input to a classifier.</summary>
    Classification,

    /// <summary><c>clustering</c>: input to clustering.</summary>
    Clustering,

    /// <summary><c>image</c>: an image (Cohere Embed v3 only; chosen automatically for image inputs).</summary>
    Image,
}
