using System.Net;
using System.Text;
using AmazonBedrock.AI.Emulator;

namespace AmazonBedrock.AI.Tests.Emulator;

public sealed class SignatureTests
{
    private const string ModelId = "anthropic.claude-3-5-sonnet-20240620-v1:0";

    [Fact]
    public async Task Request_signed_by_AWSSDK_is_accepted_and_recorded()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        var json = await EmulatorHttp.PostJsonAsync(emulator, EmulatorHttp.ModelPath(ModelId, "converse"), EmulatorHttp.Converse("Hello there"));

        Assert.Equal("end_turn", json["stopReason"]!.GetValue<string>());
        var recorded = emulator.LastRequest;
        Assert.Equal("POST", recorded.Method);
        Assert.Equal("/model/anthropic.claude-3-5-sonnet-20240620-v1%3A0/converse", recorded.RawPath);
        Assert.Equal(ModelId, recorded.ModelId);
        Assert.Equal("converse", recorded.Operation);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/", recorded.Headers["authorization"], StringComparison.Ordinal);
        Assert.Equal("Hello there", recorded.Json!["messages"]![0]!["content"]![0]!["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("us-east-1")]
    [InlineData("eu-central-1")]
    [InlineData("cn-north-1")]
    public async Task Any_region_is_accepted(string region)
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        using var request = EmulatorHttp.Signed(emulator, EmulatorHttp.ModelPath(ModelId, "converse"), EmulatorHttp.Converse("hi"), region: region);
        using var response = await EmulatorHttp.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Arn_model_id_keeps_percent_encoding_in_raw_path_and_is_decoded()
    {
        const string arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123";
        await using var emulator = await BedrockEmulator.StartAsync();
        var json = await EmulatorHttp.PostJsonAsync(emulator, EmulatorHttp.ModelPath(arn, "converse"), EmulatorHttp.Converse("hi"));

        Assert.NotNull(json["output"]);
        Assert.Equal("/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aapplication-inference-profile%2Fabc123/converse", emulator.LastRequest.RawPath);
        Assert.Equal(arn, emulator.LastRequest.ModelId);
    }

    [Fact]
    public async Task Wrong_secret_gets_InvalidSignatureException()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        using var request = EmulatorHttp.Signed(emulator, EmulatorHttp.ModelPath(ModelId, "converse"), EmulatorHttp.Converse("hi"), secret: "not-the-secret");
        using var response = await EmulatorHttp.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("InvalidSignatureException:http://internal.amazon.com/coral/com.amazon.coral.service/", response.Headers.GetValues("x-amzn-ErrorType").Single());
        Assert.Contains("The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("x-amzn-RequestId"));
        Assert.NotNull(response.Headers.Date);
    }

    [Fact]
    public async Task Wrong_access_key_gets_UnrecognizedClientException()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        using var request = EmulatorHttp.Signed(emulator, EmulatorHttp.ModelPath(ModelId, "converse"), EmulatorHttp.Converse("hi"), accessKey: "AKIAOTHER");
        using var response = await EmulatorHttp.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.StartsWith("UnrecognizedClientException:", response.Headers.GetValues("x-amzn-ErrorType").Single(), StringComparison.Ordinal);
        Assert.Contains("The security token included in the request is invalid.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_changed_after_signing_is_rejected()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        using var request = EmulatorHttp.Signed(emulator, EmulatorHttp.ModelPath(ModelId, "converse"), EmulatorHttp.Converse("hi"));
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(EmulatorHttp.Converse("ho")));
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await EmulatorHttp.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.StartsWith("InvalidSignatureException:", response.Headers.GetValues("x-amzn-ErrorType").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_changed_after_signing_is_rejected()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        using var signed = EmulatorHttp.Signed(emulator, EmulatorHttp.ModelPath(ModelId, "converse"), EmulatorHttp.Converse("hi"));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(emulator.BaseUri, EmulatorHttp.ModelPath("amazon.nova-pro-v1:0", "converse"))) { Content = signed.Content };
        foreach (var header in signed.Headers)
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        using var response = await EmulatorHttp.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Missing_authorization_is_rejected_and_still_recorded()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(emulator.BaseUri, EmulatorHttp.ModelPath(ModelId, "converse"))) { Content = new StringContent(EmulatorHttp.Converse("hi")) };
        using var response = await EmulatorHttp.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Single(emulator.Requests);
    }

    [Fact]
    public async Task Bearer_token_is_accepted_when_any_token_is_allowed()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(emulator.BaseUri, EmulatorHttp.ModelPath(ModelId, "converse"))) { Content = new StringContent(EmulatorHttp.Converse("hi")) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer ABSKexample");
        using var response = await EmulatorHttp.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Configured_bearer_token_rejects_other_tokens()
    {
        await using var emulator = await BedrockEmulator.StartAsync(new BedrockEmulatorOptions { BearerToken = "right" });
        foreach (var (token, expected) in new[] { ("right", HttpStatusCode.OK), ("wrong", HttpStatusCode.Forbidden) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(emulator.BaseUri, EmulatorHttp.ModelPath(ModelId, "converse"))) { Content = new StringContent(EmulatorHttp.Converse("hi")) };
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
            using var response = await EmulatorHttp.SendAsync(request);
            Assert.Equal(expected, response.StatusCode);
            Assert.DoesNotContain(token, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Signature_outside_the_allowed_skew_is_expired()
    {
        var clock = new ShiftedTimeProvider(TimeSpan.FromHours(1));
        await using var emulator = await BedrockEmulator.StartAsync(new BedrockEmulatorOptions { TimeProvider = clock });
        var (status, type, message) = await EmulatorHttp.PostErrorAsync(emulator, EmulatorHttp.ModelPath(ModelId, "converse"), EmulatorHttp.Converse("hi"));

        Assert.Equal(403, status);
        Assert.StartsWith("InvalidSignatureException", type, StringComparison.Ordinal);
        Assert.StartsWith("Signature expired: ", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_session_token_must_be_sent_and_signed()
    {
        await using var emulator = await BedrockEmulator.StartAsync(new BedrockEmulatorOptions { SessionToken = "session-token-value" });
        using (var unsigned = EmulatorHttp.Signed(emulator, EmulatorHttp.ModelPath(ModelId, "converse"), EmulatorHttp.Converse("hi")))
        using (var response = await EmulatorHttp.SendAsync(unsigned))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var withToken = EmulatorHttp.Signed(emulator, EmulatorHttp.ModelPath(ModelId, "converse"), EmulatorHttp.Converse("hi"), sessionToken: "session-token-value");
        using var accepted = await EmulatorHttp.SendAsync(withToken);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("session-token-value", emulator.LastRequest.Headers["x-amz-security-token"]);
    }

    [Fact]
    public void Canonical_uri_encodes_each_segment_again()
    {
        Assert.Equal("/model/a.b-v1%253A0/converse", AmazonBedrock.AI.Emulator.Signing.SigV4Verifier.CanonicalUri("/model/a.b-v1%3A0/converse"));
        Assert.Equal("a=1&b=%20x", AmazonBedrock.AI.Emulator.Signing.SigV4Verifier.CanonicalQuery("b=%20x&a=1"));
    }

    private sealed class ShiftedTimeProvider(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }
}
