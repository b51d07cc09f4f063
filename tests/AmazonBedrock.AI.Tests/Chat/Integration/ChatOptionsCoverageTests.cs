using AmazonBedrock.AI.Tests.Support;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Chat.Integration;

/// <summary>MEAI options Bedrock cannot honour are never dropped silently.</summary>
public sealed class ChatOptionsCoverageTests
{
    private static (BedrockProvider Provider, RecordingHandler Handler) Create()
    {
        var handler = new RecordingHandler();
        handler.EnqueueJson("""{"output":{"message":{"role":"assistant","content":[{"text":"ok"}]}},"stopReason":"end_turn","usage":{"inputTokens":1,"outputTokens":1,"totalTokens":2}}""");
        var provider = new BedrockProvider(new BedrockProviderOptions { Region = "us-east-1", ApiKey = "k", HttpMessageHandler = handler, ReadEnvironment = false });
        return (provider, handler);
    }

    [Fact]
    public async Task Stateful_and_raw_options_give_warnings()
    {
        var (provider, _) = Create();
        using var _1 = provider;
        var response = await provider.GetChatClient("amazon.nova-lite-v1:0").GetResponseAsync("Hi", new ChatOptions
        {
            ConversationId = "conv-1",
            AllowBackgroundResponses = true,
            RawRepresentationFactory = _ => new object(),
        });
        var settings = response.GetBedrockWarnings().Select(w => w.Setting).ToList();
        Assert.Contains(nameof(ChatOptions.ConversationId), settings);
        Assert.Contains(nameof(ChatOptions.AllowBackgroundResponses), settings);
        Assert.Contains(nameof(ChatOptions.RawRepresentationFactory), settings);
        Assert.Null(response.ConversationId);
    }

    [Fact]
    public async Task A_continuation_token_is_refused_before_any_call()
    {
        var (provider, handler) = Create();
        using var _1 = provider;
        var options = new ChatOptions { ContinuationToken = ResponseContinuationToken.FromBytes(new byte[] { 1 }) };
        await Assert.ThrowsAsync<NotSupportedException>(() => provider.GetChatClient("amazon.nova-lite-v1:0").GetResponseAsync("Hi", options));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public void GetService_never_hands_out_the_shared_provider_for_broad_types()
    {
        var (provider, _) = Create();
        using var _1 = provider;
        IChatClient client = provider.GetChatClient("amazon.nova-lite-v1:0");
        Assert.Same(client, client.GetService(typeof(IDisposable)));
        Assert.Same(client, client.GetService(typeof(object)));
        Assert.Same(provider, client.GetService(typeof(BedrockProvider)));
        var settings = client.GetService<BedrockChatClientSettings>();
        Assert.NotNull(settings);
        settings.MaxDownloadBytes = 1;
        Assert.NotEqual(1, client.GetService<BedrockChatClientSettings>()!.MaxDownloadBytes);
    }
}
