using System.Net;
using System.Text;
using AmazonBedrock.AI.Provider;
using AmazonBedrock.AI.Tests.Support;
using AmazonBedrock.AI.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AmazonBedrock.AI.Tests.Transport;

public sealed class TransportTests
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string Token = "SESSION-TOKEN-SECRET-VALUE";

    private static BedrockRequest Converse(string modelId = "anthropic.claude-3-5-sonnet-20240620-v1:0") => new()
    {
        Path = BedrockModelPath.For(modelId, "converse"),
        Body = Encoding.UTF8.GetBytes("""{"messages":[]}"""),
        Operation = "Converse",
    };

    private static BedrockProvider Provider(RecordingHandler handler, Action<BedrockProviderOptions>? configure = null, params (string, string)[] environment)
    {
        var options = new BedrockProviderOptions
        {
            Region = "us-east-1",
            AccessKeyId = "AKIDEXAMPLE",
            SecretAccessKey = Secret,
            HttpMessageHandler = handler,
        };
        configure?.Invoke(options);
        var env = environment.ToDictionary(e => e.Item1, e => e.Item2);
        return new BedrockProvider(options, name => env.GetValueOrDefault(name));
    }

    [Fact]
    public async Task Model_ids_are_one_percent_encoded_path_segment()
    {
        var handler = new RecordingHandler();
        handler.EnqueueJson("{}");
        using var provider = Provider(handler);
        await provider.Transport.SendAsync(Converse("arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc"), CancellationToken.None);

        Assert.Equal(
            "/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aapplication-inference-profile%2Fabc/converse",
            handler.Requests[0].Uri.AbsolutePath);
        Assert.Equal("https://bedrock-runtime.us-east-1.amazonaws.com/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aapplication-inference-profile%2Fabc/converse", handler.Requests[0].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task SigV4_headers_are_sent_and_custom_headers_are_signed()
    {
        var handler = new RecordingHandler();
        handler.EnqueueJson("{}");
        using var provider = Provider(handler, o =>
        {
            o.SessionToken = Token;
            o.Headers["X-Custom"] = "1";
        });
        await provider.Transport.SendAsync(Converse(), CancellationToken.None);

        var headers = handler.Requests[0].Headers;
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/", headers["Authorization"], StringComparison.Ordinal);
        Assert.Contains("/us-east-1/bedrock/aws4_request", headers["Authorization"], StringComparison.Ordinal);
        Assert.Contains("x-custom", headers["Authorization"], StringComparison.Ordinal);
        Assert.Contains("x-amz-security-token", headers["Authorization"], StringComparison.Ordinal);
        Assert.Equal(Token, headers["X-Amz-Security-Token"]);
        Assert.Equal("application/json", headers["Content-Type"]);
        Assert.Equal("attempt=1; max=3", headers["amz-sdk-request"]);
    }

    [Fact]
    public async Task Explicit_keys_do_not_pick_up_the_environment_session_token()
    {
        var handler = new RecordingHandler();
        handler.EnqueueJson("{}");
        using var provider = Provider(handler, null, ("AWS_SESSION_TOKEN", Token));
        await provider.Transport.SendAsync(Converse(), CancellationToken.None);
        Assert.False(handler.Requests[0].Headers.ContainsKey("X-Amz-Security-Token"));
    }

    [Fact]
    public async Task Environment_keys_use_the_environment_session_token()
    {
        var handler = new RecordingHandler();
        handler.EnqueueJson("{}");
        using var provider = Provider(handler, o => { o.AccessKeyId = null; o.SecretAccessKey = null; }, ("AWS_ACCESS_KEY_ID", "AKIDENV"), ("AWS_SECRET_ACCESS_KEY", Secret), ("AWS_SESSION_TOKEN", Token));
        await provider.Transport.SendAsync(Converse(), CancellationToken.None);
        Assert.Equal(Token, handler.Requests[0].Headers["X-Amz-Security-Token"]);
        Assert.Contains("Credential=AKIDENV/", handler.Requests[0].Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_key_sends_bearer_and_no_sigv4_headers()
    {
        var handler = new RecordingHandler();
        handler.EnqueueJson("{}");
        using var provider = Provider(handler, o => o.ApiKey = "bedrock-api-key-123");
        await provider.Transport.SendAsync(Converse(), CancellationToken.None);
        Assert.Equal("Bearer bedrock-api-key-123", handler.Requests[0].Headers["Authorization"]);
        Assert.False(handler.Requests[0].Headers.ContainsKey("X-Amz-Date"));
    }

    [Fact]
    public async Task Credentials_provider_is_called_for_every_request()
    {
        var handler = new RecordingHandler();
        handler.EnqueueJson("{}");
        handler.EnqueueJson("{}");
        var calls = 0;
        using var provider = Provider(handler, o => o.CredentialsProvider = _ => ValueTask.FromResult(new BedrockCredentials($"AKID{++calls}", Secret, Token)));
        await provider.Transport.SendAsync(Converse(), CancellationToken.None);
        await provider.Transport.SendAsync(Converse(), CancellationToken.None);
        Assert.Equal(2, calls);
        Assert.Contains("Credential=AKID2/", handler.Requests[1].Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retryable_errors_are_retried_with_backoff_then_succeed()
    {
        var handler = new RecordingHandler();
        handler.EnqueueJson("""{"message":"Too many requests"}""", HttpStatusCode.TooManyRequests, "ThrottlingException");
        handler.EnqueueJson("""{"message":"busy"}""", HttpStatusCode.ServiceUnavailable, "ServiceUnavailableException");
        handler.EnqueueJson("""{"ok":true}""");
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var provider = Provider(handler, o => o.TimeProvider = time);

        var call = provider.Transport.SendAsync(Converse(), CancellationToken.None);
        while (!call.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }

        var response = await call;
        Assert.Equal("""{"ok":true}""", Encoding.UTF8.GetString(response.Body));
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"], handler.Requests.Select(r => r.Headers["amz-sdk-request"]));
        Assert.Single(handler.Requests.Select(r => r.Headers["amz-sdk-invocation-id"]).Distinct());
        // Two retries cost 5 each; the success refunds the cost of the last one.
        Assert.Equal(RetryPolicy.InitialQuota - RetryPolicy.RetryCost, provider.Transport.RetryPolicy.Quota);
    }

    [Fact]
    public async Task Each_call_gets_its_own_version_4_invocation_id()
    {
        var handler = new RecordingHandler();
        handler.EnqueueJson("""{"ok":true}""");
        handler.EnqueueJson("""{"ok":true}""");
        using var provider = Provider(handler);

        await provider.Transport.SendAsync(Converse(), CancellationToken.None);
        await provider.Transport.SendAsync(Converse(), CancellationToken.None);

        var ids = handler.Requests.Select(r => r.Headers["amz-sdk-invocation-id"]).ToList();
        Assert.NotEqual(ids[0], ids[1]);
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id));
    }

    [Fact]
    public async Task Attempts_stop_at_max_retries_with_the_typed_error()
    {
        var handler = new RecordingHandler();
        for (var i = 0; i < 3; i++)
        {
            handler.EnqueueJson("""{"message":"Internal error"}""", HttpStatusCode.InternalServerError, "InternalServerException");
        }

        using var provider = Provider(handler, o => o.MaxRetries = 1);
        var error = await Assert.ThrowsAsync<BedrockInternalServerException>(() => provider.Transport.SendAsync(Converse(), CancellationToken.None));
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal("req-1", error.RequestId);
        Assert.Equal(500, error.StatusCode);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public async Task Validation_errors_are_not_retried()
    {
        var handler = new RecordingHandler();
        handler.EnqueueJson("""{"message":"Malformed input request"}""", HttpStatusCode.BadRequest, "ValidationException");
        using var provider = Provider(handler);
        var error = await Assert.ThrowsAsync<BedrockValidationException>(() => provider.Transport.SendAsync(Converse(), CancellationToken.None));
        Assert.Single(handler.Requests);
        Assert.Equal("Malformed input request", error.Message);
        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.Equal("req-0", error.RequestId);
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public void Backoff_is_full_jitter_exponential_capped_and_honours_server_hints()
    {
        var policy = new RetryPolicy(5, TimeProvider.System, () => 1.0);
        Assert.Equal(TimeSpan.FromSeconds(1), policy.DelayFor(1, null));
        Assert.Equal(TimeSpan.FromSeconds(2), policy.DelayFor(2, null));
        Assert.Equal(TimeSpan.FromSeconds(16), policy.DelayFor(5, null));
        Assert.Equal(TimeSpan.FromSeconds(20), policy.DelayFor(6, null));

        var half = new RetryPolicy(5, TimeProvider.System, () => 0.5);
        Assert.Equal(TimeSpan.FromSeconds(2), half.DelayFor(3, null));

        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("x-amz-retry-after", "3500");
        Assert.Equal(TimeSpan.FromMilliseconds(3500), new RetryPolicy(5, TimeProvider.System, () => 0.0).DelayFor(1, response.Headers));
        using var retryAfter = new HttpResponseMessage();
        retryAfter.Headers.TryAddWithoutValidation("Retry-After", "600");
        Assert.Equal(TimeSpan.FromSeconds(20), new RetryPolicy(5, TimeProvider.System, () => 0.0).DelayFor(1, retryAfter.Headers));
    }

    [Fact]
    public void Retry_quota_runs_out_and_refills_on_success()
    {
        var policy = new RetryPolicy(1000, TimeProvider.System);
        var granted = 0;
        while (policy.TryAcquire(0, isTimeout: false) is not null)
        {
            granted++;
        }

        Assert.Equal(RetryPolicy.InitialQuota / RetryPolicy.RetryCost, granted);
        policy.Release(RetryPolicy.RetryCost);
        Assert.Equal(RetryPolicy.RetryCost, policy.Quota);
    }

    [Fact]
    public async Task Cancellation_during_backoff_stops_at_once()
    {
        var handler = new RecordingHandler();
        handler.EnqueueJson("""{"message":"slow down"}""", HttpStatusCode.TooManyRequests, "ThrottlingException", r => r.Headers.TryAddWithoutValidation("x-amz-retry-after", "15000"));
        using var provider = Provider(handler);
        using var cts = new CancellationTokenSource();
        var call = provider.Transport.SendAsync(Converse(), cts.Token);
        await Task.Delay(100);
        Assert.False(call.IsCompleted);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Clock_skew_is_corrected_from_the_Date_header_and_retried_once()
    {
        var handler = new RecordingHandler();
        var serverTime = DateTimeOffset.UtcNow.AddHours(2);
        handler.EnqueueJson(
            """{"message":"Signature expired: 20261127T080000Z is now earlier than 20261127T100000Z (20261127T100000Z - 5 min.)"}""",
            HttpStatusCode.Forbidden,
            "InvalidSignatureException",
            r => r.Headers.Date = serverTime);
        handler.EnqueueJson("{}");
        using var provider = Provider(handler);
        await provider.Transport.SendAsync(Converse(), CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
        var first = DateTimeOffset.ParseExact(handler.Requests[0].Headers["X-Amz-Date"], "yyyyMMdd'T'HHmmss'Z'", null, System.Globalization.DateTimeStyles.AssumeUniversal);
        var second = DateTimeOffset.ParseExact(handler.Requests[1].Headers["X-Amz-Date"], "yyyyMMdd'T'HHmmss'Z'", null, System.Globalization.DateTimeStyles.AssumeUniversal);
        Assert.InRange(second - first, TimeSpan.FromMinutes(119), TimeSpan.FromMinutes(121));
    }

    [Fact]
    public async Task A_body_with_a_declared_length_is_read_whole_and_a_cut_one_fails_as_a_network_error()
    {
        var handler = new RecordingHandler();
        handler.Enqueue(_ => Declared("""{"ok":true}""", declaredLength: 11));
        handler.Enqueue(_ => Declared("""{"ok":""", declaredLength: 100));
        using var provider = Provider(handler, o => o.MaxRetries = 0);

        var whole = await provider.Transport.SendAsync(Converse(), CancellationToken.None);
        Assert.Equal("""{"ok":true}""", Encoding.UTF8.GetString(whole.Body));

        var error = await Assert.ThrowsAsync<BedrockException>(() => provider.Transport.SendAsync(Converse(), CancellationToken.None));
        Assert.Equal("NetworkError", error.ErrorCode);
        Assert.IsAssignableFrom<IOException>(error.InnerException);

        static HttpResponseMessage Declared(string body, int declaredLength)
        {
            // As a socket handler hands it over: the length as a raw header, the bytes as a stream.
            var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
            content.Headers.TryAddWithoutValidation("Content-Length", declaredLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
            content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        }
    }

    [Fact]
    public async Task Network_failures_are_retried()
    {
        var handler = new RecordingHandler();
        handler.Enqueue(_ => throw new HttpRequestException("connection reset"));
        handler.EnqueueJson("{}");
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var provider = Provider(handler, o => o.TimeProvider = time);
        var call = provider.Transport.SendAsync(Converse(), CancellationToken.None);
        while (!call.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }

        await call;
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Secrets_never_appear_in_strings_logs_or_errors()
    {
        var handler = new RecordingHandler();
        handler.EnqueueJson("""{"message":"Internal"}""", HttpStatusCode.InternalServerError, "InternalServerException");
        handler.EnqueueJson("""{"message":"Bad"}""", HttpStatusCode.BadRequest, "ValidationException");
        var logs = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Trace));
        var options = new BedrockProviderOptions
        {
            Region = "us-east-1",
            AccessKeyId = "AKIDEXAMPLE",
            SecretAccessKey = Secret,
            SessionToken = Token,
            HttpMessageHandler = handler,
            LoggerFactory = loggerFactory,
            MaxRetries = 1,
        };
        using var provider = new BedrockProvider(options, _ => null);
        var error = await Assert.ThrowsAsync<BedrockValidationException>(() => provider.Transport.SendAsync(Converse(), CancellationToken.None));

        var apiKeyOptions = new BedrockProviderOptions { Region = "us-east-1", ApiKey = "bedrock-api-key-SECRET" };
        using var apiKeyProvider = new BedrockProvider(apiKeyOptions, _ => null);
        var texts = new[]
        {
            options.ToString(), provider.ToString(), error.ToString(), error.Message, apiKeyOptions.ToString(), apiKeyProvider.ToString(),
            new BedrockCredentials("AKIDEXAMPLE", Secret, Token).ToString(),
            string.Join("\n", logs.GetSnapshot().Select(l => l.Message)),
        };
        Assert.NotEmpty(logs.GetSnapshot());
        foreach (var text in texts)
        {
            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
            Assert.DoesNotContain("bedrock-api-key-SECRET", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Credentials_provider_failures_are_clear_and_carry_no_secret()
    {
        var handler = new RecordingHandler();
        using var provider = Provider(handler, o => o.CredentialsProvider = _ => throw new InvalidOperationException("vault unavailable"));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => provider.Transport.SendAsync(Converse(), CancellationToken.None));
        Assert.Contains("credentials provider failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("vault unavailable", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }
}
