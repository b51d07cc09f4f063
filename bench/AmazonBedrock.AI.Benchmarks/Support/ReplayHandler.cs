using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace AmazonBedrock.AI.Benchmarks.Support;

/// <summary>
/// The client-only transport: answers every request at once with canned bytes (the JSON body for <c>/converse</c>,
/// the event stream for <c>/converse-stream</c>, the InvokeModel body for <c>/invoke</c>), with the headers Bedrock sends,
/// so a benchmark measures our code alone.
/// </summary>
internal sealed class ReplayHandler(byte[] converseBody, byte[] streamBody, byte[]? invokeBody = null) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly MediaTypeHeaderValue EventStream = new("application/vnd.amazon.eventstream");
    private static readonly string Date = DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var streaming = path.EndsWith("/converse-stream", StringComparison.Ordinal);
        var invoke = invokeBody is not null && path.EndsWith("/invoke", StringComparison.Ordinal);
        var content = new ByteArrayContent(streaming ? streamBody : invoke ? invokeBody! : converseBody);
        content.Headers.ContentType = streaming ? EventStream : Json;
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "5f4ea2b1-2c8e-4f0e-9c61-0d3c1b5d2a77");
        response.Headers.TryAddWithoutValidation("Date", Date);
        return Task.FromResult(response);
    }
}
