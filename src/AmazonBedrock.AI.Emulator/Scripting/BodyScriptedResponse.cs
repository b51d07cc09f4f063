using Microsoft.AspNetCore.Http;

namespace AmazonBedrock.AI.Emulator;

/// <summary>A complete body with a status code and headers.</summary>
internal sealed class BodyScriptedResponse : ScriptedResponse
{
    private readonly IReadOnlyDictionary<string, string>? _headers;

    public BodyScriptedResponse(int statusCode, string contentType, byte[] body, IReadOnlyDictionary<string, string>? headers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        StatusCode = statusCode;
        ContentType = contentType;
        Body = body;
        _headers = headers is null ? null : new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);
    }

    public int StatusCode { get; }

    public string ContentType { get; }

    public byte[] Body { get; }

    internal override async Task WriteAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        if (_headers is not null)
        {
            foreach (var header in _headers)
            {
                response.Headers[header.Key] = header.Value;
            }
        }

        response.ContentLength = Body.Length;
        await response.Body.WriteAsync(Body, cancellationToken).ConfigureAwait(false);
    }
}
