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

    public async ValueTask AuthenticateAsync(HttpRequestMessage request, byte[] body, DateTimeOffset signingTime, CancellationToken cancellationToken)
    {
        var immutable = credentials.Fixed;
        if (immutable is null)
        {
            var awsCredentials = await credentials.GetAsync(cancellationToken).ConfigureAwait(false);
            immutable = await awsCredentials.GetCredentialsAsync().ConfigureAwait(false);
        }

        _signer.Sign(request, body, immutable.AccessKey, immutable.SecretKey, immutable.UseToken ? immutable.Token : null, signingTime);
    }

    public override string ToString() => $"SigV4 ({credentials}, region {_signer.Region})";
}
