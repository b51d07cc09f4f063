using System.Net;
using AmazonBedrock.AI.Tests.Support;
using AmazonBedrock.AI.Transport;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Transport;

public sealed class ErrorRedactionTests
{
    private const string Token = "FwoGZXIvYXdzEXAMPLESESSIONTOKENVALUE";

    [Fact]
    public async Task Signature_mismatch_messages_lose_the_canonical_request_and_its_token()
    {
        var message = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\n" +
            "The Canonical String for this request should have been\n'POST\n/model/x/converse\n\nhost:bedrock-runtime.us-east-1.amazonaws.com\nx-amz-date:20261127T080000Z\nx-amz-security-token:" + Token + "\n'";
        var handler = new RecordingHandler();
        handler.EnqueueJson(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["message"] = message }), HttpStatusCode.Forbidden, "InvalidSignatureException");
        using var provider = new BedrockProvider(new BedrockProviderOptions
        {
            Region = "us-east-1",
            AccessKeyId = "AKIDEXAMPLE",
            SecretAccessKey = "secret",
            SessionToken = Token,
            HttpMessageHandler = handler,
            ReadEnvironment = false,
        });

        var error = await Assert.ThrowsAsync<BedrockAccessDeniedException>(() => provider.GetChatClient("amazon.nova-lite-v1:0").GetResponseAsync("Hi"));
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("The request signature we calculated does not match", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("token x-amz-security-token: ABCDEF123 rejected", "token x-amz-security-token: (redacted) rejected")]
    [InlineData("Authorization: Bearer abc.def-123 is invalid", "Authorization: Bearer (redacted) is invalid")]
    [InlineData("Plain message", "Plain message")]
    public void Token_and_bearer_values_are_blanked(string input, string expected) =>
        Assert.Equal(expected, BedrockErrorMapper.RedactSecrets(input));

    [Fact]
    public void Stream_exception_messages_are_redacted_too()
    {
        var error = BedrockErrorMapper.Create("ValidationException", "bad x-amz-security-token=SECRET123", null, "req");
        Assert.DoesNotContain("SECRET123", error.Message, StringComparison.Ordinal);
    }
}
