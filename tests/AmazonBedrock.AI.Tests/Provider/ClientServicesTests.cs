using AmazonBedrock.AI.Tests.Embeddings;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Provider;

/// <summary>Embedding and image generators answer GetService the way the chat client does.</summary>
public sealed class ClientServicesTests
{
    [Fact]
    public void Embedding_generators_hand_out_metadata_settings_copies_the_provider_and_its_options()
    {
        using var handler = new FakeBedrockHandler("{}");
        using var provider = handler.CreateProvider();
        var settings = new BedrockEmbeddingSettings { Dimensions = 512 };
        IEmbeddingGenerator[] generators =
        [
            provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0", settings),
            provider.GetImageEmbeddingGenerator("amazon.titan-embed-image-v1", new BedrockEmbeddingSettings { Dimensions = 256 }),
        ];

        foreach (var generator in generators)
        {
            Assert.NotNull(generator.GetService<EmbeddingGeneratorMetadata>());
            Assert.Same(provider, generator.GetService<BedrockProvider>());
            Assert.Same(provider.Options, generator.GetService<BedrockProviderOptions>());
            Assert.Same(generator, generator.GetService(typeof(IDisposable)));
            Assert.Null(generator.GetService<BedrockProvider>("key"));
        }

        var copy = generators[0].GetService<BedrockEmbeddingSettings>()!;
        Assert.NotSame(settings, copy);
        Assert.Equal(512, copy.Dimensions);
        copy.Dimensions = 1024;
        Assert.Equal(512, generators[0].GetService<BedrockEmbeddingSettings>()!.Dimensions);
    }

    [Fact]
    public void Image_generators_hand_out_metadata_settings_copies_the_provider_and_its_options()
    {
        using var handler = new FakeBedrockHandler("{}");
        using var provider = handler.CreateProvider();
        var generator = provider.GetImageGenerator("amazon.nova-canvas-v1:0");

        Assert.NotNull(generator.GetService<ImageGeneratorMetadata>());
        Assert.Same(provider, generator.GetService<BedrockProvider>());
        Assert.Same(provider.Options, generator.GetService<BedrockProviderOptions>());
        Assert.Same(generator, generator.GetService(typeof(object)));
        var first = generator.GetService<BedrockImageSettings>();
        Assert.NotNull(first);
        Assert.NotSame(first, generator.GetService<BedrockImageSettings>());
    }
}
