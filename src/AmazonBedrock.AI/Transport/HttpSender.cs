namespace AmazonBedrock.AI.Transport;

/// <summary>
/// Where the transport's requests go. An application's own <see cref="System.Net.Http.HttpClient"/> is used as given (its
/// timeout, default headers and base address apply). Otherwise requests go straight to the handler: the client the provider
/// would wrap around it has no timeout, base address or default headers, so its layer would only add an async step per call.
/// </summary>
internal sealed class HttpSender : IDisposable
{
    private readonly HttpClient? _given;
    private readonly HttpMessageInvoker? _invoker;

    private HttpSender(HttpClient? given, HttpMessageInvoker? invoker, HttpClient client)
    {
        _given = given;
        _invoker = invoker;
        HttpClient = client;
    }

    /// <summary>A client over the same handler and connections, for the downloads chat content may need.</summary>
    public HttpClient HttpClient { get; }

    /// <summary>Sends through the application's client, which the provider does not own.</summary>
    public static HttpSender Through(HttpClient client) => new(client, null, client);

    /// <summary>Sends straight to <paramref name="handler"/>; disposing the sender disposes the handler when <paramref name="ownsHandler"/>.</summary>
    public static HttpSender Straight(HttpMessageHandler handler, bool ownsHandler) => new(
        null,
        new HttpMessageInvoker(handler, disposeHandler: ownsHandler),
        new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan });

    /// <summary>Sends <paramref name="request"/> and returns once the response head arrived; the body is left to read.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _given is not null
            ? _given.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
            : _invoker!.SendAsync(request, cancellationToken);

    /// <summary>Releases the handler when the provider created it; never an application's client.</summary>
    public void Dispose()
    {
        if (_invoker is not null)
        {
            HttpClient.Dispose();
            _invoker.Dispose();
        }
    }
}
