using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Embeddings;

public sealed class ImageEmbeddingTests
{
    private static readonly byte[] Png = [0xFB, 0xFF, 0xBF, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A];
    private static readonly string PngBase64 = Convert.ToBase64String(Png);

    [Fact]
    public async Task Titan_multimodal_sends_inputImage_and_output_length()
    {
        using var handler = new FakeBedrockHandler("""{"embedding":[0.1,0.2],"inputTextTokenCount":0}""");
        using var provider = handler.CreateProvider();

        var result = await provider.GetImageEmbeddingGenerator("amazon.titan-embed-image-v1").GenerateAsync(
            [new DataContent(Png, "image/png")], new EmbeddingGenerationOptions { Dimensions = 256 });

        JsonAssert.Equal($$$"""{"inputImage":"{{{PngBase64}}}","embeddingConfig":{"outputEmbeddingLength":256}}""", handler.Single.Body);
        Assert.Contains("+/", handler.Single.Body, StringComparison.Ordinal);
        Assert.Equal([0.1f, 0.2f], result[0].Vector.ToArray());
    }

    [Fact]
    public async Task Cohere_v3_sends_one_data_uri_per_call_with_input_type_image()
    {
        using var handler = new FakeBedrockHandler("""{"embeddings":[[0.5]],"response_type":"embeddings_floats"}""");
        using var provider = handler.CreateProvider();

        var result = await provider.GetImageEmbeddingGenerator("cohere.embed-english-v3").GenerateAsync(
            [new DataContent(Png, "image/png"), new DataContent(Png, "image/jpeg")]);

        Assert.Equal(2, handler.Requests.Count);
        var bodies = handler.Requests.Select(r => r.Body).ToArray();
        Assert.Contains(bodies, b => b.Contains($"data:image/png;base64,{PngBase64}", StringComparison.Ordinal));
        JsonAssert.Equal($$"""{"input_type":"image","images":["data:image/png;base64,{{PngBase64}}"]}""",
            handler.Requests.Single(r => r.Body.Contains("image/png", StringComparison.Ordinal)).Body);
        Assert.Equal(2, result.Count);
    }

    [Fact]
    public async Task Cohere_v4_batches_images_with_search_document_default()
    {
        using var handler = new FakeBedrockHandler("""{"embeddings":{"float":[[1],[2]]},"images":[{"width":1,"height":1}]}""");
        using var provider = handler.CreateProvider();

        var result = await provider.GetImageEmbeddingGenerator("cohere.embed-v4:0").GenerateAsync(
            [new DataContent(Png, "image/png"), new DataContent(Png, "image/webp")], new BedrockEmbeddingOptions { Dimensions = 1024 });

        JsonAssert.Equal(
            $$"""{"input_type":"search_document","images":["data:image/png;base64,{{PngBase64}}","data:image/webp;base64,{{PngBase64}}"],"output_dimension":1024}""",
            handler.Single.Body);
        Assert.Equal([1f, 2f], result.Select(e => e.Vector.Span[0]));
    }

    [Fact]
    public async Task Nova_sends_an_image_payload_with_format_and_detail_level()
    {
        using var handler = new FakeBedrockHandler("""{"embeddings":[{"embeddingType":"IMAGE","embedding":[0.9]}]}""");
        using var provider = handler.CreateProvider();

        await provider.GetImageEmbeddingGenerator("amazon.nova-2-multimodal-embeddings-v1:0").GenerateAsync(
            [new DataContent(Png, "image/jpeg")],
            new BedrockEmbeddingOptions { ImageDetail = BedrockEmbeddingImageDetail.Document, Purpose = BedrockEmbeddingPurpose.DocumentRetrieval, Dimensions = 3072 });

        JsonAssert.Equal(
            """{"taskType":"SINGLE_EMBEDDING","singleEmbeddingParams":{"embeddingPurpose":"DOCUMENT_RETRIEVAL","embeddingDimension":3072,"image":{"format":"jpeg","detailLevel":"DOCUMENT_IMAGE","source":{"bytes":"PNG"}}}}""".Replace("PNG", PngBase64, StringComparison.Ordinal),
            handler.Single.Body);
    }

    [Theory]
    [InlineData("video/mp4", "video", "mp4", true)]
    [InlineData("video/quicktime", "video", "mov", true)]
    [InlineData("video/3gpp", "video", "3gp", true)]
    [InlineData("audio/mpeg", "audio", "mp3", false)]
    [InlineData("audio/wav", "audio", "wav", false)]
    [InlineData("audio/ogg", "audio", "ogg", false)]
    public async Task Nova_embeds_video_and_audio(string mediaType, string member, string format, bool combined)
    {
        using var handler = new FakeBedrockHandler("""{"embeddings":[{"embeddingType":"AUDIO_VIDEO_COMBINED","embedding":[0.25,0.5]}]}""");
        using var provider = handler.CreateProvider();

        var result = await provider.GetImageEmbeddingGenerator("amazon.nova-2-multimodal-embeddings-v1:0").GenerateAsync(
            [new DataContent(Png, mediaType)], new BedrockEmbeddingOptions { Purpose = BedrockEmbeddingPurpose.VideoRetrieval });

        var mode = combined ? ",\"embeddingMode\":\"AUDIO_VIDEO_COMBINED\"" : string.Empty;
        var expected = "{\"taskType\":\"SINGLE_EMBEDDING\",\"singleEmbeddingParams\":{\"embeddingPurpose\":\"VIDEO_RETRIEVAL\",\"embeddingDimension\":1024,\""
            + member + "\":{\"format\":\"" + format + "\",\"source\":{\"bytes\":\"" + PngBase64 + "\"}" + mode + "}}}";
        JsonAssert.Equal(expected, handler.Single.Body);
        Assert.Equal([0.25f, 0.5f], Assert.Single(result).Vector.ToArray());
        Assert.Empty(result.GetBedrockWarnings());
    }

    [Fact]
    public async Task Nova_warns_that_image_detail_does_not_reach_video()
    {
        using var handler = new FakeBedrockHandler("""{"embeddings":[{"embedding":[0.1]}]}""");
        using var provider = handler.CreateProvider();

        var result = await provider.GetImageEmbeddingGenerator("amazon.nova-2-multimodal-embeddings-v1:0").GenerateAsync(
            [new DataContent(Png, "video/webm")], new BedrockEmbeddingOptions { ImageDetail = BedrockEmbeddingImageDetail.Document });

        Assert.DoesNotContain("detailLevel", handler.Single.Body, StringComparison.Ordinal);
        Assert.Equal("ImageDetail", Assert.Single(result.GetBedrockWarnings()).Setting);
    }

    [Fact]
    public void Text_only_models_have_no_image_generator()
    {
        using var handler = new FakeBedrockHandler("{}");
        using var provider = handler.CreateProvider();

        Assert.Throws<NotSupportedException>(() => provider.GetImageEmbeddingGenerator("amazon.titan-embed-text-v2:0"));
        Assert.Throws<NotSupportedException>(() => provider.GetImageEmbeddingGenerator("amazon.titan-embed-text-v1"));
    }

    [Theory]
    [InlineData("amazon.titan-embed-image-v1", "image/gif")]
    [InlineData("cohere.embed-english-v3", "image/webp")]
    [InlineData("amazon.nova-2-multimodal-embeddings-v1:0", "image/bmp")]
    [InlineData("amazon.nova-2-multimodal-embeddings-v1:0", "audio/flac")]
    [InlineData("cohere.embed-v4:0", "video/mp4")]
    [InlineData("amazon.titan-embed-image-v1", "audio/mpeg")]
    [InlineData("cohere.embed-v4:0", "application/pdf")]
    public async Task Unsupported_image_types_fail_before_any_call(string modelId, string mediaType)
    {
        using var handler = new FakeBedrockHandler("{}");
        using var provider = handler.CreateProvider();

        await Assert.ThrowsAsync<ArgumentException>(() => provider.GetImageEmbeddingGenerator(modelId).GenerateAsync([new DataContent(Png, mediaType)]));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Image_detail_on_text_input_is_a_warning()
    {
        using var handler = new FakeBedrockHandler("""{"embeddings":[{"embeddingType":"TEXT","embedding":[1]}]}""");
        using var provider = handler.CreateProvider();

        var result = await provider.GetEmbeddingGenerator("amazon.nova-2-multimodal-embeddings-v1:0").GenerateAsync(
            ["a"], new BedrockEmbeddingOptions { ImageDetail = BedrockEmbeddingImageDetail.Standard });

        Assert.Equal("ImageDetail", Assert.Single(result.GetBedrockWarnings()).Setting);
        Assert.DoesNotContain("detailLevel", handler.Single.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cohere_v3_replaces_another_input_type_for_images_with_a_warning()
    {
        using var handler = new FakeBedrockHandler("""{"embeddings":[[0.5]]}""");
        using var provider = handler.CreateProvider();

        var result = await provider.GetImageEmbeddingGenerator("cohere.embed-multilingual-v3").GenerateAsync(
            [new DataContent(Png, "image/jpeg")], new BedrockEmbeddingOptions { InputType = BedrockEmbeddingInputType.SearchDocument });

        Assert.Equal("image", handler.Single.Json["input_type"]!.GetValue<string>());
        var warning = Assert.Single(result.GetBedrockWarnings());
        Assert.Equal(BedrockWarning.AdjustedSetting, warning.Code);
    }
}
