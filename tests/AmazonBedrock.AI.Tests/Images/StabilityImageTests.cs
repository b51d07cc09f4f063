using System.Drawing;
using AmazonBedrock.AI.Tests.Embeddings;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Images;

public sealed class StabilityImageTests
{
    private static readonly string JpegBase64 = CanvasImageTests.JpegBase64;

    [Fact]
    public async Task Ultra_text_to_image_sends_prompt_negative_prompt_aspect_ratio_seed_and_format()
    {
        using var handler = new FakeBedrockHandler($$"""{"seeds":[2130420379],"finish_reasons":[null],"images":["{{JpegBase64}}"]}""");
        using var provider = handler.CreateProvider();

        var response = await provider.GetImageGenerator("stability.stable-image-ultra-v1:1").GenerateImagesAsync("a fox", new BedrockImageGenerationOptions
        {
            NegativeText = "blurry",
            AspectRatio = "16:9",
            Seed = 0,
            MediaType = "image/jpeg",
            ImageSize = new Size(1024, 1024),
        });

        Assert.Equal("/model/stability.stable-image-ultra-v1%3A1/invoke", handler.Single.Uri.AbsolutePath);
        JsonAssert.Equal("""{"prompt":"a fox","negative_prompt":"blurry","aspect_ratio":"16:9","seed":0,"output_format":"jpeg"}""", handler.Single.Body);
        var image = Assert.IsType<DataContent>(Assert.Single(response.Contents));
        Assert.Equal("image/jpeg", image.MediaType);
        var details = Assert.IsType<BedrockImageGenerationDetails>(response.RawRepresentation);
        Assert.Equal([2130420379L], details.Seeds);
        Assert.Equal("ImageSize", Assert.Single(details.Warnings).Setting);
    }

    [Fact]
    public async Task A_fixed_seed_with_several_images_warns_that_they_repeat()
    {
        using var handler = new FakeBedrockHandler($$"""{"seeds":[7],"finish_reasons":[null],"images":["{{CanvasImageTests.PngBase64}}"]}""");
        using var provider = handler.CreateProvider();

        var response = await provider.GetImageGenerator("stability.stable-image-core-v1:1").GenerateImagesAsync("a fox", new BedrockImageGenerationOptions { Seed = 7, Count = 2 });

        var details = Assert.IsType<BedrockImageGenerationDetails>(response.RawRepresentation);
        Assert.Contains(details.Warnings, w => w.Setting == "Seed");
        Assert.Equal(2, response.Contents.Count);
    }

    [Fact]
    public async Task Core_sends_only_the_prompt_by_default()
    {
        using var handler = new FakeBedrockHandler($$"""{"seeds":["17"],"finish_reasons":[null],"images":["{{CanvasImageTests.PngBase64}}"]}""");
        using var provider = handler.CreateProvider();

        var response = await provider.GetImageGenerator("us.stability.stable-image-core-v1:1").GenerateImagesAsync("a fox");

        JsonAssert.Equal("""{"prompt":"a fox"}""", handler.Single.Body);
        Assert.Equal("image/png", Assert.IsType<DataContent>(Assert.Single(response.Contents)).MediaType);
        Assert.Equal([17L], ((BedrockImageGenerationDetails)response.RawRepresentation!).Seeds);
    }

    [Fact]
    public async Task Sd35_image_to_image_sends_mode_image_and_strength_and_one_call_per_image()
    {
        using var handler = new FakeBedrockHandler($$"""{"seeds":[1],"finish_reasons":[null],"images":["{{JpegBase64}}"]}""");
        using var provider = handler.CreateProvider();

        var response = await provider.GetImageGenerator("stability.sd3-5-large-v1:0").GenerateAsync(
            new ImageGenerationRequest("as a painting", [new DataContent(CanvasImageTests.Png, "image/png")]),
            new BedrockImageGenerationOptions { Strength = 0.6f, Count = 2, AspectRatio = "1:1", Style = BedrockImageStyle.Maximalism });

        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, r => JsonAssert.Equal(
            $$"""{"prompt":"as a painting","mode":"image-to-image","image":"{{CanvasImageTests.PngBase64}}","strength":0.6}""", r.Body));
        Assert.Equal(2, response.Contents.Count);
        Assert.Equal(["AspectRatio", "Style"], response.GetBedrockWarnings().Select(w => w.Setting));
    }

    [Fact]
    public async Task Ultra_image_to_image_has_no_mode()
    {
        using var handler = new FakeBedrockHandler($$"""{"finish_reasons":[null],"images":["{{JpegBase64}}"]}""");
        using var provider = handler.CreateProvider();

        await provider.GetImageGenerator("stability.stable-image-ultra-v1:1").EditImageAsync(new DataContent(CanvasImageTests.Jpeg, "image/jpeg"), "night");

        JsonAssert.Equal($$"""{"prompt":"night","image":"{{JpegBase64}}","strength":0.35}""", handler.Single.Body);
    }

    [Fact]
    public async Task A_filter_finish_reason_is_a_content_filtered_exception()
    {
        using var handler = new FakeBedrockHandler("""{"finish_reasons":["Filter reason: prompt"]}""");
        using var provider = handler.CreateProvider();

        var error = await Assert.ThrowsAsync<BedrockContentFilteredException>(() => provider.GetImageGenerator("stability.sd3-5-large-v1:0").GenerateImagesAsync("x"));

        Assert.Equal(["Filter reason: prompt"], error.Reasons);
    }

    [Fact]
    public async Task An_inference_error_finish_reason_is_a_model_error()
    {
        using var handler = new FakeBedrockHandler("""{"finish_reasons":["Inference error"],"images":[]}""");
        using var provider = handler.CreateProvider();

        await Assert.ThrowsAsync<BedrockModelErrorException>(() => provider.GetImageGenerator("stability.sd3-5-large-v1:0").GenerateImagesAsync("x"));
    }

    [Fact]
    public async Task Bad_input_fails_before_any_call()
    {
        using var handler = new FakeBedrockHandler("{}");
        using var provider = handler.CreateProvider();
        var png = new DataContent(CanvasImageTests.Png, "image/png");

        await Assert.ThrowsAsync<ArgumentException>(() => provider.GetImageGenerator("stability.stable-image-core-v1:1").EditImageAsync(png, "x"));
        await Assert.ThrowsAsync<ArgumentException>(() => provider.GetImageGenerator("stability.stable-image-ultra-v1:1").GenerateImagesAsync("x", new BedrockImageGenerationOptions { AspectRatio = "7:3" }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => provider.GetImageGenerator("stability.stable-image-ultra-v1:1").EditImageAsync(png, "x", new BedrockImageGenerationOptions { Strength = 2 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => provider.GetImageGenerator("stability.stable-image-ultra-v1:1").GenerateImagesAsync("x", new BedrockImageGenerationOptions { Seed = -1 }));
        await Assert.ThrowsAsync<ArgumentException>(() => provider.GetImageGenerator("stability.stable-image-ultra-v1:1").GenerateImagesAsync(string.Empty));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task An_arn_with_an_explicit_family_uses_that_schema()
    {
        const string arn = "arn:aws:bedrock:us-west-2:123456789012:inference-profile/us.stability.x";
        using var handler = new FakeBedrockHandler($$"""{"finish_reasons":[null],"images":["{{JpegBase64}}"]}""");
        using var provider = handler.CreateProvider();

        await provider.GetImageGenerator(arn, new BedrockImageSettings { Family = BedrockImageFamily.StableImageCore }).GenerateImagesAsync("x");

        Assert.EndsWith("inference-profile%2Fus.stability.x/invoke", handler.Single.Uri.AbsoluteUri, StringComparison.Ordinal);
        JsonAssert.Equal("""{"prompt":"x"}""", handler.Single.Body);
    }
}
