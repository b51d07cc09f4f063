using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace AmazonBedrock.AI.Tests.Support;

/// <summary>An in-process HTTP handler that records every request and answers from a queue of canned responses.</summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> _responses = new();

    public List<RecordedHttpRequest> Requests { get; } = [];

    public void Enqueue(Func<HttpRequestMessage, HttpResponseMessage> response) => _responses.Enqueue(response);

    public void EnqueueJson(string json, HttpStatusCode status = HttpStatusCode.OK, string? errorType = null, Action<HttpResponseMessage>? configure = null) =>
        Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            response.Headers.TryAddWithoutValidation("x-amzn-RequestId", $"req-{Requests.Count - 1}");
            if (errorType is not null)
            {
                response.Headers.TryAddWithoutValidation("x-amzn-ErrorType", errorType + ":http://internal.amazon.com/coral/com.amazon.bedrock/");
            }

            configure?.Invoke(response);
            return response;
        });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(",", header.Value);
        }

        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                headers[header.Key] = string.Join(",", header.Value);
            }
        }

        lock (Requests)
        {
            Requests.Add(new RecordedHttpRequest(request.Method.Method, request.RequestUri!, headers, body));
        }

        if (!_responses.TryDequeue(out var factory))
        {
            throw new InvalidOperationException("No canned response is queued.");
        }

        return factory(request);
    }
}

/// <summary>What a <see cref="RecordingHandler"/> saw.</summary>
public sealed record RecordedHttpRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);
}
