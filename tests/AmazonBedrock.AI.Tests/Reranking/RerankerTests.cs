using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AmazonBedrock.AI.Tests.Embeddings;

namespace AmazonBedrock.AI.Tests.Reranking;

public sealed class RerankerTests
{
    private const string TwoResults = """{"results":[{"index":1,"relevanceScore":0.9,"document":{"type":"TEXT","textDocument":{"text":"b"}},"future":1},{"index":0,"relevanceScore":0.1}],"unknown":"x"}""";

    [Fact]
    public async Task Text_documents_are_sent_to_agent_runtime_with_the_model_arn()
    {
        using var handler = new FakeBedrockHandler(TwoResults);
        using var provider = handler.CreateProvider();
        var reranker = provider.GetReranker("amazon.rerank-v1:0");

        var result = await reranker.RerankAsync("which is b?", ["a", "b"], topN: 2);

        var request = handler.Single;
        Assert.Equal("https://bedrock-agent-runtime.us-east-1.amazonaws.com/rerank", request.Uri.AbsoluteUri);
        Assert.Contains("/us-east-1/bedrock/aws4_request", request.Header("Authorization"), StringComparison.Ordinal);
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        JsonAssert.Equal(
            """
            {"queries":[{"textQuery":{"text":"which is b?"},"type":"TEXT"}],
             "rerankingConfiguration":{"bedrockRerankingConfiguration":{"modelConfiguration":{"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/amazon.rerank-v1:0"},"numberOfResults":2},"type":"BEDROCK_RERANKING_MODEL"},
             "sources":[{"type":"INLINE","inlineDocumentSource":{"type":"TEXT","textDocument":{"text":"a"}}},{"type":"INLINE","inlineDocumentSource":{"type":"TEXT","textDocument":{"text":"b"}}}]}
            """,
            request.Body);
        Assert.Equal([new BedrockRerankedDocument(1, 0.9), new BedrockRerankedDocument(0, 0.1)], result.Results);
        Assert.Null(result.NextToken);
        Assert.Single(result.RequestIds);
        Assert.Equal("arn:aws:bedrock:us-east-1::foundation-model/amazon.rerank-v1:0", reranker.ModelArn);
    }

    [Fact]
    public async Task Json_documents_next_token_and_additional_fields_are_sent()
    {
        using var handler = new FakeBedrockHandler("""{"results":[{"index":0,"relevanceScore":0.5}],"nextToken":"n2"}""");
        using var provider = handler.CreateProvider(region: "us-west-2");
        using var doc = JsonDocument.Parse("""{"a":1,"text":"ünï"}""");

        var result = await provider.GetReranker("cohere.rerank-v3-5:0").RerankAsync(
            "q", [doc.RootElement], topN: 1, new BedrockRerankOptions { NextToken = "n", AdditionalModelRequestFields = new JsonObject { ["max_tokens_per_doc"] = 512 } });

        JsonAssert.Equal(
            """
            {"nextToken":"n","queries":[{"textQuery":{"text":"q"},"type":"TEXT"}],
             "rerankingConfiguration":{"bedrockRerankingConfiguration":{"modelConfiguration":{"modelArn":"arn:aws:bedrock:us-west-2::foundation-model/cohere.rerank-v3-5:0","additionalModelRequestFields":{"max_tokens_per_doc":512}},"numberOfResults":1},"type":"BEDROCK_RERANKING_MODEL"},
             "sources":[{"type":"INLINE","inlineDocumentSource":{"type":"JSON","jsonDocument":{"a":1,"text":"ünï"}}}]}
            """,
            handler.Single.Body);
        Assert.StartsWith("{\"nextToken\":\"n\",\"queries\"", handler.Single.Body, StringComparison.Ordinal);
        Assert.Equal("n2", result.NextToken);
    }

    [Theory]
    [InlineData("cn-north-1", "arn:aws-cn:bedrock:cn-north-1::foundation-model/amazon.rerank-v1:0", "bedrock-agent-runtime.cn-north-1.amazonaws.com.cn")]
    [InlineData("us-gov-west-1", "arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/amazon.rerank-v1:0", "bedrock-agent-runtime.us-gov-west-1.amazonaws.com")]
    [InlineData("eu-central-1", "arn:aws:bedrock:eu-central-1::foundation-model/amazon.rerank-v1:0", "bedrock-agent-runtime.eu-central-1.amazonaws.com")]
    public async Task The_model_arn_uses_the_partition_of_the_region(string region, string arn, string host)
    {
        using var handler = new FakeBedrockHandler(TwoResults);
        using var provider = handler.CreateProvider(region);

        var reranker = provider.GetReranker("amazon.rerank-v1:0");
        await reranker.RerankAsync("q", ["a", "b"]);

        Assert.Equal(arn, reranker.ModelArn);
        Assert.Equal(arn, handler.Single.Json["rerankingConfiguration"]!["bedrockRerankingConfiguration"]!["modelConfiguration"]!["modelArn"]!.GetValue<string>());
        Assert.Equal(host, handler.Single.Uri.Host);
        Assert.Null(handler.Single.Json["rerankingConfiguration"]!["bedrockRerankingConfiguration"]!["numberOfResults"]);
    }

    [Fact]
    public async Task An_arn_model_id_is_sent_as_given()
    {
        const string arn = "arn:aws:bedrock:us-east-1::foundation-model/cohere.rerank-v3-5:0";
        using var handler = new FakeBedrockHandler(TwoResults);
        using var provider = handler.CreateProvider();

        await provider.GetReranker(arn).RerankAsync("q", ["a", "b"]);

        Assert.Equal(arn, handler.Single.Json["rerankingConfiguration"]!["bedrockRerankingConfiguration"]!["modelConfiguration"]!["modelArn"]!.GetValue<string>());
    }

    [Fact]
    public async Task Next_token_pages_are_followed_when_asked()
    {
        using var handler = new FakeBedrockHandler(
            """{"results":[{"index":2,"relevanceScore":0.9}],"nextToken":"p2"}""",
            """{"results":[{"index":0,"relevanceScore":0.5}],"nextToken":"p3"}""",
            """{"results":[{"index":1,"relevanceScore":0.1}]}""");
        using var provider = handler.CreateProvider();

        var result = await provider.GetReranker("amazon.rerank-v1:0").RerankAsync("q", ["a", "b", "c"], options: new BedrockRerankOptions { FollowNextToken = true });

        Assert.Equal([2, 0, 1], result.Results.Select(r => r.Index));
        Assert.Null(result.NextToken);
        Assert.Equal(3, result.RequestIds.Count);
        var requests = handler.Requests.ToArray();
        Assert.Null(requests[0].Json["nextToken"]);
        Assert.Equal("p2", requests[1].Json["nextToken"]!.GetValue<string>());
        Assert.Equal("p3", requests[2].Json["nextToken"]!.GetValue<string>());
    }

    [Fact]
    public async Task Next_token_is_returned_but_not_followed_by_default()
    {
        using var handler = new FakeBedrockHandler("""{"results":[{"index":0,"relevanceScore":0.5}],"nextToken":"p2"}""");
        using var provider = handler.CreateProvider();

        var result = await provider.GetReranker("amazon.rerank-v1:0").RerankAsync("q", ["a"]);

        Assert.Equal("p2", result.NextToken);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_repeating_next_token_stops_with_a_protocol_error()
    {
        using var handler = new FakeBedrockHandler("""{"results":[],"nextToken":"same"}""");
        using var provider = handler.CreateProvider();

        await Assert.ThrowsAsync<BedrockProtocolException>(() =>
            provider.GetReranker("amazon.rerank-v1:0").RerankAsync("q", ["a"], options: new BedrockRerankOptions { FollowNextToken = true }));
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task The_agent_runtime_base_uri_option_is_used()
    {
        using var handler = new FakeBedrockHandler(TwoResults);
        using var provider = new BedrockProvider(new BedrockProviderOptions
        {
            Region = "us-east-1",
            AccessKeyId = "AKIDEXAMPLE",
            SecretAccessKey = "secret",
            ReadEnvironment = false,
            HttpMessageHandler = handler,
            AgentRuntimeBaseUri = new Uri("http://127.0.0.1:4566/agent/"),
        });

        await provider.GetReranker("amazon.rerank-v1:0").RerankAsync("q", ["a", "b"]);

        Assert.Equal("http://127.0.0.1:4566/agent/rerank", handler.Single.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task A_validation_error_is_typed()
    {
        using var handler = new FakeBedrockHandler((_, _) => FakeBedrockHandler.Json(
            """{"message":"1 validation error detected"}""", HttpStatusCode.BadRequest,
            ("x-amzn-ErrorType", "ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/")));
        using var provider = handler.CreateProvider();

        var error = await Assert.ThrowsAsync<BedrockValidationException>(() => provider.GetReranker("amazon.rerank-v1:0").RerankAsync("q", ["a"]));

        Assert.Equal(400, error.StatusCode);
    }

    [Theory]
    [InlineData("""{"results":[{"index":5,"relevanceScore":0.5}]}""")]
    [InlineData("""{"results":[{"relevanceScore":0.5}]}""")]
    [InlineData("""{"results":[{"index":0}]}""")]
    [InlineData("""{"nope":[]}""")]
    [InlineData("<html>")]
    public async Task Malformed_responses_are_protocol_errors(string body)
    {
        using var handler = new FakeBedrockHandler(body);
        using var provider = handler.CreateProvider();

        await Assert.ThrowsAsync<BedrockProtocolException>(() => provider.GetReranker("amazon.rerank-v1:0").RerankAsync("q", ["a"]));
    }

    [Fact]
    public async Task Bad_input_fails_before_any_call()
    {
        using var handler = new FakeBedrockHandler(TwoResults);
        using var provider = handler.CreateProvider();
        var reranker = provider.GetReranker("amazon.rerank-v1:0");
        using var array = JsonDocument.Parse("[1]");

        await Assert.ThrowsAsync<ArgumentException>(() => reranker.RerankAsync(string.Empty, ["a"]));
        await Assert.ThrowsAsync<ArgumentException>(() => reranker.RerankAsync("q", Array.Empty<string>()));
        await Assert.ThrowsAsync<ArgumentException>(() => reranker.RerankAsync("q", ["a", string.Empty]));
        await Assert.ThrowsAsync<ArgumentException>(() => reranker.RerankAsync("q", Enumerable.Repeat("a", 1001)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => reranker.RerankAsync("q", ["a"], topN: 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => reranker.RerankAsync("q", ["a"], topN: 2));
        await Assert.ThrowsAsync<ArgumentException>(() => reranker.RerankAsync("q", [array.RootElement]));
        await Assert.ThrowsAsync<ArgumentException>(() => reranker.RerankAsync("q", ["a"], options: new BedrockRerankOptions { NextToken = "has space" }));
        Assert.Throws<ArgumentException>(() => provider.GetReranker("bad id"));
        Assert.Empty(handler.Requests);
    }
}
