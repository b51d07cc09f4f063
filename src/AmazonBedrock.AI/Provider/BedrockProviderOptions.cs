using Amazon.Runtime;
using Microsoft.Extensions.Logging;

namespace AmazonBedrock.AI;

/// <summary>
/// Settings of a <see cref="BedrockProvider"/>. Every setting left unset falls back to its environment variable
/// (unless <see cref="ReadEnvironment"/> is <see langword="false"/>), then to the AWS SDK's defaults.
/// </summary>
/// <remarks>
/// Authentication precedence: <see cref="ApiKey"/> (then <c>AWS_BEARER_TOKEN_BEDROCK</c>) → <see cref="CredentialsProvider"/> →
/// <see cref="AwsCredentials"/> → <see cref="AccessKeyId"/>/<see cref="SecretAccessKey"/> (then <c>AWS_ACCESS_KEY_ID</c>/<c>AWS_SECRET_ACCESS_KEY</c>) →
/// the AWS SDK's default credential chain (profiles, SSO, assume-role, web identity, ECS, EC2 instance metadata).
/// <see cref="ToString"/> never prints a secret.
/// </remarks>
public sealed class BedrockProviderOptions
{
    /// <summary>
    /// The AWS region, such as <c>us-east-1</c>. Falls back to <c>AWS_REGION</c>, then <c>AWS_DEFAULT_REGION</c>,
    /// then the <c>region</c> of the active profile in the shared AWS config file.
    /// </summary>
    public string? Region { get; set; }

    /// <summary>The AWS access key id for SigV4 signing. Falls back to <c>AWS_ACCESS_KEY_ID</c>.</summary>
    public string? AccessKeyId { get; set; }

    /// <summary>The AWS secret access key for SigV4 signing. Falls back to <c>AWS_SECRET_ACCESS_KEY</c>.</summary>
    public string? SecretAccessKey { get; set; }

    /// <summary>
    /// The session token of temporary credentials, sent as <c>x-amz-security-token</c>. Falls back to <c>AWS_SESSION_TOKEN</c>,
    /// except when both keys were given explicitly: then the environment's token is not mixed in.
    /// </summary>
    public string? SessionToken { get; set; }

    /// <summary>
    /// A Bedrock API key. When present, requests carry <c>Authorization: Bearer</c> and are not SigV4-signed.
    /// Falls back to <c>AWS_BEARER_TOKEN_BEDROCK</c>.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Returns the credentials to sign each request with. Called for every request: caching and refreshing are the callee's job.
    /// </summary>
    public Func<CancellationToken, ValueTask<BedrockCredentials>>? CredentialsProvider { get; set; }

    /// <summary>An AWSSDK.Core credentials object (for example <c>new AssumeRoleAWSCredentials(...)</c>); it refreshes itself.</summary>
    public AWSCredentials? AwsCredentials { get; set; }

    /// <summary>The shared-config profile to take credentials and region from. Falls back to <c>AWS_PROFILE</c>, then <c>default</c>.</summary>
    public string? Profile { get; set; }

    /// <summary>
    /// The Bedrock Runtime endpoint, for proxies, VPC endpoints and the emulator. Falls back to
    /// <c>AWS_ENDPOINT_URL_BEDROCK_RUNTIME</c>, then <c>AWS_ENDPOINT_URL</c>, then <c>https://bedrock-runtime.{region}.{dnsSuffix}</c>.
    /// </summary>
    public Uri? BaseUri { get; set; }

    /// <summary>
    /// The Bedrock Agent Runtime endpoint used for reranking. Falls back to <c>AWS_ENDPOINT_URL_BEDROCK_AGENT_RUNTIME</c>,
    /// then <see cref="BaseUri"/> when that was set explicitly, then <c>AWS_ENDPOINT_URL</c>, then <c>https://bedrock-agent-runtime.{region}.{dnsSuffix}</c>.
    /// </summary>
    public Uri? AgentRuntimeBaseUri { get; set; }

    /// <summary>Use the FIPS endpoint (<c>bedrock-runtime-fips.{region}…</c>). Falls back to <c>AWS_USE_FIPS_ENDPOINT=true</c>.</summary>
    public bool? UseFipsEndpoint { get; set; }

    /// <summary>Use the dual-stack (IPv6) endpoint. Falls back to <c>AWS_USE_DUALSTACK_ENDPOINT=true</c>.</summary>
    public bool? UseDualStackEndpoint { get; set; }

    /// <summary>
    /// Headers added to every request (and signed); one may replace the provider's <c>User-Agent</c> or <c>amz-sdk-*</c>
    /// headers. Checked when the provider is made: a header that describes the body (<c>Content-*</c> and the like),
    /// <c>Authorization</c>, <c>X-Amz-Date</c> or <c>X-Amz-Security-Token</c>, a value with a line break, or (with the
    /// provider's own handler, which sends ASCII only) a value that is not ASCII is an <see cref="ArgumentException"/>.
    /// </summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>An <see cref="System.Net.Http.HttpClient"/> of your own. The provider uses it as is and does not dispose it.</summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>An <see cref="HttpMessageHandler"/> of your own: requests go straight to it, and the provider does not dispose it. Ignored when <see cref="HttpClient"/> is set.</summary>
    public HttpMessageHandler? HttpMessageHandler { get; set; }

    /// <summary>How many times a failed attempt is retried (standard AWS retry mode). Default 2, so at most 3 attempts.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>
    /// The longest one attempt may take to produce the response head (and, for non-streaming calls, the whole body).
    /// <see langword="null"/> (the default) sets no limit beyond the caller's cancellation token.
    /// </summary>
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>Where warnings and request diagnostics are logged. Secrets are never logged.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The clock used for signing and retry delays; replace it in tests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Whether unset settings fall back to environment variables, AWS config files and the AWS default credential chain.
    /// Default <see langword="true"/>. When <see langword="false"/>, credentials must be given explicitly (or a <see cref="Profile"/>).
    /// </summary>
    public bool ReadEnvironment { get; set; } = true;

    /// <summary>A description of the settings with every secret redacted.</summary>
    public override string ToString() =>
        $"BedrockProviderOptions {{ Region = {Region ?? "(unset)"}, BaseUri = {BaseUri?.ToString() ?? "(unset)"}, " +
        $"AccessKeyId = {Redaction.AccessKeyId(AccessKeyId)}, SecretAccessKey = {Redaction.Secret(SecretAccessKey)}, " +
        $"SessionToken = {Redaction.Secret(SessionToken)}, ApiKey = {Redaction.Secret(ApiKey)}, Profile = {Profile ?? "(unset)"}, MaxRetries = {MaxRetries} }}";
}
