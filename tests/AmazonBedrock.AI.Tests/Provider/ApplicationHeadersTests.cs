using AmazonBedrock.AI.Tests.Support;

namespace AmazonBedrock.AI.Tests.Provider;

/// <summary><see cref="BedrockProviderOptions.Headers"/> that could never be sent are refused when the provider is made, not on every call.</summary>
public sealed class ApplicationHeadersTests
{
    [Theory]
    [InlineData("Content-Length", "5", "describes the body")]
    [InlineData("Content-MD5", "x", "describes the body")]
    [InlineData("Bad Name", "x", "not a valid request header name")]
    [InlineData("Authorization", "Bearer mine", "authentication sets it")]
    [InlineData("x-amz-date", "20260101T000000Z", "authentication sets it")]
    [InlineData("X-Amz-Security-Token", "t", "authentication sets it")]
    [InlineData("X-Custom", "two\r\nlines", "on one line")]
    public void Headers_that_cannot_be_sent_are_refused_at_once(string name, string value, string reason)
    {
        var options = new BedrockProviderOptions { Region = "us-east-1", ApiKey = "k", ReadEnvironment = false, HttpMessageHandler = new RecordingHandler() };
        options.Headers[name] = value;

        var error = Assert.Throws<ArgumentException>(() => new BedrockProvider(options));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_that_are_not_ASCII_are_refused_with_the_providers_own_handler_only()
    {
        var own = new BedrockProviderOptions { Region = "us-east-1", ApiKey = "k", ReadEnvironment = false };
        own.Headers["X-Team"] = "café";
        var error = Assert.Throws<ArgumentException>(() => new BedrockProvider(own));
        Assert.Contains("not ASCII", error.Message, StringComparison.Ordinal);

        // A handler of the application's may know how to send it.
        var given = new BedrockProviderOptions { Region = "us-east-1", ApiKey = "k", ReadEnvironment = false, HttpMessageHandler = new RecordingHandler() };
        given.Headers["X-Team"] = "café";
        using var provider = new BedrockProvider(given);
        Assert.NotNull(provider);
    }

    [Fact]
    public async Task Headers_that_can_be_sent_are_sent()
    {
        var handler = new RecordingHandler();
        handler.EnqueueJson("""{"output":{"message":{"role":"assistant","content":[{"text":"ok"}]}},"stopReason":"end_turn"}""");
        var options = new BedrockProviderOptions { Region = "us-east-1", ApiKey = "k", ReadEnvironment = false, HttpMessageHandler = handler };
        options.Headers["X-Custom"] = "1";
        options.Headers["User-Agent"] = "mine/1.0";
        using var provider = new BedrockProvider(options);

        await Microsoft.Extensions.AI.ChatClientExtensions.GetResponseAsync(provider.GetChatClient("amazon.nova-lite-v1:0"), "Hi");

        Assert.Equal("1", handler.Requests[0].Headers["X-Custom"]);
        Assert.Equal("mine/1.0", handler.Requests[0].Headers["User-Agent"]);
    }
}
