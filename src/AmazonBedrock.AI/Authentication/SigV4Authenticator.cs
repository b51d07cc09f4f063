namespace AmazonBedrock.AI.Authentication;

/// <summary>
/// Signs requests with AWS Signature Version 4, service <c>bedrock</c>, with credentials resolved per request
/// through AWSSDK.Core (so refreshing credentials stay fresh). The session token goes out as <c>x-amz-security-token</c>.
/// </summary>
internal sealed class SigV4Authenticator(CredentialSource credentials, string region, string service = SigV4Authenticator.ServiceName) : IRequestAuthenticator
{
    /// <summary>The signing name of Bedrock Runtime and Agent Runtime (the host prefix differs: <c>bedrock-runtime</c>).</summary>
    public const string ServiceName = "bedrock";

    private readonly SigV4Signer _signer = new(region, service);

    public bool SignsRequests => true;

    public ValueTask AuthenticateAsync(HttpRequestMessage request, byte[] body, DateTimeOffset signingTime, SigV4Signer.TemplatedHeaders? templated, CancellationToken cancellationToken)
    {
        // Static keys sign at once, without an async step; resolved credentials may have to be fetched or refreshed first.
        if (credentials.Fixed is { } immutable)
        {
            Sign(request, body, immutable, signingTime, templated);
            return ValueTask.CompletedTask;
        }

        return ResolveAndSignAsync(request, body, signingTime, templated, cancellationToken);
    }

    private async ValueTask ResolveAndSignAsync(HttpRequestMessage request, byte[] body, DateTimeOffset signingTime, SigV4Signer.TemplatedHeaders? templated, CancellationToken cancellationToken)
    {
        var awsCredentials = await credentials.GetAsync(cancellationToken).ConfigureAwait(false);
        Sign(request, body, await awsCredentials.GetCredentialsAsync().ConfigureAwait(false), signingTime, templated);
    }

    private void Sign(HttpRequestMessage request, byte[] body, Amazon.Runtime.ImmutableCredentials keys, DateTimeOffset signingTime, SigV4Signer.TemplatedHeaders? templated) =>
        _signer.Sign(request, body, keys.AccessKey, keys.SecretKey, keys.UseToken ? keys.Token : null, signingTime, templated: templated);

    public override string ToString() => $"SigV4 ({credentials}, region {_signer.Region})";
}
