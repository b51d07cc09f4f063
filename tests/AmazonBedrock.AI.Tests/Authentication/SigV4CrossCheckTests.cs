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

    [Theory]
    [InlineData("caf\u00e9 na\u00efve \u65e5\u672c")] // non-ASCII, written to the canonical request as UTF-8
    [InlineData("  several   runs  of    spaces  ")]
    [InlineData("x")]
    public async Task Header_values_are_canonicalised_as_AWSSDK_Core_does(string value)
    {
        await AssertSameAuthorizationAsync(value, "/model/m/converse");
    }

    [Fact]
    public async Task A_canonical_request_longer_than_the_reused_buffer_signs_the_same()
    {
        // Several kilobytes of header values: the signer's buffer grows instead of its first 512 bytes.
        await AssertSameAuthorizationAsync(string.Concat(Enumerable.Repeat("long-value ", 600)), "/model/m/converse?b=2&a=1&a=0");
    }

    private static async Task AssertSameAuthorizationAsync(string value, string pathAndQuery)
    {
        var body = Encoding.UTF8.GetBytes("""{"messages":[]}""");
        var uri = new Uri("https://bedrock-runtime.us-east-1.amazonaws.com" + pathAndQuery);
        var time = new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

        using var ours = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        ours.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        ours.Headers.TryAddWithoutValidation("X-Custom", value);
        new SigV4Signer("us-east-1", "bedrock").Sign(ours, body, "AKIDEXAMPLE", "secret/KEY", null, time, addContentSha256: true);

        var request = new AWSSigningRequest { HttpMethod = HttpMethod.Post, RequestUri = uri, Content = body };
        request.Headers["Content-Type"] = "application/json";
        request.Headers["X-Custom"] = value;
        var result = await AWSSigV4Signer.SignAsync(
            request,
            new AWSSigV4Parameters { Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "secret/KEY"), Region = RegionEndpoint.USEast1, Service = "bedrock", SignPayload = true, SignedAt = time.UtcDateTime },
            CancellationToken.None);

        var theirs = result.Headers.Single(h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).Value;
        Assert.Equal(theirs, ours.Headers.GetValues("Authorization").Single());
    }
}
