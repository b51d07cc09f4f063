using System.Text;
using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Emulator;

/// <summary>A request as the emulator received it, for tests to assert on.</summary>
public sealed class RecordedRequest
{
    private readonly Lazy<JsonNode?> _json;
    private readonly KeyValuePair<string, string>[] _headerPairs;
    private IReadOnlyDictionary<string, string>? _headers;
    private string? _bodyText;

    internal RecordedRequest(
        string method,
        string rawPath,
        string? operation,
        string? modelId,
        KeyValuePair<string, string>[] headers,
        byte[] body,
        DateTimeOffset receivedAt,
        string requestId)
    {
        Method = method;
        RawPath = rawPath;
        Operation = operation;
        ModelId = modelId;
        _headerPairs = headers;
        Body = body;
        ReceivedAt = receivedAt;
        RequestId = requestId;
        _json = new Lazy<JsonNode?>(ParseJson, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The HTTP method, for example <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>The request target's path exactly as received, percent-encoding intact (for example <c>/model/a.b-v1%3A0/converse</c>), without the query.</summary>
    public string RawPath { get; }

    /// <summary>The operation: <c>converse</c>, <c>converse-stream</c>, <c>invoke</c>, <c>invoke-with-response-stream</c>, <c>count-tokens</c> or <c>rerank</c>; <see langword="null"/> for an unknown path.</summary>
    public string? Operation { get; }

    /// <summary>The model id, percent-decoded from its path segment; <see langword="null"/> for rerank and unknown paths.</summary>
    public string? ModelId { get; }

    /// <summary>The request headers (case-insensitive names; repeated headers joined with <c>,</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers => _headers ?? BuildHeaders();

    /// <summary>The body bytes as received.</summary>
    public byte[] Body { get; }

    /// <summary>The body decoded as UTF-8.</summary>
    public string BodyText => _bodyText ??= Encoding.UTF8.GetString(Body);

    /// <summary>The body parsed as JSON, or <see langword="null"/> when it is empty or not JSON.</summary>
    public JsonNode? Json => _json.Value;

    /// <summary>When the emulator received the request.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The <c>x-amzn-RequestId</c> the emulator answered with.</summary>
    public string RequestId { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Method} {RawPath} ({Operation ?? "unknown"}, {Body.Length} bytes, {RequestId})";

    private IReadOnlyDictionary<string, string> BuildHeaders()
    {
        var headers = new Dictionary<string, string>(_headerPairs.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in _headerPairs)
        {
            headers[name] = value;
        }

        // Racing readers build equal dictionaries; either may be kept.
        return Interlocked.CompareExchange(ref _headers, headers, null) ?? headers;
    }

    private JsonNode? ParseJson()
    {
        if (Body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(Body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
