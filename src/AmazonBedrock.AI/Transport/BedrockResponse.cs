using System.Net.Http.Headers;

namespace AmazonBedrock.AI.Transport;

/// <summary>A successful, fully read response.</summary>
internal sealed class BedrockResponse(int statusCode, byte[] body, HttpResponseHeaders headers, HttpContentHeaders? contentHeaders)
{
    public int StatusCode { get; } = statusCode;

    public byte[] Body { get; } = body;

    public HttpResponseHeaders Headers { get; } = headers;

    public HttpContentHeaders? ContentHeaders { get; } = contentHeaders;

    /// <summary>The <c>x-amzn-RequestId</c> header.</summary>
    public string? RequestId => BedrockHeaders.RequestId(Headers);

    /// <summary>A response header's first value, from the response or content headers.</summary>
    public string? Header(string name) => BedrockHeaders.First(Headers, ContentHeaders, name);
}

/// <summary>A successful response whose body is an event stream, read as it arrives. Dispose it to release the connection.</summary>
internal sealed class BedrockStreamResponse(HttpResponseMessage response, Stream body) : IAsyncDisposable
{
    public HttpResponseHeaders Headers => response.Headers;

    public Stream Body { get; } = body;

    public string? RequestId => BedrockHeaders.RequestId(response.Headers);

    public string? Header(string name) => BedrockHeaders.First(response.Headers, response.Content.Headers, name);

    public async ValueTask DisposeAsync()
    {
        await Body.DisposeAsync().ConfigureAwait(false);
        response.Dispose();
    }
}

/// <summary>Reading Bedrock's response headers as received (no header parsing, no arrays).</summary>
internal static class BedrockHeaders
{
    public const string RequestIdHeader = "x-amzn-RequestId";

    public static string? RequestId(HttpResponseHeaders headers) => First(headers, null, RequestIdHeader);

    public static string? First(HttpResponseHeaders headers, HttpContentHeaders? contentHeaders, string name)
    {
        if (headers.NonValidated.TryGetValues(name, out var values))
        {
            return First(values);
        }

        return contentHeaders is not null && contentHeaders.NonValidated.TryGetValues(name, out var contentValues) ? First(contentValues) : null;
    }

    private static string? First(HeaderStringValues values)
    {
        foreach (var value in values)
        {
            return value;
        }

        return null;
    }
}
