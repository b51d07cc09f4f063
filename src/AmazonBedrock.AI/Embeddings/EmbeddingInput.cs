using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Embeddings;

/// <summary>One value to embed: a text or an image.</summary>
internal readonly record struct EmbeddingInput(string? Text, DataContent? Image)
{
    public static EmbeddingInput FromText(string text) => new(text, null);

    public static EmbeddingInput FromImage(DataContent image) => new(null, image);
}
