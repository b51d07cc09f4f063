using System.Text.Json;
using AmazonBedrock.AI.Tests.Embeddings;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Review;

public sealed class EmbeddingWarningsRoundTripTests
{
    [Fact]
    public async Task Embedding_warnings_are_read_back_after_a_json_round_trip_like_chat_warnings()
    {
        using var handler = new FakeBedrockHandler("""{"embedding":[1],"inputTextTokenCount":1}""");
        using var provider = handler.CreateProvider();
        var result = await provider.GetEmbeddingGenerator("amazon.titan-embed-text-v1").GenerateAsync(["a"], new EmbeddingGenerationOptions { Dimensions = 512 });
        var original = Assert.Single(result.GetBedrockWarnings());

        // What a distributed cache stores and hands back: the properties as JSON.
        var json = JsonSerializer.Serialize(result.AdditionalProperties, AIJsonUtilities.DefaultOptions);
        var restored = new GeneratedEmbeddings<Embedding<float>>
        {
            AdditionalProperties = JsonSerializer.Deserialize<AdditionalPropertiesDictionary>(json, AIJsonUtilities.DefaultOptions),
        };

        Assert.IsType<JsonElement>(restored.AdditionalProperties![BedrockResponseExtensions.WarningsKey]);
        Assert.Equal(original, Assert.Single(restored.GetBedrockWarnings()));
    }

    [Fact]
    public void Embeddings_without_warnings_read_as_empty()
    {
        Assert.Empty(new GeneratedEmbeddings<Embedding<float>>().GetBedrockWarnings());
    }
}
