using AmazonBedrock.AI.Emulator;
using AmazonBedrock.AI.Tests.Embeddings;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Provider;

/// <summary>Guardrail, latency, service tier and request metadata reach InvokeModel as its X-Amzn-Bedrock-* headers, signed.</summary>
public sealed class InvokeModelHeadersTests
{
    private static readonly string PngBase64 = Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFB, 0xFF, 0xBF]);

    [Fact]
    public async Task Embedding_calls_send_every_setting_as_a_signed_header()
    {
        using var handler = new FakeBedrockHandler("""{"embedding":[0.5],"inputTextTokenCount":1}""");
        using var provider = handler.CreateProvider();
        var options = new BedrockEmbeddingOptions
        {
            GuardrailConfig = new BedrockGuardrailConfig { GuardrailIdentifier = "gr-1", GuardrailVersion = "DRAFT", Trace = BedrockGuardrailTrace.EnabledFull },
            Latency = BedrockLatency.Optimized,
            ServiceTier = BedrockServiceTier.Flex,
            RequestMetadata = new Dictionary<string, string> { ["team"] = "search", ["note"] = "café" },
        };

        var result = await provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0").GenerateAsync(["hello"], options);

        var request = handler.Single;
        Assert.Equal("gr-1", request.Header("X-Amzn-Bedrock-GuardrailIdentifier"));
        Assert.Equal("DRAFT", request.Header("X-Amzn-Bedrock-GuardrailVersion"));
        Assert.Equal("ENABLED_FULL", request.Header("X-Amzn-Bedrock-Trace"));
        Assert.Equal("optimized", request.Header("X-Amzn-Bedrock-PerformanceConfig-Latency"));
        Assert.Equal("flex", request.Header("X-Amzn-Bedrock-Service-Tier"));
        Assert.Equal("""{"team":"search","note":"caf\u00E9"}""", request.Header("X-Amzn-Bedrock-Request-Metadata"));
        var signed = request.Header("Authorization")!;
        Assert.Contains("x-amzn-bedrock-guardrailidentifier;x-amzn-bedrock-guardrailversion;x-amzn-bedrock-performanceconfig-latency;x-amzn-bedrock-request-metadata;x-amzn-bedrock-service-tier;x-amzn-bedrock-trace", signed, StringComparison.Ordinal);
        Assert.Empty(result.GetBedrockWarnings());
    }

    [Fact]
    public async Task Image_calls_send_the_headers_on_every_call()
    {
        using var handler = new FakeBedrockHandler((_, _) => FakeBedrockHandler.Json($$"""{"images":["{{PngBase64}}"]}"""));
        using var provider = handler.CreateProvider();
        var options = new BedrockImageGenerationOptions
        {
            Count = 6,
            ServiceTier = BedrockServiceTier.Priority,
            GuardrailConfig = new BedrockGuardrailConfig { GuardrailIdentifier = "gr-2", GuardrailVersion = "3", StreamProcessingMode = BedrockGuardrailStreamProcessingMode.Async },
        };

        var response = await provider.GetImageGenerator("amazon.nova-canvas-v1:0").GenerateImagesAsync("a lighthouse", options);

        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, r =>
        {
            Assert.Equal("priority", r.Header("X-Amzn-Bedrock-Service-Tier"));
            Assert.Equal("gr-2", r.Header("X-Amzn-Bedrock-GuardrailIdentifier"));
            Assert.Null(r.Header("X-Amzn-Bedrock-Trace"));
        });
        Assert.Equal("GuardrailConfig.StreamProcessingMode", Assert.Single(response.GetBedrockWarnings()).Setting);
    }

    [Fact]
    public async Task The_emulator_verifies_the_signature_over_the_headers()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        using var provider = new BedrockProvider(new BedrockProviderOptions
        {
            Region = "us-east-1",
            BaseUri = emulator.BaseUri,
            AccessKeyId = emulator.Options.AccessKeyId,
            SecretAccessKey = emulator.Options.SecretAccessKey,
            ReadEnvironment = false,
        });
        var options = new BedrockEmbeddingOptions { ServiceTier = BedrockServiceTier.Flex, RequestMetadata = new Dictionary<string, string> { ["job"] = "nightly index" } };

        var result = await provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0").GenerateAsync(["hello"], options);

        Assert.Single(result);
        Assert.Equal("flex", emulator.LastRequest.Headers["X-Amzn-Bedrock-Service-Tier"]);
    }

    [Fact]
    public async Task No_settings_means_no_headers()
    {
        using var handler = new FakeBedrockHandler("""{"embedding":[0.5],"inputTextTokenCount":1}""");
        using var provider = handler.CreateProvider();

        await provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0").GenerateAsync(["hello"]);

        Assert.DoesNotContain(handler.Single.Headers.Keys, name => name.StartsWith("X-Amzn-Bedrock-", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Bad_settings_fail_before_any_call()
    {
        using var handler = new FakeBedrockHandler("""{"embedding":[0.5],"inputTextTokenCount":1}""");
        using var provider = handler.CreateProvider();
        var generator = provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0");

        await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(["a"], new BedrockEmbeddingOptions { RequestMetadata = new Dictionary<string, string> { [""] = "x" } }));
        await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(["a"], new BedrockEmbeddingOptions { GuardrailConfig = new BedrockGuardrailConfig { GuardrailIdentifier = "g", GuardrailVersion = " " } }));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public void Options_copies_carry_the_settings()
    {
        var embedding = new BedrockEmbeddingOptions { Latency = BedrockLatency.Standard, ServiceTier = BedrockServiceTier.Reserved, RequestMetadata = new Dictionary<string, string> { ["a"] = "b" } };
        var embeddingCopy = (BedrockEmbeddingOptions)embedding.Clone();
        Assert.Equal(BedrockLatency.Standard, embeddingCopy.Latency);
        Assert.Equal(BedrockServiceTier.Reserved, embeddingCopy.ServiceTier);
        Assert.NotSame(embedding.RequestMetadata, embeddingCopy.RequestMetadata);
        Assert.Equal("b", embeddingCopy.RequestMetadata!["a"]);

        var image = new BedrockImageGenerationOptions { GuardrailConfig = new BedrockGuardrailConfig { GuardrailIdentifier = "g", GuardrailVersion = "1" } };
        var imageCopy = (BedrockImageGenerationOptions)image.Clone();
        Assert.NotSame(image.GuardrailConfig, imageCopy.GuardrailConfig);
        Assert.Equal("g", imageCopy.GuardrailConfig!.GuardrailIdentifier);
    }
}
