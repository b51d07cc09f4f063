using System.Net.Http.Headers;

namespace AmazonBedrock.AI.Authentication;

/// <summary>Bedrock API keys: <c>Authorization: Bearer &lt;key&gt;</c>, no SigV4 headers.</summary>
internal sealed class BearerTokenAuthenticator(string apiKey) : IRequestAuthenticator
{
    private readonly AuthenticationHeaderValue _header = new("Bearer", apiKey);

    public bool SignsRequests => false;

    public ValueTask AuthenticateAsync(HttpRequestMessage request, byte[] body, DateTimeOffset signingTime, SigV4Signer.TemplatedHeaders? templated, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = _header;
        return ValueTask.CompletedTask;
    }

    public override string ToString() => "Bearer (API key redacted)";
}
