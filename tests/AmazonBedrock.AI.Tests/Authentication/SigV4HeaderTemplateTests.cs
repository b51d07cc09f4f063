using System.Net;
using System.Text;
using AmazonBedrock.AI.Authentication;
using AmazonBedrock.AI.Transport;
using Microsoft.Extensions.Time.Testing;

namespace AmazonBedrock.AI.Tests.Authentication;

/// <summary>
/// Signing from the transport's header template must give exactly the signature of reading every header back from the
/// message: each case signs the same request both ways.
/// </summary>
public sealed class SigV4HeaderTemplateTests
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static readonly DateTimeOffset Time = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"messages":[{"role":"user","content":[{"text":"Hi"}]}]}""");

    public static TheoryData<string, string[], string?, string> Cases() => new()
    {
        { "no headers of the application's", [], null, "application/json" },
        { "a session token", [], "session-token-value", "application/json" },
        { "headers sorting before, between and after", ["Aaa-First:1", "Amz-Sdk-Z:x", "Zzz-Last:2"], null, "application/json" },
        { "values to trim and collapse", ["X-Spaces:  a   b\tc  ", "X-Tab:a\tb"], "token", "application/json" },
        { "non-ASCII values", ["X-Unicode:café  crème"], null, "application/json" },
        { "an application header replacing the transport's", ["amz-sdk-request:attempt=9; max=9", "User-Agent:mine"], null, "application/json" },
        { "a Host header of the application's", ["Host:example.test"], null, "application/json" },
        { "a content type to canonicalise", [], null, " application/x-amz-json-1.1 ;  charset=utf-8 " },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_template_signs_like_the_message(string name, string[] applicationHeaders, string? token, string contentType)
    {
        Assert.NotEmpty(name);
        var headers = applicationHeaders.Select(h => h.Split(':', 2)).Select(p => new KeyValuePair<string, string>(p[0], p[1])).ToArray();
        var template = SigV4HeaderTemplate.FromSample(Build(headers, SigV4HeaderTemplate.Marker(SigV4HeaderTemplate.Slot.ContentType), SigV4HeaderTemplate.Marker(SigV4HeaderTemplate.Slot.InvocationId), SigV4HeaderTemplate.Marker(SigV4HeaderTemplate.Slot.Attempt)));

        var invocationId = Guid.NewGuid().ToString();
        using var templated = Build(headers, contentType, invocationId, "attempt=1; max=3");
        new SigV4Signer("us-east-1", "bedrock").Sign(templated, Body, "AKIDEXAMPLE", Secret, token, Time, templated: new SigV4Signer.TemplatedHeaders(template, contentType, invocationId, "attempt=1; max=3"));
        using var read = Build(headers, contentType, invocationId, "attempt=1; max=3");
        new SigV4Signer("us-east-1", "bedrock").Sign(read, Body, "AKIDEXAMPLE", Secret, token, Time);

        Assert.Equal(read.Headers.GetValues("Authorization").Single(), templated.Headers.GetValues("Authorization").Single());
    }

    [Theory]
    [InlineData("https://bedrock-agent-runtime.us-east-1.amazonaws.com/rerank")]
    [InlineData("http://localhost:8080/model/amazon.nova-lite-v1%3A0/converse")]
    [InlineData("https://bedrock-runtime-fips.us-gov-west-1.amazonaws.com/model/amazon.nova-lite-v1%3A0/count-tokens")]
    public void The_template_takes_each_requests_host_and_path(string uri)
    {
        // The template comes from a runtime-endpoint sample; the request goes elsewhere.
        var template = SigV4HeaderTemplate.FromSample(Build([], SigV4HeaderTemplate.Marker(SigV4HeaderTemplate.Slot.ContentType), SigV4HeaderTemplate.Marker(SigV4HeaderTemplate.Slot.InvocationId), SigV4HeaderTemplate.Marker(SigV4HeaderTemplate.Slot.Attempt)));
        var signer = new SigV4Signer("us-east-1", "bedrock");

        // Twice with one signer, so a remembered host or path from an earlier request would show.
        foreach (var target in new[] { "https://bedrock-runtime.us-east-1.amazonaws.com/model/m/converse", uri })
        {
            using var templated = Build([], "application/json", "id", "attempt=1; max=3", target);
            signer.Sign(templated, Body, "AKIDEXAMPLE", Secret, null, Time, templated: new SigV4Signer.TemplatedHeaders(template, "application/json", "id", "attempt=1; max=3"));
            using var read = Build([], "application/json", "id", "attempt=1; max=3", target);
            new SigV4Signer("us-east-1", "bedrock").Sign(read, Body, "AKIDEXAMPLE", Secret, null, Time);
            Assert.Equal(read.Headers.GetValues("Authorization").Single(), templated.Headers.GetValues("Authorization").Single());
        }
    }

    [Fact]
    public void Only_requests_without_headers_of_their_own_use_the_template()
    {
        using var signed = new BedrockProvider(new BedrockProviderOptions { Region = "us-east-1", AccessKeyId = "AKIDEXAMPLE", SecretAccessKey = Secret, ReadEnvironment = false, HttpMessageHandler = new ResigningHandler() });
        using var bearer = new BedrockProvider(new BedrockProviderOptions { Region = "us-east-1", ApiKey = "k", ReadEnvironment = false, HttpMessageHandler = new ResigningHandler() });
        var converse = new BedrockRequest { Path = "/model/m/converse", Body = Body, Operation = "Converse" };

        Assert.NotNull(signed.Transport.Templated(converse, "id", "attempt=1; max=3"));
        Assert.NotNull(signed.Transport.Templated(new BedrockRequest { Path = "/rerank", Body = Body, Operation = "Rerank", Endpoint = BedrockEndpointKind.AgentRuntime }, "id", "attempt=1; max=3"));
        Assert.Null(signed.Transport.Templated(new BedrockRequest { Path = "/model/m/invoke", Body = Body, Operation = "InvokeModel", Accept = "application/json" }, "id", "attempt=1; max=3"));
        Assert.Null(signed.Transport.Templated(new BedrockRequest { Path = "/model/m/invoke", Body = Body, Operation = "InvokeModel", Headers = [new("X-Amzn-Bedrock-Trace", "ENABLED")] }, "id", "attempt=1; max=3"));
        Assert.Null(bearer.Transport.Templated(converse, "id", "attempt=1; max=3"));
    }

    [Fact]
    public async Task Requests_the_transport_signs_from_its_template_verify_as_read_back()
    {
        var handler = new ResigningHandler();
        var options = new BedrockProviderOptions
        {
            Region = "us-east-1",
            AccessKeyId = "AKIDEXAMPLE",
            SecretAccessKey = Secret,
            SessionToken = "session-token-value",
            ReadEnvironment = false,
            HttpMessageHandler = handler,
            TimeProvider = new FakeTimeProvider(Time),
        };
        options.Headers["X-Custom"] = "a  b";
        options.Headers["Aaa-First"] = "1";
        using var provider = new BedrockProvider(options);

        // A Converse-shaped request (the template) and an InvokeModel-shaped one (its own headers: read back).
        await provider.Transport.SendAsync(new BedrockRequest { Path = "/model/m/converse", Body = Body, Operation = "Converse" }, CancellationToken.None);
        await provider.Transport.SendAsync(
            new BedrockRequest { Path = "/model/m/invoke", Body = Body, Operation = "InvokeModel", Accept = "application/json", Headers = [new("X-Amzn-Bedrock-Trace", "ENABLED")] },
            CancellationToken.None);
        await provider.Transport.SendAsync(new BedrockRequest { Path = "/rerank", Body = Body, Operation = "Rerank", Endpoint = BedrockEndpointKind.AgentRuntime }, CancellationToken.None);

        Assert.Equal(3, handler.Checked);
    }

    // Built as the transport builds its messages.
    private static HttpRequestMessage Build(
        IEnumerable<KeyValuePair<string, string>> applicationHeaders,
        string contentType,
        string invocationId,
        string attempt,
        string uri = "https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-5-sonnet-20240620-v1%3A0/converse")
    {
        var message = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new ByteArrayContent(Body),
        };
        message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        message.Headers.TryAddWithoutValidation("User-Agent", "AmazonBedrock.AI/1.0.0");
        message.Headers.TryAddWithoutValidation("amz-sdk-invocation-id", invocationId);
        message.Headers.TryAddWithoutValidation("amz-sdk-request", attempt);
        foreach (var (name, value) in applicationHeaders)
        {
            message.Headers.Remove(name);
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    /// <summary>Signs a copy of each request by reading its headers back, and checks the signature is the one it carries.</summary>
    private sealed class ResigningHandler : HttpMessageHandler
    {
        public int Checked { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Content = new ByteArrayContent(Body) };
            foreach (var (name, values) in request.Headers.NonValidated)
            {
                copy.Headers.TryAddWithoutValidation(name, values);
            }

            foreach (var (name, values) in request.Content!.Headers.NonValidated)
            {
                copy.Content.Headers.TryAddWithoutValidation(name, values);
            }

            copy.Headers.Remove("Authorization");
            new SigV4Signer("us-east-1", "bedrock").Sign(copy, Body, "AKIDEXAMPLE", Secret, "session-token-value", Time);
            Assert.Equal(copy.Headers.GetValues("Authorization").Single(), request.Headers.GetValues("Authorization").Single());
            Checked++;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") });
        }
    }
}
