using AmazonBedrock.AI.Tests.Embeddings;

namespace AmazonBedrock.AI.Tests.Review;

public sealed class CountTokensResponseTests
{
    [Theory]
    [InlineData("""{"inputTokens":"12"}""")]
    [InlineData("""{"inputTokens":1.5}""")]
    [InlineData("""[1]""")]
    [InlineData("""{}""")]
    [InlineData("""{"inputTokens":""")]
    public async Task A_count_tokens_response_without_a_whole_number_is_a_protocol_error(string body)
    {
        using var handler = new FakeBedrockHandler(body);
        using var provider = handler.CreateProvider();

        var error = await Assert.ThrowsAsync<BedrockProtocolException>(() => provider.GetChatClient("amazon.nova-lite-v1:0").CountTokensAsync("hi"));

        Assert.Contains("CountTokens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_count_tokens_response_is_read()
    {
        using var handler = new FakeBedrockHandler("""{"inputTokens":12}""");
        using var provider = handler.CreateProvider();

        Assert.Equal(12, await provider.GetChatClient("amazon.nova-lite-v1:0").CountTokensAsync("hi"));
        Assert.EndsWith("/count-tokens", handler.Single.Uri.AbsolutePath, StringComparison.Ordinal);
    }
}
