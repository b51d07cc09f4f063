using System.Diagnostics.CodeAnalysis;
using AmazonBedrock.AI.Tests.Embeddings;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Review;

[SuppressMessage("Usage", "MEAI001", Justification = "Image generation is experimental in MEAI.")]
public sealed class SettingsCopiedTests
{
    [Fact]
    public async Task Embedding_settings_changed_after_creation_do_not_reach_the_generator()
    {
        using var handler = new FakeBedrockHandler("""{"embedding":[1],"inputTextTokenCount":1}""", """{"embedding":[2],"inputTextTokenCount":1}""");
        using var provider = handler.CreateProvider();
        var settings = new BedrockEmbeddingSettings { MaxConcurrency = 2, Dimensions = 256 };
        var generator = provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0", settings);

        // A zero concurrency would never let a call start; an unchecked dimension would reach the wire.
        settings.MaxConcurrency = 0;
        settings.Dimensions = 7;
        var result = await generator.GenerateAsync(["a", "b"]).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, result.Count);
        Assert.All(handler.Requests, request => Assert.Equal(256, request.Json["dimensions"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Image_settings_changed_after_creation_do_not_reach_the_generator()
    {
        using var handler = new FakeBedrockHandler("""{"images":["iVBORw0KGgo="]}""");
        using var provider = handler.CreateProvider();
        var settings = new BedrockImageSettings { MaxConcurrency = 1 };
        var generator = provider.GetImageGenerator("amazon.nova-canvas-v1:0", settings);

        settings.MaxConcurrency = 0;
        var response = await generator.GenerateAsync(new ImageGenerationRequest("a cat")).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Single(response.Contents);
    }

    [Fact]
    public void Clones_are_independent_copies()
    {
        var embedding = new BedrockEmbeddingSettings { Family = BedrockEmbeddingFamily.CohereV4, Dimensions = 512, MaxConcurrency = 3 };
        var embeddingCopy = embedding.Clone();
        embedding.MaxConcurrency = 9;
        Assert.Equal((BedrockEmbeddingFamily.CohereV4, 512, 3), (embeddingCopy.Family!.Value, embeddingCopy.Dimensions!.Value, embeddingCopy.MaxConcurrency));

        var image = new BedrockImageSettings { Family = BedrockImageFamily.TitanImageGenerator, MaxConcurrency = 2 };
        var imageCopy = image.Clone();
        image.MaxConcurrency = 9;
        Assert.Equal((BedrockImageFamily.TitanImageGenerator, 2), (imageCopy.Family!.Value, imageCopy.MaxConcurrency));
    }
}
