using System.Text;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using AmazonBedrock.AI.Authentication;

namespace AmazonBedrock.AI.Tests.Authentication;

/// <summary>Our signer against AWSSDK.Core's public signer, on Bedrock-shaped requests.</summary>
public sealed class SigV4CrossCheckTests
{
    [Theory]
    [InlineData("anthropic.claude-3-5-sonnet-20240620-v1:0", null)]
    [InlineData("arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc", "session-token-value")]
    [InlineData("us.amazon.nova-pro-v1:0", null)]
    public async Task Matches_AWSSDK_Core_when_both_sign_the_payload_hash(string modelId, string? token)
    {
        var body = Encoding.UTF8.GetBytes("""{"messages":[{"role":"user","content":[{"text":"Hi"}]}]}""");
        var uri = new Uri($"https://bedrock-runtime.us-west-2.amazonaws.com/model/{Uri.EscapeDataString(modelId)}/converse");
        var time = new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

        using var ours = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        ours.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        ours.Headers.TryAddWithoutValidation("X-Custom", "a  b");
        new SigV4Signer("us-west-2", "bedrock").Sign(ours, body, "AKIDEXAMPLE", "secret/KEY", token, time, addContentSha256: true);

        var request = new AWSSigningRequest { HttpMethod = HttpMethod.Post, RequestUri = uri, Content = body };
        request.Headers["Content-Type"] = "application/json";
        request.Headers["X-Custom"] = "a  b";
        AWSCredentials credentials = token is null ? new BasicAWSCredentials("AKIDEXAMPLE", "secret/KEY") : new SessionAWSCredentials("AKIDEXAMPLE", "secret/KEY", token);
        var result = await AWSSigV4Signer.SignAsync(
            request,
            new AWSSigV4Parameters { Credentials = credentials, Region = RegionEndpoint.USWest2, Service = "bedrock", SignPayload = true, SignedAt = time.UtcDateTime },
            CancellationToken.None);

        var theirs = result.Headers.Single(h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).Value;
        Assert.Equal(theirs, ours.Headers.GetValues("Authorization").Single());
        Assert.Contains("%253A", SigV4Signer.BuildCanonicalRequest(ours, "x"), StringComparison.Ordinal);
    }
}
