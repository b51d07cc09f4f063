namespace AmazonBedrock.AI;

/// <summary>Nova Multimodal Embeddings' <c>embeddingPurpose</c>.</summary>
public enum BedrockEmbeddingPurpose
{
    /// <summary><c>GENERIC_INDEX</c>: content stored in an index (the default).</summary>
    GenericIndex,

    /// <summary><c>GENERIC_RETRIEVAL</c>: a query against mixed-modality content.</summary>
    GenericRetrieval,

    /// <summary><c>TEXT_RETRIEVAL</c>: a query against text.</summary>
    TextRetrieval,

    /// <summary><c>IMAGE_RETRIEVAL</c>: a query against images.</summary>
    ImageRetrieval,

    /// <summary><c>VIDEO_RETRIEVAL</c>: a query against video.</summary>
    VideoRetrieval,

    /// <summary><c>DOCUMENT_RETRIEVAL</c>: a query against document images.</summary>
    DocumentRetrieval,

    /// <summary><c>AUDIO_RETRIEVAL</c>: a query against audio.</summary>
    AudioRetrieval,

    /// <summary><c>CLASSIFICATION</c>: input to a classifier.</summary>
    Classification,

    /// <summary><c>CLUSTERING</c>: input to clustering.</summary>
    Clustering,
}
