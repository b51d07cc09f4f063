using AmazonBedrock.AI.Tests.Embeddings;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Review;

public sealed class ImageEmbeddingPerCallModelTests
{
    private static readonly byte[] Gif = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61];

    [Fact]
    public async Task Image_types_are_checked_against_the_model_named_in_the_call_options()
    {
        using var handler = new FakeBedrockHandler("{}");
        using var provider = handler.CreateProvider();
        var generator = provider.GetImageEmbeddingGenerator("amazon.nova-2-multimodal-embeddings-v1:0");

        // Nova embeds gif; Titan Multimodal, named for this call only, does not.
        var error = await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(
            [new DataContent(Gif, "image/gif")], new EmbeddingGenerationOptions { ModelId = "amazon.titan-embed-image-v1" }));

        Assert.Equal("values[0]", error.ParamName);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_call_to_a_model_that_embeds_gif_accepts_gif_whatever_the_generator_default()
    {
        using var handler = new FakeBedrockHandler("""{"embeddings":[{"embeddingType":"IMAGE","embedding":[0.5]}]}""");
        using var provider = handler.CreateProvider();
        var generator = provider.GetImageEmbeddingGenerator("amazon.titan-embed-image-v1");

        var result = await generator.GenerateAsync(
            [new DataContent(Gif, "image/gif")], new EmbeddingGenerationOptions { ModelId = "amazon.nova-2-multimodal-embeddings-v1:0" });

        Assert.Equal([0.5f], Assert.Single(result).Vector.ToArray());
        Assert.Equal("gif", handler.Single.Json["singleEmbeddingParams"]!["image"]!["format"]!.GetValue<string>());
    }
}
