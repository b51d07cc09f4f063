using System.Numerics.Tensors;
using AmazonBedrock.AI.Tests.Chat.Integration;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Integration;

/// <summary>Embeddings, images and reranking end to end against the emulator.</summary>
public sealed class ModelsEmulatorTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Theory]
    [InlineData("amazon.titan-embed-text-v2:0", 256)]
    [InlineData("amazon.titan-embed-text-v2:0", 1024)]
    [InlineData("cohere.embed-english-v3", null)]
    [InlineData("us.cohere.embed-v4:0", 512)]
    [InlineData("amazon.nova-2-multimodal-embeddings-v1:0", 384)]
    public async Task Embeddings_come_back_in_order_with_the_requested_dimension(string modelId, int? dimensions)
    {
        fixture.Emulator.ClearRequests();
        var generator = fixture.Provider.GetEmbeddingGenerator(modelId);
        string[] inputs = ["the cat sat on the mat", "a cat sat on a mat", "quarterly revenue grew by nine percent"];
        var embeddings = await generator.GenerateAsync(inputs, new EmbeddingGenerationOptions { Dimensions = dimensions });

        Assert.Equal(3, embeddings.Count);
        if (dimensions is not null)
        {
            Assert.All(embeddings, e => Assert.Equal(dimensions.Value, e.Vector.Length));
        }

        Assert.All(fixture.Emulator.Requests, r => Assert.Equal("invoke", r.Operation));
        Assert.All(fixture.Emulator.Requests, r => Assert.Equal(modelId, r.ModelId));
        var similar = TensorPrimitives.CosineSimilarity(embeddings[0].Vector.Span, embeddings[1].Vector.Span);
        var unrelated = TensorPrimitives.CosineSimilarity(embeddings[0].Vector.Span, embeddings[2].Vector.Span);
        Assert.True(similar > unrelated, $"similar {similar} <= unrelated {unrelated}");
    }

    [Fact]
    public async Task Cohere_batches_and_titan_fans_out()
    {
        var texts = Enumerable.Range(0, 100).Select(i => $"document number {i}").ToArray();

        fixture.Emulator.ClearRequests();
        var cohere = await fixture.Provider.GetEmbeddingGenerator("cohere.embed-english-v3").GenerateAsync(texts);
        Assert.Equal(100, cohere.Count);
        Assert.Equal(2, fixture.Emulator.Requests.Count);

        fixture.Emulator.ClearRequests();
        var titan = await fixture.Provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0").GenerateAsync(texts.Take(10));
        Assert.Equal(10, titan.Count);
        Assert.Equal(10, fixture.Emulator.Requests.Count);
        var single = await fixture.Provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0").GenerateAsync(["document number 7"]);
        Assert.Equal(single[0].Vector.ToArray(), titan[7].Vector.ToArray());
    }

#pragma warning disable MEAI001 // IImageGenerator is experimental in MEAI.
    [Theory]
    [InlineData("amazon.nova-canvas-v1:0")]
    [InlineData("amazon.titan-image-generator-v2:0")]
    public async Task Images_are_valid_png_files_of_the_requested_size(string modelId)
    {
        var generator = fixture.Provider.GetImageGenerator(modelId);
        var response = await generator.GenerateAsync(
            new ImageGenerationRequest("a lighthouse at dusk"),
            new ImageGenerationOptions { ImageSize = new System.Drawing.Size(512, 320), Count = 2 });

        Assert.Equal(2, response.Contents.Count);
        foreach (var image in response.Contents.OfType<DataContent>())
        {
            Assert.Equal("image/png", image.MediaType);
            var bytes = image.Data.Span;
            Assert.True(bytes[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
            Assert.Equal(512, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes[16..20]));
            Assert.Equal(320, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes[20..24]));
        }

        var body = fixture.Emulator.LastRequest.Json!;
        Assert.Equal("TEXT_IMAGE", body["taskType"]!.GetValue<string>());
        Assert.Equal(2, body["imageGenerationConfig"]!["numberOfImages"]!.GetValue<int>());
    }
#pragma warning restore MEAI001

    [Fact]
    public async Task Rerank_orders_documents_by_relevance()
    {
        var reranker = fixture.Provider.GetReranker("amazon.rerank-v1:0");
        var result = await reranker.RerankAsync(
            "how do cats sleep",
            ["Quarterly revenue grew nine percent.", "Cats sleep up to sixteen hours a day.", "Dogs bark at night."],
            topN: 2);

        Assert.Equal(2, result.Results.Count);
        Assert.Equal(1, result.Results[0].Index);
        Assert.True(result.Results[0].RelevanceScore >= result.Results[1].RelevanceScore);
        var request = fixture.Emulator.LastRequest;
        Assert.Equal("rerank", request.Operation);
        Assert.Equal("arn:aws:bedrock:us-east-1::foundation-model/amazon.rerank-v1:0",
            request.Json!["rerankingConfiguration"]!["bedrockRerankingConfiguration"]!["modelConfiguration"]!["modelArn"]!.GetValue<string>());
    }
}
