namespace AmazonBedrock.AI.Tests.Review;

public sealed class EndpointUserInfoTests
{
    [Theory]
    [InlineData("https://proxy-user:proxy-secret@bedrock.example.com/", null)]
    [InlineData(null, "https://proxy-user:proxy-secret@agent.example.com/")]
    public void An_endpoint_with_credentials_in_the_url_is_rejected_without_echoing_them(string? runtime, string? agentRuntime)
    {
        var options = new BedrockProviderOptions
        {
            Region = "us-east-1",
            ApiKey = "k",
            BaseUri = runtime is null ? null : new Uri(runtime),
            AgentRuntimeBaseUri = agentRuntime is null ? null : new Uri(agentRuntime),
            ReadEnvironment = false,
        };

        var error = Assert.Throws<ArgumentException>(() => new BedrockProvider(options));

        Assert.DoesNotContain("proxy-secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("proxy-user", error.Message, StringComparison.Ordinal);
    }
}
