using System.Text;

namespace AmazonBedrock.AI.Provider;

/// <summary>
/// <see cref="BedrockProviderOptions.Headers"/>, checked once when the provider is made rather than failing on every
/// request: each must be a request header a message accepts, with a value on one line, and none of those the
/// authentication sets; with the provider's own handler, which sends ASCII only, values must be ASCII too.
/// </summary>
internal static class ApplicationHeaders
{
    /// <summary>Checks <paramref name="headers"/>; throws <see cref="ArgumentException"/> on the first that could not be sent.</summary>
    public static void Validate(IDictionary<string, string> headers, bool asciiOnly)
    {
        using var probe = new HttpRequestMessage();
        foreach (var (name, value) in headers)
        {
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException("BedrockProviderOptions.Headers holds an empty header name.", "options");
            }

            if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) || name.Equals("X-Amz-Date", StringComparison.OrdinalIgnoreCase)
                || name.Equals("X-Amz-Security-Token", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"BedrockProviderOptions.Headers cannot set '{name}': the provider's authentication sets it.", "options");
            }

            if (value is null || value.AsSpan().ContainsAny('\r', '\n'))
            {
                throw new ArgumentException($"BedrockProviderOptions.Headers['{name}'] must be a value on one line.", "options");
            }

            if (asciiOnly && !Ascii.IsValid(value))
            {
                throw new ArgumentException(
                    $"BedrockProviderOptions.Headers['{name}'] is not ASCII, which the provider's own HTTP handler cannot send; encode it, or give an HttpMessageHandler that sends it (SocketsHttpHandler.RequestHeaderEncodingSelector).",
                    "options");
            }

            if (!probe.Headers.TryAddWithoutValidation(name, value))
            {
                throw new ArgumentException(
                    $"BedrockProviderOptions.Headers cannot set '{name}': it is not a valid request header name, or it describes the body (Content-*, Expires, Last-Modified, Allow), which the provider sets.",
                    "options");
            }
        }
    }
}
