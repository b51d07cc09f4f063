using System.Net;
using AmazonBedrock.AI.Tests.Support;
using AmazonBedrock.AI.Transport;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Transport;

/// <summary>How requests reach the network: an application's client as given, otherwise straight to the handler.</summary>
public sealed class HttpSenderTests
{
    private const string Answer = """{"output":{"message":{"role":"assistant","content":[{"text":"ok"}]}},"stopReason":"end_turn","usage":{"inputTokens":1,"outputTokens":1,"totalTokens":2}}""";

    [Fact]
    public async Task An_applications_client_is_used_as_given_and_is_not_disposed()
    {
        var handler = new RecordingHandler();
        handler.EnqueueJson(Answer);
        handler.EnqueueJson(Answer);
        using var http = new HttpClient(handler);
        http.DefaultRequestHeaders.TryAddWithoutValidation("X-From-Client", "yes");
        var provider = Provider(o => o.HttpClient = http);

        await provider.GetChatClient("amazon.nova-lite-v1:0").GetResponseAsync("Hi");
        provider.Dispose();

        // The client's own defaults apply, so the request went through it; and it still works after the provider is gone.
        Assert.Equal("yes", handler.Requests[0].Headers["X-From-Client"]);
        using var after = await http.GetAsync(new Uri("https://example.test/"));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_given_handler_gets_the_requests_and_is_not_disposed()
    {
        var handler = new TrackingHandler();
        var provider = Provider(o => o.HttpMessageHandler = handler);

        var response = await provider.GetChatClient("amazon.nova-lite-v1:0").GetResponseAsync("Hi");
        provider.Dispose();

        Assert.Equal("ok", response.Text);
        Assert.Equal(1, handler.Calls);
        Assert.False(handler.Disposed);
    }

    [Fact]
    public async Task Straight_to_an_owned_handler_disposes_it_and_downloads_share_it()
    {
        var handler = new TrackingHandler();
        var sender = HttpSender.Straight(handler, ownsHandler: true);

        using (var request = new HttpRequestMessage(HttpMethod.Post, "https://bedrock-runtime.us-east-1.amazonaws.com/model/m/converse"))
        using (var response = await sender.SendAsync(request, CancellationToken.None))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using (var download = await sender.HttpClient.GetAsync(new Uri("https://example.test/picture.png")))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        }

        Assert.Equal(2, handler.Calls);
        Assert.False(handler.Disposed);
        sender.Dispose();
        Assert.True(handler.Disposed);
    }

    [Fact]
    public async Task Straight_to_a_borrowed_handler_leaves_it_open()
    {
        var handler = new TrackingHandler();
        var sender = HttpSender.Straight(handler, ownsHandler: false);
        sender.Dispose();

        Assert.False(handler.Disposed);
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.test/");
        using var response = await invoker.SendAsync(request, CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_handler_that_returns_no_response_is_a_clear_error()
    {
        using var provider = Provider(o => o.HttpMessageHandler = new NullHandler());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetChatClient("amazon.nova-lite-v1:0").GetResponseAsync("Hi"));
        Assert.Contains("no response message", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_given_clients_timeout_applies()
    {
        var handler = new TrackingHandler { Delay = TimeSpan.FromSeconds(30) };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromMilliseconds(100) };
        using var provider = Provider(o =>
        {
            o.HttpClient = http;
            o.MaxRetries = 0;
        });

        var error = await Assert.ThrowsAsync<BedrockException>(() => provider.GetChatClient("amazon.nova-lite-v1:0").GetResponseAsync("Hi"));
        Assert.Equal("RequestTimeout", error.ErrorCode);
    }

    private static BedrockProvider Provider(Action<BedrockProviderOptions> configure)
    {
        var options = new BedrockProviderOptions { Region = "us-east-1", ApiKey = "test-key", ReadEnvironment = false };
        configure(options);
        return new BedrockProvider(options);
    }

    private sealed class NullHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => Task.FromResult<HttpResponseMessage>(null!);
    }

    private sealed class TrackingHandler : HttpMessageHandler
    {
        public int Calls { get; private set; }

        public bool Disposed { get; private set; }

        public TimeSpan Delay { get; init; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ObjectDisposedException.ThrowIf(Disposed, this);
            Calls++;
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, cancellationToken);
            }

            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Answer, System.Text.Encoding.UTF8, "application/json") };
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
