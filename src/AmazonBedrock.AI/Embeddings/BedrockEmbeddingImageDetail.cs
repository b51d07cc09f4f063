namespace AmazonBedrock.AI;

/// <summary>Nova Multimodal Embeddings' image <c>detailLevel</c>.</summary>
public enum BedrockEmbeddingImageDetail
{
    /// <summary><c>STANDARD_IMAGE</c>: photographs and pictures.</summary>
    Standard,

    /// <summary><c>DOCUMENT_IMAGE</c>: scans and pages with text.</summary>
    Document,
}
