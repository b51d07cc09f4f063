using System.Buffers;
using System.Net.Http.Headers;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>
/// Fetches http(s) content for a request, because Converse only reads bytes or S3. The size limit is enforced while
/// reading, so an oversized or lying server cannot make us buffer more than the limit.
/// </summary>
internal sealed class UriContentDownloader
{
    private readonly HttpClient _httpClient;
    private readonly long _maxBytes;

    public UriContentDownloader(HttpClient httpClient, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        _httpClient = httpClient;
        _maxBytes = maxBytes;
    }

    public async Task<DataContent> DownloadAsync(Uri uri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new NotSupportedException($"Only http and https URLs can be downloaded; got '{uri.Scheme}'.");
        }

        using var response = await _httpClient.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Downloading '{Redact(uri)}' for the request failed with HTTP {(int)response.StatusCode}.", null, response.StatusCode);
        }

        if (response.Content.Headers.ContentLength is long declared && declared > _maxBytes)
        {
            throw TooLarge(uri);
        }

        var bytes = await ReadLimitedAsync(response.Content, uri, cancellationToken).ConfigureAwait(false);
        var mediaType = ResolveMediaType(response.Content.Headers.ContentType, uri);
        return new DataContent(bytes, mediaType) { Name = Path.GetFileName(uri.AbsolutePath) is { Length: > 0 } name ? name : null };
    }

    internal static string ResolveMediaType(MediaTypeHeaderValue? contentType, Uri uri)
    {
        var declared = contentType?.MediaType;
        var generic = string.IsNullOrEmpty(declared)
            || declared.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)
            || declared.Equals("binary/octet-stream", StringComparison.OrdinalIgnoreCase);
        return !generic ? declared! : MediaFormats.FromExtension(uri.AbsolutePath)
            ?? throw new NotSupportedException($"The media type of '{Redact(uri)}' is unknown: the server sent no usable Content-Type and the file extension is not recognised.");
    }

    private async Task<byte[]> ReadLimitedAsync(HttpContent content, Uri uri, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = ArrayPool<byte>.Shared.Rent(81920);
            try
            {
                using var output = new MemoryStream();
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (output.Length + read > _maxBytes)
                    {
                        throw TooLarge(uri);
                    }

                    output.Write(buffer, 0, read);
                }

                return output.ToArray();
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private InvalidOperationException TooLarge(Uri uri) =>
        new($"'{Redact(uri)}' is larger than the download limit of {_maxBytes} bytes (BedrockChatClientSettings.MaxDownloadBytes).");

    // Query strings often carry signatures (pre-signed URLs) and user info carries passwords; keep both out of messages.
    private static string Redact(Uri uri) => uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
}
