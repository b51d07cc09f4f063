using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Tests.Embeddings;

/// <summary>One request the fake handler saw.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>An in-process Bedrock stand-in: records every request and answers with a scripted response.</summary>
public sealed class FakeBedrockHandler : HttpMessageHandler
{
    private readonly Func<RecordedRequest, int, Task<HttpResponseMessage>> _respond;
    private int _count;

    public FakeBedrockHandler(Func<RecordedRequest, int, Task<HttpResponseMessage>> respond) => _respond = respond;

    public FakeBedrockHandler(Func<RecordedRequest, int, HttpResponseMessage> respond)
        : this((request, index) => Task.FromResult(respond(request, index)))
    {
    }

    public FakeBedrockHandler(params string[] bodies)
        : this((_, index) => Json(bodies[Math.Min(index, bodies.Length - 1)]))
    {
    }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public RecordedRequest Single => Assert.Single(Requests);

    public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "req-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    /// <summary>A provider wired to this handler with static keys and no environment.</summary>
    public BedrockProvider CreateProvider(string region = "us-east-1", int maxRetries = 0) => new(new BedrockProviderOptions
    {
        Region = region,
        AccessKeyId = "AKIDEXAMPLE",
        SecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        ReadEnvironment = false,
        MaxRetries = maxRetries,
        HttpMessageHandler = this,
    });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = string.Join(",", values);
        }

        var body = string.Empty;
        if (request.Content is not null)
        {
            foreach (var (name, values) in request.Content.Headers)
            {
                headers[name] = string.Join(",", values);
            }

            body = await request.Content.ReadAsStringAsync(cancellationToken);
        }

        var recorded = new RecordedRequest(request.Method, request.RequestUri!, headers, body);
        Requests.Enqueue(recorded);
        var index = Interlocked.Increment(ref _count) - 1;
        return await _respond(recorded, index).WaitAsync(cancellationToken);
    }
}
