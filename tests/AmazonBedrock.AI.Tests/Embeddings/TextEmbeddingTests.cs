using System.Net;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Embeddings;

public sealed class TextEmbeddingTests
{
    [Fact]
    public async Task Titan_v2_sends_inputText_dimensions_normalize_and_reads_usage_from_the_body()
    {
        using var handler = new FakeBedrockHandler("""{"embedding":[0.5,-0.25,1e-3],"inputTextTokenCount":7,"somethingNew":{"x":1}}""");
        using var provider = handler.CreateProvider();
        var generator = provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0");

        var result = await generator.GenerateAsync(["hello"], new BedrockEmbeddingOptions { Dimensions = 256, Normalize = true });

        var request = handler.Single;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/model/amazon.titan-embed-text-v2%3A0/invoke", request.Uri.AbsolutePath);
        Assert.Equal("https://bedrock-runtime.us-east-1.amazonaws.com/model/amazon.titan-embed-text-v2%3A0/invoke", request.Uri.AbsoluteUri);
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        JsonAssert.Equal("""{"inputText":"hello","dimensions":256,"normalize":true}""", request.Body);

        var embedding = Assert.Single(result);
        Assert.Equal([0.5f, -0.25f, 1e-3f], embedding.Vector.ToArray());
        Assert.Equal("amazon.titan-embed-text-v2:0", embedding.ModelId);
        Assert.Equal(7, result.Usage?.InputTokenCount);
        Assert.Equal(7, result.Usage?.TotalTokenCount);
        Assert.Empty(result.GetBedrockWarnings());
    }

    [Fact]
    public async Task Titan_v2_sends_only_inputText_when_no_options_are_given()
    {
        using var handler = new FakeBedrockHandler("""{"embedding":[1],"inputTextTokenCount":1}""");
        using var provider = handler.CreateProvider();

        await provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0").GenerateAsync(["ünïcødé + / \"q\""]);

        JsonAssert.Equal("""{"inputText":"ünïcødé + / \"q\""}""", handler.Single.Body);
        Assert.Contains("ünïcødé +", handler.Single.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Titan_v1_warns_about_dimensions_and_normalize_and_does_not_send_them()
    {
        using var handler = new FakeBedrockHandler("""{"embedding":[1,2],"inputTextTokenCount":2}""");
        using var provider = handler.CreateProvider();

        var result = await provider.GetEmbeddingGenerator("amazon.titan-embed-text-v1").GenerateAsync(
            ["a"], new BedrockEmbeddingOptions { Dimensions = 512, Normalize = false, InputType = BedrockEmbeddingInputType.SearchQuery });

        JsonAssert.Equal("""{"inputText":"a"}""", handler.Single.Body);
        var warnings = result.GetBedrockWarnings();
        Assert.Equal(["Dimensions", "Normalize", "InputType"], warnings.Select(w => w.Setting));
        Assert.All(warnings, w => Assert.Equal(BedrockWarning.UnsupportedSetting, w.Code));
        Assert.Same(warnings, result.AdditionalProperties!["aws.bedrock.warnings"]);
    }

    [Fact]
    public async Task Titan_v2_embedding_types_are_sent_with_float_and_extra_encodings_returned()
    {
        using var handler = new FakeBedrockHandler("""{"embedding":[0.1,0.2],"embeddingsByType":{"float":[0.1,0.2],"binary":[1,0]},"inputTextTokenCount":3}""");
        using var provider = handler.CreateProvider();

        var result = await provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0").GenerateAsync(
            ["a"], new BedrockEmbeddingOptions { EmbeddingTypes = [BedrockEmbeddingType.Binary] });

        JsonAssert.Equal("""{"inputText":"a","embeddingTypes":["float","binary"]}""", handler.Single.Body);
        Assert.Equal([1, 0], result[0].GetBedrockEmbedding(BedrockEmbeddingType.Binary)!);
        Assert.Null(result[0].GetBedrockEmbedding(BedrockEmbeddingType.Int8)!);
    }

    [Fact]
    public async Task Titan_v2_reads_embeddingsByType_when_embedding_is_absent()
    {
        using var handler = new FakeBedrockHandler("""{"embeddingsByType":{"float":[0.3]},"inputTextTokenCount":1}""");
        using var provider = handler.CreateProvider();

        var result = await provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0").GenerateAsync(["a"]);

        Assert.Equal([0.3f], result[0].Vector.ToArray());
    }

    [Theory]
    [InlineData("amazon.titan-embed-text-v2:0", 300)]
    [InlineData("cohere.embed-v4:0", 384)]
    [InlineData("amazon.nova-2-multimodal-embeddings-v1:0", 512)]
    [InlineData("amazon.titan-embed-image-v1", 512)]
    public async Task Dimensions_outside_the_family_set_fail_before_any_call(string modelId, int dimensions)
    {
        using var handler = new FakeBedrockHandler("{}");
        using var provider = handler.CreateProvider();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            provider.GetEmbeddingGenerator(modelId).GenerateAsync(["a"], new EmbeddingGenerationOptions { Dimensions = dimensions }));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public void Invalid_settings_fail_at_creation()
    {
        using var handler = new FakeBedrockHandler("{}");
        using var provider = handler.CreateProvider();

        Assert.Throws<ArgumentOutOfRangeException>(() => provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0", new BedrockEmbeddingSettings { Dimensions = 100 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0", new BedrockEmbeddingSettings { MaxConcurrency = 0 }));
        Assert.Throws<ArgumentException>(() => provider.GetEmbeddingGenerator("bad model"));
        Assert.ThrowsAny<ArgumentException>(() => provider.GetEmbeddingGenerator(""));
    }

    [Fact]
    public async Task Cohere_v3_sends_texts_with_search_query_default_and_reads_usage_from_the_header()
    {
        using var handler = new FakeBedrockHandler((_, _) => FakeBedrockHandler.Json(
            """{"embeddings":[[0.1,0.2],[0.3,0.4]],"id":"abc","response_type":"embeddings_floats","texts":["a","b"]}""",
            HttpStatusCode.OK,
            ("X-Amzn-Bedrock-Input-Token-Count", "12")));
        using var provider = handler.CreateProvider();

        var result = await provider.GetEmbeddingGenerator("cohere.embed-english-v3").GenerateAsync(["a", "b"]);

        JsonAssert.Equal("""{"input_type":"search_query","texts":["a","b"]}""", handler.Single.Body);
        Assert.Equal(2, result.Count);
        Assert.Equal([0.3f, 0.4f], result[1].Vector.ToArray());
        Assert.Equal(12, result.Usage?.InputTokenCount);
    }

    [Fact]
    public async Task Cohere_usage_is_null_when_the_header_is_absent()
    {
        using var handler = new FakeBedrockHandler("""{"embeddings":[[0.1]]}""");
        using var provider = handler.CreateProvider();

        var result = await provider.GetEmbeddingGenerator("cohere.embed-multilingual-v3").GenerateAsync(["a"]);

        Assert.Null(result.Usage);
    }

    [Fact]
    public async Task Cohere_v3_sends_input_type_truncate_and_embedding_types_and_reads_the_by_type_shape()
    {
        using var handler = new FakeBedrockHandler("""{"embeddings":{"float":[[0.5]],"int8":[[12]]},"response_type":"embeddings_by_type"}""");
        using var provider = handler.CreateProvider();

        var result = await provider.GetEmbeddingGenerator("cohere.embed-english-v3").GenerateAsync(["a"], new BedrockEmbeddingOptions
        {
            InputType = BedrockEmbeddingInputType.Classification,
            Truncation = BedrockEmbeddingTruncation.Start,
            EmbeddingTypes = [BedrockEmbeddingType.Int8],
            Dimensions = 256,
        });

        JsonAssert.Equal("""{"input_type":"classification","texts":["a"],"truncate":"START","embedding_types":["float","int8"]}""", handler.Single.Body);
        Assert.Equal([0.5f], result[0].Vector.ToArray());
        Assert.Equal([12], result[0].GetBedrockEmbedding(BedrockEmbeddingType.Int8)!);
        Assert.Equal("Dimensions", Assert.Single(result.GetBedrockWarnings()).Setting);
    }

    [Fact]
    public async Task Cohere_v4_behind_an_inference_profile_sends_output_dimension_and_left_right_truncation()
    {
        using var handler = new FakeBedrockHandler("""{"embeddings":{"float":[[0.1,0.2]]},"id":"x","response_type":"embeddings_by_type","texts":["a"]}""");
        using var provider = handler.CreateProvider();

        var result = await provider.GetEmbeddingGenerator("us.cohere.embed-v4:0").GenerateAsync(["a"], new BedrockEmbeddingOptions
        {
            Dimensions = 512,
            InputType = BedrockEmbeddingInputType.SearchDocument,
            Truncation = BedrockEmbeddingTruncation.End,
        });

        Assert.Equal("/model/us.cohere.embed-v4%3A0/invoke", handler.Single.Uri.AbsolutePath);
        JsonAssert.Equal("""{"input_type":"search_document","texts":["a"],"truncate":"RIGHT","output_dimension":512}""", handler.Single.Body);
        Assert.Equal([0.1f, 0.2f], result[0].Vector.ToArray());
    }

    [Fact]
    public async Task Cohere_splits_inputs_into_calls_of_96_and_keeps_order_and_sums_usage()
    {
        using var handler = new FakeBedrockHandler((request, _) =>
        {
            var texts = request.Json["texts"]!.AsArray().Select(t => float.Parse(t!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var rows = string.Join(",", texts.Select(v => $"[{v.ToString(System.Globalization.CultureInfo.InvariantCulture)}]"));
            return FakeBedrockHandler.Json($$"""{"embeddings":[{{rows}}]}""", HttpStatusCode.OK, ("x-amzn-bedrock-input-token-count", texts.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
        using var provider = handler.CreateProvider();
        var inputs = Enumerable.Range(0, 200).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var result = await provider.GetEmbeddingGenerator("cohere.embed-english-v3").GenerateAsync(inputs);

        Assert.Equal([96, 96, 8], handler.Requests.Select(r => r.Json["texts"]!.AsArray().Count).Order().Reverse());
        Assert.Equal(Enumerable.Range(0, 200).Select(i => (float)i), result.Select(e => e.Vector.Span[0]));
        Assert.Equal(200, result.Usage?.InputTokenCount);
    }

    [Fact]
    public async Task Nova_sends_a_single_embedding_payload_with_defaults()
    {
        using var handler = new FakeBedrockHandler("""{"embeddings":[{"embeddingType":"TEXT","embedding":[0.7,0.8],"truncatedCharLength":null}],"inputTokenCount":4}""");
        using var provider = handler.CreateProvider();

        var result = await provider.GetEmbeddingGenerator("amazon.nova-2-multimodal-embeddings-v1:0").GenerateAsync(["a"]);

        JsonAssert.Equal(
            """{"taskType":"SINGLE_EMBEDDING","singleEmbeddingParams":{"embeddingPurpose":"GENERIC_INDEX","embeddingDimension":1024,"text":{"truncationMode":"END","value":"a"}}}""",
            handler.Single.Body);
        Assert.Equal([0.7f, 0.8f], result[0].Vector.ToArray());
        Assert.Equal(4, result.Usage?.InputTokenCount);
    }

    [Fact]
    public async Task Nova_sends_purpose_dimension_and_truncation_and_falls_back_to_the_header_for_usage()
    {
        using var handler = new FakeBedrockHandler((_, _) => FakeBedrockHandler.Json(
            """{"embeddings":[{"embeddingType":"TEXT","embedding":[1]}]}""", HttpStatusCode.OK, ("X-Amzn-Bedrock-Input-Token-Count", "9")));
        using var provider = handler.CreateProvider();

        var result = await provider.GetEmbeddingGenerator("global.amazon.nova-2-multimodal-embeddings-v1:0").GenerateAsync(["q"], new BedrockEmbeddingOptions
        {
            Purpose = BedrockEmbeddingPurpose.TextRetrieval,
            Dimensions = 384,
            Truncation = BedrockEmbeddingTruncation.None,
            Normalize = true,
        });

        JsonAssert.Equal(
            """{"taskType":"SINGLE_EMBEDDING","singleEmbeddingParams":{"embeddingPurpose":"TEXT_RETRIEVAL","embeddingDimension":384,"text":{"truncationMode":"NONE","value":"q"}}}""",
            handler.Single.Body);
        Assert.Equal(9, result.Usage?.InputTokenCount);
        Assert.Equal("Normalize", Assert.Single(result.GetBedrockWarnings()).Setting);
    }

    [Fact]
    public async Task Titan_multimodal_embeds_text_with_output_length()
    {
        using var handler = new FakeBedrockHandler("""{"embedding":[0.1],"inputTextTokenCount":2,"message":null}""");
        using var provider = handler.CreateProvider();

        await provider.GetEmbeddingGenerator("amazon.titan-embed-image-v1").GenerateAsync(["a"], new EmbeddingGenerationOptions { Dimensions = 384 });

        JsonAssert.Equal("""{"inputText":"a","embeddingConfig":{"outputEmbeddingLength":384}}""", handler.Single.Body);
    }

    [Fact]
    public async Task An_arn_with_an_explicit_family_is_encoded_as_one_path_segment()
    {
        const string arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc";
        using var handler = new FakeBedrockHandler("""{"embeddings":{"float":[[0.1]]}}""");
        using var provider = handler.CreateProvider();

        await provider.GetEmbeddingGenerator(arn, new BedrockEmbeddingSettings { Family = BedrockEmbeddingFamily.CohereV4 }).GenerateAsync(["a"]);

        Assert.EndsWith("/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aapplication-inference-profile%2Fabc/invoke", handler.Single.Uri.AbsoluteUri, StringComparison.Ordinal);
        JsonAssert.Equal("""{"input_type":"search_query","texts":["a"]}""", handler.Single.Body);
    }

    [Fact]
    public async Task Settings_dimensions_apply_when_the_call_has_none_and_options_override_the_model()
    {
        using var handler = new FakeBedrockHandler("""{"embedding":[0.1],"inputTextTokenCount":1}""");
        using var provider = handler.CreateProvider();
        var generator = provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0", new BedrockEmbeddingSettings { Dimensions = 512 });

        await generator.GenerateAsync(["a"]);
        await generator.GenerateAsync(["b"], new EmbeddingGenerationOptions { ModelId = "us.amazon.titan-embed-text-v2:0", Dimensions = 1024 });

        var requests = handler.Requests.ToArray();
        JsonAssert.Equal("""{"inputText":"a","dimensions":512}""", requests[0].Body);
        JsonAssert.Equal("""{"inputText":"b","dimensions":1024}""", requests[1].Body);
        Assert.Equal("/model/us.amazon.titan-embed-text-v2%3A0/invoke", requests[1].Uri.AbsolutePath);
    }

    [Theory]
    [InlineData("amazon.titan-embed-text-v2:0", 1024)]
    [InlineData("amazon.titan-embed-text-v1", 1536)]
    [InlineData("cohere.embed-v4:0", 1536)]
    [InlineData("us.cohere.embed-english-v3", 1024)]
    [InlineData("amazon.nova-2-multimodal-embeddings-v1:0", 1024)]
    public void Metadata_names_the_provider_endpoint_model_and_dimensions(string modelId, int dimensions)
    {
        using var handler = new FakeBedrockHandler("{}");
        using var provider = handler.CreateProvider();

        var generator = provider.GetEmbeddingGenerator(modelId);
        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal("aws.bedrock", metadata.ProviderName);
        Assert.Equal(provider.Endpoint, metadata.ProviderUri);
        Assert.Equal(modelId, metadata.DefaultModelId);
        Assert.Equal(dimensions, metadata.DefaultModelDimensions);
        Assert.Same(generator, generator.GetService(generator.GetType()));
        Assert.Null(generator.GetService(typeof(EmbeddingGeneratorMetadata), "key"));
    }

    [Fact]
    public async Task Empty_input_makes_no_call()
    {
        using var handler = new FakeBedrockHandler("{}");
        using var provider = handler.CreateProvider();

        var result = await provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0").GenerateAsync([]);

        Assert.Empty(result);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Null_input_is_rejected()
    {
        using var handler = new FakeBedrockHandler("{}");
        using var provider = handler.CreateProvider();

        await Assert.ThrowsAsync<ArgumentException>(() => provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0").GenerateAsync(["a", null!]));
    }

    [Fact]
    public async Task Input_type_image_is_rejected_for_text()
    {
        using var handler = new FakeBedrockHandler("{}");
        using var provider = handler.CreateProvider();

        await Assert.ThrowsAsync<ArgumentException>(() => provider.GetEmbeddingGenerator("cohere.embed-english-v3")
            .GenerateAsync(["a"], new BedrockEmbeddingOptions { InputType = BedrockEmbeddingInputType.Image }));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public void Options_clone_keeps_the_bedrock_settings()
    {
        var options = new BedrockEmbeddingOptions { Dimensions = 256, Purpose = BedrockEmbeddingPurpose.Clustering, EmbeddingTypes = [BedrockEmbeddingType.Binary], Normalize = true };

        var clone = Assert.IsType<BedrockEmbeddingOptions>(options.Clone());

        Assert.Equal(256, clone.Dimensions);
        Assert.Equal(BedrockEmbeddingPurpose.Clustering, clone.Purpose);
        Assert.True(clone.Normalize);
        Assert.NotSame(options.EmbeddingTypes, clone.EmbeddingTypes);
        Assert.Equal(options.EmbeddingTypes, clone.EmbeddingTypes);
    }
}
