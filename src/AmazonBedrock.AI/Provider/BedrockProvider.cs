using AmazonBedrock.AI.Provider;
using AmazonBedrock.AI.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AmazonBedrock.AI;

/// <summary>
/// The entry point: holds the region, endpoint, authentication and one HTTP client, and hands out
/// Microsoft.Extensions.AI clients for Bedrock models by id (foundation model ids, cross-region inference
/// profile ids such as <c>us.anthropic.claude-sonnet-4-5-20250929-v1:0</c>, and ARNs).
/// </summary>
/// <example>
/// <code>
/// using var bedrock = new BedrockProvider(new BedrockProviderOptions { Region = "us-east-1" });
/// IChatClient chat = bedrock.GetChatClient("amazon.nova-lite-v1:0");
/// </code>
/// </example>
public sealed partial class BedrockProvider : IDisposable
{
    private static readonly Lock DefaultGate = new();
    private static BedrockProvider? s_default;

    private readonly ProviderSettings _settings;

    /// <summary>Creates a provider from options; unset options fall back to the environment (see <see cref="BedrockProviderOptions"/>).</summary>
    /// <exception cref="InvalidOperationException">No region could be found, or credentials are half given.</exception>
    /// <exception cref="ArgumentException">The region or an endpoint URL is malformed, or a header in <see cref="BedrockProviderOptions.Headers"/> could not be sent.</exception>
    public BedrockProvider(BedrockProviderOptions options)
        : this(options, Environment.GetEnvironmentVariable)
    {
    }

    internal BedrockProvider(BedrockProviderOptions options, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        Options = options;
        _settings = ProviderSettings.Resolve(options, environment);
        LoggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        TimeProvider = options.TimeProvider;

        // Before any handler is made, so a refused header leaves nothing to release.
        ApplicationHeaders.Validate(options.Headers, asciiOnly: options.HttpClient is null && options.HttpMessageHandler is null);
        var sender = options.HttpClient is { } given
            ? HttpSender.Through(given)
            : HttpSender.Straight(options.HttpMessageHandler ?? CreateDefaultHandler(), ownsHandler: options.HttpMessageHandler is null);
        Transport = new BedrockTransport(
            sender,
            _settings.RuntimeBaseUri,
            _settings.AgentRuntimeBaseUri,
            _settings.Authenticator,
            options.Headers,
            new RetryPolicy(options.MaxRetries, options.TimeProvider),
            options.AttemptTimeout,
            options.TimeProvider,
            LoggerFactory.CreateLogger("AmazonBedrock.AI.Transport"));
    }

    /// <summary>
    /// A provider configured entirely from the environment (<c>AWS_REGION</c>, <c>AWS_BEARER_TOKEN_BEDROCK</c>, the AWS credential chain, …),
    /// created on first successful use and shared for the life of the process. A failed creation (no region, say) is retried on the next use.
    /// </summary>
    public static BedrockProvider Default
    {
        get
        {
            if (Volatile.Read(ref s_default) is { } created)
            {
                return created;
            }

            // Not a Lazy<T>: that would cache a failure (no region yet, say) for the life of the process.
            lock (DefaultGate)
            {
                return s_default ??= new BedrockProvider(new BedrockProviderOptions());
            }
        }
    }

    /// <summary>The options this provider was created with.</summary>
    public BedrockProviderOptions Options { get; }

    /// <summary>The resolved AWS region.</summary>
    public string Region => _settings.Region;

    /// <summary>The resolved Bedrock Runtime endpoint.</summary>
    public Uri Endpoint => _settings.RuntimeBaseUri;

    /// <summary>The resolved Bedrock Agent Runtime endpoint (reranking).</summary>
    public Uri AgentRuntimeEndpoint => _settings.AgentRuntimeBaseUri;

    internal BedrockTransport Transport { get; }

    internal ILoggerFactory LoggerFactory { get; }

    internal TimeProvider TimeProvider { get; }

    /// <summary>Releases the HTTP client when the provider created it.</summary>
    public void Dispose() => Transport.Dispose();

    /// <summary>Describes the provider without any secret.</summary>
    public override string ToString() => $"BedrockProvider {{ Region = {Region}, Endpoint = {Endpoint}, Auth = {_settings.Authenticator} }}";

    private static SocketsHttpHandler CreateDefaultHandler() => new()
    {
        // Recycle connections so DNS changes of the regional endpoint are picked up; keep many streams per process possible.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        MaxConnectionsPerServer = int.MaxValue,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        EnableMultipleHttp2Connections = true,

        // Bedrock sets no cookies and never redirects (a redirect could not carry the signature anyway). Without these the
        // handler skips a cookie-jar lookup and a redirect layer on every request, and a 3xx surfaces as an error.
        UseCookies = false,
        AllowAutoRedirect = false,
    };
}
