using System.Net.Http.Headers;

namespace AmazonBedrock.AI.Transport;

/// <summary>A successful response: fully read, or (inside the transport only) a stream's open message.</summary>
internal sealed class BedrockResponse
{
    public BedrockResponse(int statusCode, byte[] body, HttpResponseHeaders headers, HttpContentHeaders? contentHeaders)
    {
        StatusCode = statusCode;
        Body = body;
        Headers = headers;
        ContentHeaders = contentHeaders;
    }

    /// <summary>A streaming response: the body is still to be read from <paramref name="message"/>.</summary>
    public BedrockResponse(HttpResponseMessage message)
        : this((int)message.StatusCode, [], message.Headers, message.Content.Headers)
    {
        StreamingMessage = message;
    }

    public int StatusCode { get; }

    public byte[] Body { get; }

    public HttpResponseHeaders Headers { get; }

    public HttpContentHeaders? ContentHeaders { get; }

    /// <summary>The open message of a streaming response, which the transport turns into a <see cref="BedrockStreamResponse"/>.</summary>
    public HttpResponseMessage? StreamingMessage { get; }

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

    /// <summary>
    /// The <c>Date</c> header. Bedrock sends the fixed IMF-fixdate form (<c>Fri, 27 Nov 2026 11:03:29 GMT</c>), read here
    /// directly: the general date parsers cost about a microsecond per response. Other HTTP date forms go to the typed header.
    /// </summary>
    public static DateTimeOffset? Date(HttpResponseHeaders headers) =>
        First(headers, null, "Date") is { } value && ImfFixdate.TryParse(value, out var date) ? date : headers.Date;

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
