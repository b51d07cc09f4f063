using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using AmazonBedrock.AI.Authentication;
using Microsoft.Extensions.Logging;

namespace AmazonBedrock.AI.Transport;

/// <summary>
/// Sends Bedrock requests: adds headers, authenticates each attempt, retries per the standard AWS retry mode,
/// corrects clock skew, and turns error responses into typed <see cref="BedrockException"/>s.
/// One instance per provider; thread-safe.
/// </summary>
internal sealed partial class BedrockTransport : IDisposable
{
    private static readonly string UserAgent = $"AmazonBedrock.AI/{typeof(BedrockTransport).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"} dotnet/{Environment.Version}";
    /// <summary>The finishing step for callers that want the response itself.</summary>
    private static readonly Func<BedrockResponse, object?, BedrockResponse> AsIs = static (response, _) => response;
    private static readonly MediaTypeHeaderValue EventStreamMediaType = new("application/vnd.amazon.eventstream");

    /// <summary>Enough for every model and operation an application uses; beyond it, URIs are built per request.</summary>
    private const int MaxCachedUris = 1024;

    /// <summary>Bodies up to this declared length are read into an exact-size array; longer ones go through HttpClient's buffering.</summary>
    private const long MaxPresizedBody = 64L * 1024 * 1024;

    private readonly HttpSender _sender;
    private readonly IRequestAuthenticator _authenticator;
    private readonly KeyValuePair<string, string>[] _headers;
    private readonly TimeSpan? _attemptTimeout;
    private readonly ILogger _logger;
    private readonly string _runtimeBase;
    private readonly string _agentRuntimeBase;

    // Request URIs and amz-sdk-request values are the same for every call to a model: build them once.
    private readonly ConcurrentDictionary<(BedrockEndpointKind Endpoint, string Path), Uri> _uris = new();
    private readonly string[] _attemptHeaders;

    // For SigV4: the canonical headers of the requests built here, worked out once (null with an API key).
    private readonly SigV4HeaderTemplate? _signingTemplate;

    public BedrockTransport(
        HttpSender sender,
        Uri runtimeBaseUri,
        Uri agentRuntimeBaseUri,
        IRequestAuthenticator authenticator,
        IEnumerable<KeyValuePair<string, string>> headers,
        RetryPolicy retryPolicy,
        TimeSpan? attemptTimeout,
        TimeProvider time,
        ILogger logger)
    {
        _sender = sender;
        RuntimeBaseUri = runtimeBaseUri;
        AgentRuntimeBaseUri = agentRuntimeBaseUri;
        _runtimeBase = runtimeBaseUri.AbsoluteUri.TrimEnd('/');
        _agentRuntimeBase = agentRuntimeBaseUri.AbsoluteUri.TrimEnd('/');
        _authenticator = authenticator;
        _headers = [.. headers];
        RetryPolicy = retryPolicy;
        _attemptHeaders = new string[retryPolicy.MaxRetries + 1];
        for (var attempt = 1; attempt <= _attemptHeaders.Length; attempt++)
        {
            _attemptHeaders[attempt - 1] = AttemptHeader(attempt, _attemptHeaders.Length);
        }

        _attemptTimeout = attemptTimeout;
        ClockSkew = new ClockSkew(time);
        _logger = logger;

        if (authenticator.SignsRequests)
        {
            // A request built like every other, with markers where the values change per request.
            var sample = new BedrockRequest { Path = "/", Body = [], Operation = "sample", ContentType = SigV4HeaderTemplate.Marker(SigV4HeaderTemplate.Slot.ContentType) };
            using var message = BuildMessage(
                new Uri(_runtimeBase + "/"),
                sample,
                SigV4HeaderTemplate.Marker(SigV4HeaderTemplate.Slot.InvocationId),
                SigV4HeaderTemplate.Marker(SigV4HeaderTemplate.Slot.Attempt));
            _signingTemplate = SigV4HeaderTemplate.FromSample(message);
        }
    }

    public Uri RuntimeBaseUri { get; }

    public Uri AgentRuntimeBaseUri { get; }

    public RetryPolicy RetryPolicy { get; }

    public ClockSkew ClockSkew { get; }

    /// <summary>The client requests go through (used to download http(s) content for chat).</summary>
    public HttpClient HttpClient => _sender.HttpClient;

    /// <summary>Sends the request and reads the whole response body.</summary>
    public Task<BedrockResponse> SendAsync(BedrockRequest request, CancellationToken cancellationToken) =>
        SendWithRetriesAsync(request, streaming: false, AsIs, (object?)null, cancellationToken);

    /// <summary>
    /// Sends the request, reads the whole response body and returns what <paramref name="finish"/> makes of it. Mapping
    /// inside the transport's own async method saves the caller an async step of its own per call.
    /// </summary>
    public Task<TResult> SendAsync<TState, TResult>(BedrockRequest request, Func<BedrockResponse, TState, TResult> finish, TState state, CancellationToken cancellationToken) =>
        SendWithRetriesAsync(request, streaming: false, finish, state, cancellationToken);

    /// <summary>
    /// Sends the request and returns once a successful event-stream head arrived. Retries cover only the time before
    /// that: once the stream starts, failures reach the caller as exceptions while reading.
    /// </summary>
    public async Task<BedrockStreamResponse> SendStreamingAsync(BedrockRequest request, CancellationToken cancellationToken)
    {
        var response = (await SendWithRetriesAsync(request, streaming: true, AsIs, (object?)null, cancellationToken).ConfigureAwait(false)).StreamingMessage!;
        try
        {
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (!string.Equals(mediaType, EventStreamMediaType.MediaType, StringComparison.OrdinalIgnoreCase))
            {
                // Bedrock answers some routing mistakes with 200 and a JSON body; never parse that as a stream.
                var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                throw new BedrockProtocolException(
                    $"{request.Operation} expected an event stream but got '{mediaType ?? "no content type"}': {Truncate(text)}",
                    BedrockHeaders.RequestId(response.Headers));
            }

            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new BedrockStreamResponse(response, stream);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The retry loop. A whole response is read and its message disposed here (one async step fewer for the common call);
    /// a streaming one is handed back open, as <see cref="BedrockResponse.StreamingMessage"/>. <paramref name="finish"/> runs
    /// once, after the loop, so nothing it throws is mistaken for a failure to retry.
    /// </summary>
    private async Task<TResult> SendWithRetriesAsync<TState, TResult>(
        BedrockRequest request, bool streaming, Func<BedrockResponse, TState, TResult> finish, TState state, CancellationToken cancellationToken)
    {
        var invocationId = InvocationId.New();
        BedrockResponse? completed = null;
        var retries = 0;
        int? lastRetryCost = null;
        var skewCorrected = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Exception failure;
            HttpResponseHeaders? failureHeaders = null;
            var isTimeout = false;
            DateTimeOffset signedAt = default;
            try
            {
                // Without a per-attempt timeout the attempt token is the caller's token: no linked source to allocate.
                using var attempt = _attemptTimeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                if (_attemptTimeout is { } timeout)
                {
                    attempt!.CancelAfter(timeout);
                }

                var attemptToken = attempt?.Token ?? cancellationToken;

                var attemptHeader = retries < _attemptHeaders.Length ? _attemptHeaders[retries] : AttemptHeader(retries + 1, _attemptHeaders.Length);
                using var message = BuildMessage(RequestUri(request), request, invocationId, attemptHeader);
                signedAt = ClockSkew.Now;
                await _authenticator.AuthenticateAsync(message, request.Body, signedAt, Templated(request, invocationId, attemptHeader), attemptToken).ConfigureAwait(false);

                var response = await _sender.SendAsync(message, attemptToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("The HTTP handler returned no response message.");
                try
                {
                    if (response.IsSuccessStatusCode)
                    {
                        if (streaming)
                        {
                            RetryPolicy.Release(lastRetryCost);
                            completed = new BedrockResponse(response);
                            break;
                        }

                        var body = await ReadBodyAsync(response.Content, attemptToken).ConfigureAwait(false);
                        RetryPolicy.Release(lastRetryCost);
                        completed = new BedrockResponse((int)response.StatusCode, body, response.Headers, response.Content.Headers);
                        response.Dispose();
                        break;
                    }

                    var errorBody = await response.Content.ReadAsByteArrayAsync(attemptToken).ConfigureAwait(false);
                    var error = BedrockErrorMapper.FromHttpResponse((int)response.StatusCode, response.Headers, errorBody, BedrockHeaders.RequestId(response.Headers));
                    failureHeaders = response.Headers;

                    if (!skewCorrected && _authenticator.SignsRequests && ClockSkew.IsSkewError(error.ErrorCode) && ClockSkew.TryCorrect(response.Headers, signedAt))
                    {
                        // A wrong local clock is not the service's fault: retry once at once, re-signed, outside the retry quota.
                        skewCorrected = true;
                        LogClockSkew(_logger, request.Operation, ClockSkew.Offset.TotalSeconds, error.RequestId);
                        response.Dispose();
                        continue;
                    }

                    response.Dispose();
                    if (!error.IsRetryable)
                    {
                        throw error;
                    }

                    failure = error;
                }
                catch
                {
                    response.Dispose();
                    throw;
                }
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                // The per-attempt timeout fired, not the caller's token.
                failure = new TimeoutException($"{request.Operation} attempt {retries + 1} timed out after {_attemptTimeout}.", ex);
                isTimeout = true;
            }
            catch (HttpRequestException ex)
            {
                failure = ex;
            }
            catch (IOException ex)
            {
                failure = ex;
            }

            var cost = RetryPolicy.TryAcquire(retries, isTimeout);
            if (cost is null)
            {
                throw Final(request, failure, retries + 1);
            }

            retries++;
            lastRetryCost = cost;
            var delay = RetryPolicy.DelayFor(retries, failureHeaders);
            LogRetry(_logger, request.Operation, retries, RetryPolicy.MaxRetries, delay.TotalMilliseconds, Describe(failure));
            await RetryPolicy.WaitAsync(delay, cancellationToken).ConfigureAwait(false);
        }

        return finish(completed, state);
    }

    /// <summary>
    /// The whole body. With a declared length it is read straight into an array of that size; HttpClient's own buffering
    /// would copy it through a pooled stream first. A body cut short fails as an <see cref="IOException"/>, like a dropped connection.
    /// </summary>
    private static async ValueTask<byte[]> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        // Read as sent: the typed ContentLength would parse the header into a stored, boxed value first.
        if (!content.Headers.NonValidated.TryGetValues("Content-Length", out var declared)
            || !long.TryParse(declared.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            || length > MaxPresizedBody)
        {
            return await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

        var body = length == 0 ? [] : new byte[length];
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
        }

        return body;
    }

    /// <summary>
    /// The signing template fits requests with no headers of their own beyond the body's type: every other header is the
    /// transport's or the application's, the same on every call.
    /// </summary>
    internal SigV4Signer.TemplatedHeaders? Templated(BedrockRequest request, string invocationId, string attemptHeader) =>
        _signingTemplate is not null && request.Accept is null && request.Headers is null
            ? new SigV4Signer.TemplatedHeaders(_signingTemplate, request.ContentType, invocationId, attemptHeader)
            : null;

    private HttpRequestMessage BuildMessage(Uri uri, BedrockRequest request, string invocationId, string attemptHeader)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new ByteArrayContent(request.Body),
        };
        // Added as text: nothing needs it parsed, and the signer reads it as sent.
        message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        if (request.Accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", request.Accept);
        }

        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        message.Headers.TryAddWithoutValidation("amz-sdk-invocation-id", invocationId);
        message.Headers.TryAddWithoutValidation("amz-sdk-request", attemptHeader);
        foreach (var (name, value) in _headers)
        {
            message.Headers.Remove(name);
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Headers is not null)
        {
            foreach (var (name, value) in request.Headers)
            {
                message.Headers.Remove(name);
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }

    private Uri RequestUri(BedrockRequest request)
    {
        var key = (request.Endpoint, request.Path);
        if (_uris.TryGetValue(key, out var uri))
        {
            return uri;
        }

        var baseUri = request.Endpoint == BedrockEndpointKind.AgentRuntime ? _agentRuntimeBase : _runtimeBase;
        uri = new Uri(baseUri + request.Path, UriKind.Absolute);
        if (_uris.Count < MaxCachedUris)
        {
            _uris.TryAdd(key, uri);
        }

        return uri;
    }

    private static string AttemptHeader(int attempt, int maxAttempts) =>
        string.Create(CultureInfo.InvariantCulture, $"attempt={attempt}; max={maxAttempts}");

    private static Exception Final(BedrockRequest request, Exception failure, int attempts) => failure switch
    {
        BedrockException bedrock => bedrock,
        _ => new BedrockException(
            $"{request.Operation} failed after {attempts} attempt{(attempts == 1 ? string.Empty : "s")}: {failure.Message}",
            failure is TimeoutException ? "RequestTimeout" : "NetworkError",
            statusCode: null,
            requestId: null,
            failure),
    };

    private static string Describe(Exception failure) => failure switch
    {
        BedrockException bedrock => $"{bedrock.ErrorCode} (HTTP {bedrock.StatusCode}, request id {bedrock.RequestId})",
        _ => failure.GetType().Name + ": " + failure.Message,
    };

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";

    public void Dispose() => _sender.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bedrock {Operation} failed ({Failure}); retry {Retry} of {MaxRetries} in {DelayMs:F0} ms.")]
    private static partial void LogRetry(ILogger logger, string operation, int retry, int maxRetries, double delayMs, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bedrock {Operation} was rejected for clock skew (request id {RequestId}); correcting the signing clock by {OffsetSeconds:F0} s and retrying once.")]
    private static partial void LogClockSkew(ILogger logger, string operation, double offsetSeconds, string? requestId);
}
