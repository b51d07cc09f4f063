using System.Diagnostics.CodeAnalysis;
using AmazonBedrock.AI.Tests.Embeddings;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Review;

[SuppressMessage("Usage", "MEAI001", Justification = "Image generation is experimental in MEAI.")]
public sealed class IgnoredOptionMembersTests
{
    private const string OnePng = """{"images":["iVBORw0KGgo="]}""";

    [Fact]
    public async Task Embedding_options_additional_properties_and_raw_factory_are_warned_about_not_sent()
    {
        using var handler = new FakeBedrockHandler("""{"embedding":[1],"inputTextTokenCount":1}""");
        using var provider = handler.CreateProvider();
        var options = new EmbeddingGenerationOptions
        {
            AdditionalProperties = new() { ["dimensions_override"] = 3 },
            RawRepresentationFactory = _ => new object(),
        };

        var result = await provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0").GenerateAsync(["a"], options);

        JsonAssert.Equal("""{"inputText":"a"}""", handler.Single.Body);
        var warnings = result.GetBedrockWarnings();
        Assert.Equal(["AdditionalProperties", "RawRepresentationFactory"], warnings.Select(w => w.Setting));
        Assert.Contains("dimensions_override", warnings[0].Message, StringComparison.Ordinal);
        Assert.All(warnings, w => Assert.Equal(BedrockWarning.UnsupportedSetting, w.Code));
    }

    [Fact]
    public async Task Image_options_additional_properties_raw_factory_and_streaming_count_are_warned_about()
    {
        using var handler = new FakeBedrockHandler(OnePng);
        using var provider = handler.CreateProvider();
        var options = new ImageGenerationOptions
        {
            AdditionalProperties = new() { ["quality"] = "premium" },
            RawRepresentationFactory = _ => new object(),
            StreamingCount = 2,
        };

        var response = await provider.GetImageGenerator("amazon.nova-canvas-v1:0").GenerateAsync(new ImageGenerationRequest("a cat"), options);

        Assert.Single(handler.Requests);
        Assert.Equal(["AdditionalProperties", "RawRepresentationFactory", "StreamingCount"], response.GetBedrockWarnings().Select(w => w.Setting));
    }

    [Fact]
    public async Task Plain_options_give_no_such_warnings()
    {
        using var handler = new FakeBedrockHandler(OnePng);
        using var provider = handler.CreateProvider();

        var response = await provider.GetImageGenerator("amazon.nova-canvas-v1:0").GenerateAsync(new ImageGenerationRequest("a cat"), new ImageGenerationOptions());

        Assert.Empty(response.GetBedrockWarnings());
    }
}
