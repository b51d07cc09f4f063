using System.Drawing;
using System.Net;
using AmazonBedrock.AI.Tests.Embeddings;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Images;

public sealed class CanvasImageTests
{
    internal static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFB, 0xFF, 0xBF];
    internal static readonly string PngBase64 = Convert.ToBase64String(Png);
    internal static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
    internal static readonly string JpegBase64 = Convert.ToBase64String(Jpeg);

    private static string Images(int count) => $$"""{"images":[{{string.Join(",", Enumerable.Repeat($"\"{PngBase64}\"", count))}}],"error":null,"extra":1}""";

    private static string Canvas(string json) => json.Replace("PNG64", PngBase64, StringComparison.Ordinal).Replace("JPEG64", JpegBase64, StringComparison.Ordinal);

    [Fact]
    public async Task Text_to_image_sends_every_setting_and_returns_png_data()
    {
        using var handler = new FakeBedrockHandler(Images(2));
        using var provider = handler.CreateProvider();
        var generator = provider.GetImageGenerator("amazon.nova-canvas-v1:0");

        var response = await generator.GenerateAsync(new ImageGenerationRequest("a lighthouse"), new BedrockImageGenerationOptions
        {
            NegativeText = "people",
            Style = BedrockImageStyle.Photorealism,
            Quality = BedrockImageQuality.Premium,
            CfgScale = 7,
            Seed = 42,
            ImageSize = new Size(1024, 512),
            Count = 2,
        });

        var request = handler.Single;
        Assert.Equal("/model/amazon.nova-canvas-v1%3A0/invoke", request.Uri.AbsolutePath);
        Assert.Equal("application/json", request.Header("Accept"));
        JsonAssert.Equal(
            """{"taskType":"TEXT_IMAGE","textToImageParams":{"text":"a lighthouse","negativeText":"people","style":"PHOTOREALISM"},"imageGenerationConfig":{"width":1024,"height":512,"seed":42,"numberOfImages":2,"quality":"premium","cfgScale":7}}""",
            request.Body);
        Assert.Equal(2, response.Contents.Count);
        var image = Assert.IsType<DataContent>(response.Contents[0]);
        Assert.Equal("image/png", image.MediaType);
        Assert.Equal(Png, image.Data.ToArray());
        var details = Assert.IsType<BedrockImageGenerationDetails>(response.RawRepresentation);
        Assert.Equal("amazon.nova-canvas-v1:0", details.ModelId);
        Assert.Single(details.RequestIds);
        Assert.Empty(response.GetBedrockWarnings());
    }

    [Fact]
    public async Task Minimal_text_to_image_has_no_style_and_one_image()
    {
        using var handler = new FakeBedrockHandler(Images(1));
        using var provider = handler.CreateProvider();

        await provider.GetImageGenerator("amazon.nova-canvas-v1:0").GenerateImagesAsync("a cat");

        JsonAssert.Equal("""{"taskType":"TEXT_IMAGE","textToImageParams":{"text":"a cat"},"imageGenerationConfig":{"numberOfImages":1}}""", handler.Single.Body);
    }

    [Fact]
    public async Task Seed_and_cfg_scale_of_zero_are_sent()
    {
        using var handler = new FakeBedrockHandler(Images(1));
        using var provider = handler.CreateProvider();

        await provider.GetImageGenerator("amazon.nova-canvas-v1:0").GenerateImagesAsync("a cat", new BedrockImageGenerationOptions { Seed = 0, CfgScale = 0 });

        JsonAssert.Equal("""{"taskType":"TEXT_IMAGE","textToImageParams":{"text":"a cat"},"imageGenerationConfig":{"seed":0,"numberOfImages":1,"cfgScale":0}}""", handler.Single.Body);
    }

    [Fact]
    public async Task Unsupported_settings_are_warnings_and_are_not_sent()
    {
        using var handler = new FakeBedrockHandler(Images(1));
        using var provider = handler.CreateProvider();

        var response = await provider.GetImageGenerator("amazon.nova-canvas-v1:0").GenerateImagesAsync("a cat", new BedrockImageGenerationOptions
        {
            AspectRatio = "16:9",
            MediaType = "image/jpeg",
            ResponseFormat = ImageGenerationResponseFormat.Uri,
            SimilarityStrength = 0.5f,
            MaskPrompt = "sky",
        });

        var warnings = response.GetBedrockWarnings();
        Assert.Contains(warnings, w => w.Setting == "AspectRatio" && w.Message == "This model does not support aspect ratio. Use ImageSize instead.");
        Assert.Contains(warnings, w => w.Setting == "MediaType");
        Assert.Contains(warnings, w => w.Setting == "ResponseFormat");
        Assert.Contains(warnings, w => w.Setting == "SimilarityStrength");
        Assert.Contains(warnings, w => w.Setting == "MaskPrompt");
        JsonAssert.Equal("""{"taskType":"TEXT_IMAGE","textToImageParams":{"text":"a cat"},"imageGenerationConfig":{"numberOfImages":1}}""", handler.Single.Body);
    }

    [Fact]
    public async Task More_than_five_images_are_split_into_calls_and_returned_in_order()
    {
        using var handler = new FakeBedrockHandler(async (request, _) =>
        {
            var n = request.Json["imageGenerationConfig"]!["numberOfImages"]!.GetValue<int>();
            await Task.Delay(n == 5 ? 150 : 0); // the first call answers last
            var marker = Convert.ToBase64String(n == 5 ? Png : Jpeg);
            return FakeBedrockHandler.Json($$"""{"images":[{{string.Join(",", Enumerable.Repeat($"\"{marker}\"", n))}}]}""");
        });
        using var provider = handler.CreateProvider();

        var response = await provider.GetImageGenerator("amazon.nova-canvas-v1:0").GenerateImagesAsync("a cat", new ImageGenerationOptions { Count = 7 });

        Assert.Equal([2, 5], handler.Requests.Select(r => r.Json["imageGenerationConfig"]!["numberOfImages"]!.GetValue<int>()).Order());
        Assert.Equal(
            ["image/png", "image/png", "image/png", "image/png", "image/png", "image/jpeg", "image/jpeg"],
            response.Contents.Cast<DataContent>().Select(c => c.MediaType));
        Assert.Equal(2, ((BedrockImageGenerationDetails)response.RawRepresentation!).RequestIds.Count);
    }

    [Fact]
    public async Task Inpainting_with_a_mask_prompt_and_negative_text()
    {
        using var handler = new FakeBedrockHandler(Images(1));
        using var provider = handler.CreateProvider();

        await provider.GetImageGenerator("amazon.nova-canvas-v1:0").GenerateAsync(
            new ImageGenerationRequest("a red door", [new DataContent(Png, "image/png")]),
            new BedrockImageGenerationOptions { MaskPrompt = "the door", NegativeText = "blur" });

        JsonAssert.Equal(Canvas("""{"taskType":"INPAINTING","inPaintingParams":{"image":"PNG64","text":"a red door","negativeText":"blur","maskPrompt":"the door"},"imageGenerationConfig":{"numberOfImages":1}}"""), handler.Single.Body);
    }

    [Fact]
    public async Task Inpainting_is_inferred_from_a_mask_image()
    {
        using var handler = new FakeBedrockHandler(Images(1));
        using var provider = handler.CreateProvider();

        await provider.GetImageGenerator("amazon.nova-canvas-v1:0").EditImageAsync(
            new DataContent(Png, "image/png"), "a window", new BedrockImageGenerationOptions { MaskImage = new DataContent(Jpeg, "image/jpeg") });

        JsonAssert.Equal(Canvas("""{"taskType":"INPAINTING","inPaintingParams":{"image":"PNG64","text":"a window","maskImage":"JPEG64"},"imageGenerationConfig":{"numberOfImages":1}}"""), handler.Single.Body);
    }

    [Fact]
    public async Task Outpainting_sends_mode_and_mask()
    {
        using var handler = new FakeBedrockHandler(Images(1));
        using var provider = handler.CreateProvider();

        await provider.GetImageGenerator("amazon.nova-canvas-v1:0").EditImageAsync(
            new DataContent(Png, "image/png"), "a beach", new BedrockImageGenerationOptions
            {
                TaskType = BedrockImageTaskType.Outpainting,
                MaskPrompt = "the dog",
                OutpaintingMode = BedrockOutpaintingMode.Precise,
                Quality = BedrockImageQuality.Standard,
            });

        JsonAssert.Equal(Canvas("""{"taskType":"OUTPAINTING","outPaintingParams":{"image":"PNG64","text":"a beach","maskPrompt":"the dog","outPaintingMode":"PRECISE"},"imageGenerationConfig":{"numberOfImages":1,"quality":"standard"}}"""), handler.Single.Body);
    }

    [Fact]
    public async Task Background_removal_sends_only_the_image()
    {
        using var handler = new FakeBedrockHandler(Images(1));
        using var provider = handler.CreateProvider();

        var response = await provider.GetImageGenerator("amazon.nova-canvas-v1:0").GenerateAsync(
            new ImageGenerationRequest { OriginalImages = [new DataContent(Png, "image/png")] },
            new BedrockImageGenerationOptions { TaskType = BedrockImageTaskType.BackgroundRemoval, Seed = 3 });

        JsonAssert.Equal(Canvas("""{"taskType":"BACKGROUND_REMOVAL","backgroundRemovalParams":{"image":"PNG64"}}"""), handler.Single.Body);
        Assert.Equal("Seed", Assert.Single(response.GetBedrockWarnings()).Setting);
    }

    [Fact]
    public async Task Variation_is_the_default_for_input_images_and_sends_all_of_them()
    {
        using var handler = new FakeBedrockHandler(Images(1));
        using var provider = handler.CreateProvider();

        await provider.GetImageGenerator("amazon.nova-canvas-v1:0").GenerateAsync(
            new ImageGenerationRequest("brighter", [new DataContent(Png, "image/png"), new DataContent(Jpeg, "image/jpeg")]),
            new BedrockImageGenerationOptions { SimilarityStrength = 0.7f });

        JsonAssert.Equal(Canvas("""{"taskType":"IMAGE_VARIATION","imageVariationParams":{"images":["PNG64","JPEG64"],"text":"brighter","similarityStrength":0.7},"imageGenerationConfig":{"numberOfImages":1}}"""), handler.Single.Body);
    }

    [Fact]
    public async Task Color_guided_generation_sends_colors_and_reference_image()
    {
        using var handler = new FakeBedrockHandler(Images(1));
        using var provider = handler.CreateProvider();

        await provider.GetImageGenerator("amazon.nova-canvas-v1:0").GenerateImagesAsync("a jar", new BedrockImageGenerationOptions
        {
            Colors = ["#FF0000", "#00ff88"],
            ReferenceImage = new DataContent(Png, "image/png"),
            NegativeText = "text",
        });

        JsonAssert.Equal(Canvas("""{"taskType":"COLOR_GUIDED_GENERATION","colorGuidedGenerationParams":{"text":"a jar","negativeText":"text","colors":["#FF0000","#00ff88"],"referenceImage":"PNG64"},"imageGenerationConfig":{"numberOfImages":1}}"""), handler.Single.Body);
    }

    [Fact]
    public async Task Titan_sends_a_condition_image_with_control_mode_and_warns_about_style()
    {
        using var handler = new FakeBedrockHandler(Images(1));
        using var provider = handler.CreateProvider();

        var response = await provider.GetImageGenerator("amazon.titan-image-generator-v2:0").GenerateImagesAsync("a house", new BedrockImageGenerationOptions
        {
            ConditionImage = new DataContent(Png, "image/png"),
            ControlMode = BedrockImageControlMode.CannyEdge,
            ControlStrength = 0.7f,
            Style = BedrockImageStyle.Maximalism,
            Seed = 2_000_000_000,
            ImageSize = new Size(1000, 1000),
        });

        Assert.Equal("/model/amazon.titan-image-generator-v2%3A0/invoke", handler.Single.Uri.AbsolutePath);
        JsonAssert.Equal(Canvas("""{"taskType":"TEXT_IMAGE","textToImageParams":{"text":"a house","conditionImage":"PNG64","controlMode":"CANNY_EDGE","controlStrength":0.7},"imageGenerationConfig":{"width":1000,"height":1000,"seed":2000000000,"numberOfImages":1}}"""), handler.Single.Body);
        Assert.Equal("Style", Assert.Single(response.GetBedrockWarnings()).Setting);
    }

    [Fact]
    public async Task A_moderated_response_is_a_content_filtered_exception_with_the_reasons()
    {
        using var handler = new FakeBedrockHandler("""{"images":[],"status":"Request Moderated","details":{"Moderation Reasons":["GENERATED_IMAGE","INPUT_TEXT"]}}""");
        using var provider = handler.CreateProvider();

        var error = await Assert.ThrowsAsync<BedrockContentFilteredException>(() => provider.GetImageGenerator("amazon.nova-canvas-v1:0").GenerateImagesAsync("x"));

        Assert.Equal(["GENERATED_IMAGE", "INPUT_TEXT"], error.Reasons);
        Assert.Contains("Request Moderated", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.RequestId);
    }

    [Theory]
    [InlineData("""{"images":[]}""")]
    [InlineData("""{"other":true}""")]
    public async Task A_response_without_images_is_a_content_filtered_exception(string body)
    {
        using var handler = new FakeBedrockHandler(body);
        using var provider = handler.CreateProvider();

        var error = await Assert.ThrowsAsync<BedrockContentFilteredException>(() => provider.GetImageGenerator("amazon.nova-canvas-v1:0").GenerateImagesAsync("x"));

        Assert.Contains("no images", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_titan_error_member_is_a_content_filtered_exception()
    {
        using var handler = new FakeBedrockHandler("""{"images":[],"error":"This request has been blocked by our content filters."}""");
        using var provider = handler.CreateProvider();

        var error = await Assert.ThrowsAsync<BedrockContentFilteredException>(() => provider.GetImageGenerator("amazon.titan-image-generator-v2:0").GenerateImagesAsync("x"));

        Assert.Equal(["This request has been blocked by our content filters."], error.Reasons);
    }

    [Fact]
    public async Task A_content_filter_validation_error_becomes_a_content_filtered_exception()
    {
        using var handler = new FakeBedrockHandler((_, _) => FakeBedrockHandler.Json(
            """{"message":"This request has been blocked by our content filters."}""", HttpStatusCode.BadRequest,
            ("x-amzn-ErrorType", "ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/")));
        using var provider = handler.CreateProvider();

        var error = await Assert.ThrowsAsync<BedrockContentFilteredException>(() => provider.GetImageGenerator("amazon.nova-canvas-v1:0").GenerateImagesAsync("x"));

        Assert.IsType<BedrockValidationException>(error.InnerException);
        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public async Task Other_validation_errors_stay_typed()
    {
        using var handler = new FakeBedrockHandler((_, _) => FakeBedrockHandler.Json(
            """{"message":"Malformed input request: #/imageGenerationConfig/cfgScale: 0.0 is not higher or equal to 1.1"}""", HttpStatusCode.BadRequest,
            ("x-amzn-ErrorType", "ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/")));
        using var provider = handler.CreateProvider();

        await Assert.ThrowsAsync<BedrockValidationException>(() => provider.GetImageGenerator("amazon.nova-canvas-v1:0").GenerateImagesAsync("x"));
    }

    [Fact]
    public async Task Bad_input_fails_before_any_call()
    {
        using var handler = new FakeBedrockHandler(Images(1));
        using var provider = handler.CreateProvider();
        var generator = provider.GetImageGenerator("amazon.nova-canvas-v1:0");
        var png = new DataContent(Png, "image/png");

        await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(new ImageGenerationRequest("x", [new UriContent("https://example.com/a.png", "image/png")])));
        await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(new ImageGenerationRequest("x", [new DataContent(Png, "image/gif")])));
        await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(new ImageGenerationRequest("x", [png]), new BedrockImageGenerationOptions { TaskType = BedrockImageTaskType.Inpainting }));
        await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(new ImageGenerationRequest("x", [png]), new BedrockImageGenerationOptions { MaskPrompt = "a", MaskImage = png }));
        await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(new ImageGenerationRequest("x"), new BedrockImageGenerationOptions { TaskType = BedrockImageTaskType.BackgroundRemoval }));
        await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(new ImageGenerationRequest(string.Empty)));
        await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(new ImageGenerationRequest(new string('a', 1025))));
        await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(new ImageGenerationRequest("x"), new BedrockImageGenerationOptions { Colors = ["red"] }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => generator.GenerateAsync(new ImageGenerationRequest("x"), new ImageGenerationOptions { ImageSize = new Size(1000, 1000) }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => generator.GenerateAsync(new ImageGenerationRequest("x"), new BedrockImageGenerationOptions { Seed = 858_993_460 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => generator.GenerateAsync(new ImageGenerationRequest("x"), new ImageGenerationOptions { Count = 0 }));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public void Metadata_and_services()
    {
        using var handler = new FakeBedrockHandler(Images(1));
        using var provider = handler.CreateProvider();

        var generator = provider.GetImageGenerator("amazon.nova-canvas-v1:0");
        var metadata = generator.GetService<ImageGeneratorMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal("aws.bedrock", metadata.ProviderName);
        Assert.Equal(provider.Endpoint, metadata.ProviderUri);
        Assert.Equal("amazon.nova-canvas-v1:0", metadata.DefaultModelId);
        Assert.Same(generator, generator.GetService(generator.GetType()));
    }

    [Fact]
    public void Options_clone_keeps_the_bedrock_settings()
    {
        var options = new BedrockImageGenerationOptions { Count = 2, Style = BedrockImageStyle.DesignSketch, Colors = ["#000000"], Seed = 5 };

        var clone = Assert.IsType<BedrockImageGenerationOptions>(options.Clone());

        Assert.Equal(2, clone.Count);
        Assert.Equal(BedrockImageStyle.DesignSketch, clone.Style);
        Assert.Equal(5, clone.Seed);
        Assert.NotSame(options.Colors, clone.Colors);
        Assert.Equal(options.Colors, clone.Colors);
    }
}
