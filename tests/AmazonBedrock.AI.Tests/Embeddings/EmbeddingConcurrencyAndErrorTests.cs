using System.Globalization;
using System.Net;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Embeddings;

public sealed class EmbeddingConcurrencyAndErrorTests
{
    [Fact]
    public async Task Titan_runs_one_call_per_input_in_parallel_bounded_and_returns_input_order_when_answers_arrive_reversed()
    {
        const int count = 12;
        var inFlight = 0;
        var peak = 0;
        using var handler = new FakeBedrockHandler(async (request, _) =>
        {
            var value = int.Parse(request.Json["inputText"]!.GetValue<string>(), CultureInfo.InvariantCulture);
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref peak, now);

            // Later inputs answer sooner, so completion order is the reverse of input order.
            await Task.Delay((count - value) * 15);
            Interlocked.Decrement(ref inFlight);
            return FakeBedrockHandler.Json($$"""{"embedding":[{{value}}],"inputTextTokenCount":{{value + 1}}}""");
        });
        using var provider = handler.CreateProvider();
        var generator = provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0", new BedrockEmbeddingSettings { MaxConcurrency = 3 });

        var result = await generator.GenerateAsync(Enumerable.Range(0, count).Select(i => i.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(count, handler.Requests.Count);
        Assert.Equal(Enumerable.Range(0, count).Select(i => (float)i), result.Select(e => e.Vector.Span[0]));
        Assert.InRange(peak, 2, 3);
        Assert.Equal(Enumerable.Range(1, count).Sum(), result.Usage?.InputTokenCount);
    }

    [Fact]
    public async Task Nova_inputs_arriving_out_of_order_keep_input_order()
    {
        using var handler = new FakeBedrockHandler(async (request, _) =>
        {
            var text = request.Json["singleEmbeddingParams"]!["text"]!["value"]!.GetValue<string>();
            var value = int.Parse(text, CultureInfo.InvariantCulture);
            await Task.Delay((5 - value) * 20);
            return FakeBedrockHandler.Json($$"""{"embeddings":[{"embeddingType":"TEXT","embedding":[{{value}}]}]}""");
        });
        using var provider = handler.CreateProvider();

        var result = await provider.GetEmbeddingGenerator("amazon.nova-2-multimodal-embeddings-v1:0").GenerateAsync(["0", "1", "2", "3", "4"]);

        Assert.Equal([0f, 1f, 2f, 3f, 4f], result.Select(e => e.Vector.Span[0]));
        Assert.Null(result.Usage);
    }

    [Fact]
    public async Task A_validation_error_is_typed_and_cancels_sibling_calls()
    {
        using var handler = new FakeBedrockHandler(async (request, _) =>
        {
            if (request.Json["inputText"]!.GetValue<string>() == "bad")
            {
                var response = FakeBedrockHandler.Json("""{"message":"Malformed input request: expected maxLength: 50000"}""", HttpStatusCode.BadRequest,
                    ("x-amzn-ErrorType", "ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/"));
                return response;
            }

            await Task.Delay(50);
            return FakeBedrockHandler.Json("""{"embedding":[1],"inputTextTokenCount":1}""");
        });
        using var provider = handler.CreateProvider();

        var error = await Assert.ThrowsAsync<BedrockValidationException>(() =>
            provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0").GenerateAsync(["a", "bad", "c", "d", "e", "f"]));

        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.Equal(400, error.StatusCode);
        Assert.Contains("Malformed input request", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.RequestId);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"embedding":"nope"}""")]
    [InlineData("""{"embedding":[1,"x"]}""")]
    [InlineData("""{"other":1}""")]
    public async Task Malformed_responses_are_protocol_errors(string body)
    {
        using var handler = new FakeBedrockHandler(body);
        using var provider = handler.CreateProvider();

        await Assert.ThrowsAsync<BedrockProtocolException>(() => provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0").GenerateAsync(["a"]));
    }

    [Fact]
    public async Task A_cohere_answer_with_the_wrong_count_is_a_protocol_error()
    {
        using var handler = new FakeBedrockHandler("""{"embeddings":[[1]]}""");
        using var provider = handler.CreateProvider();

        await Assert.ThrowsAsync<BedrockProtocolException>(() => provider.GetEmbeddingGenerator("cohere.embed-english-v3").GenerateAsync(["a", "b"]));
    }

    [Fact]
    public async Task Throttling_is_retried_by_the_transport()
    {
        using var handler = new FakeBedrockHandler((_, index) => index == 0
            ? FakeBedrockHandler.Json("""{"message":"slow down"}""", HttpStatusCode.TooManyRequests, ("x-amzn-ErrorType", "ThrottlingException"))
            : FakeBedrockHandler.Json("""{"embedding":[1],"inputTextTokenCount":1}"""));
        using var provider = handler.CreateProvider(maxRetries: 1);

        var result = await provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0").GenerateAsync(["a"]);

        Assert.Single(result);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Caller_cancellation_is_honoured()
    {
        using var handler = new FakeBedrockHandler(async (_, _) =>
        {
            await Task.Delay(Timeout.Infinite, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            return FakeBedrockHandler.Json("{}");
        });
        using var provider = handler.CreateProvider();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            provider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0").GenerateAsync(["a", "b"], cancellationToken: cts.Token));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
