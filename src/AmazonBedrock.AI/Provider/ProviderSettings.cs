using AmazonBedrock.AI.Authentication;

namespace AmazonBedrock.AI.Provider;

/// <summary>
/// The provider's settings after applying the documented precedence: explicit option, then environment variable,
/// then AWS config files, then defaults. Computed once, when the provider is created.
/// </summary>
internal sealed class ProviderSettings
{
    private ProviderSettings(string region, Uri runtimeBaseUri, Uri agentRuntimeBaseUri, IRequestAuthenticator authenticator)
    {
        Region = region;
        RuntimeBaseUri = runtimeBaseUri;
        AgentRuntimeBaseUri = agentRuntimeBaseUri;
        Authenticator = authenticator;
    }

    public string Region { get; }

    public Uri RuntimeBaseUri { get; }

    public Uri AgentRuntimeBaseUri { get; }

    public IRequestAuthenticator Authenticator { get; }

    /// <summary>Resolves the settings; <paramref name="environment"/> reads a variable (replaceable in tests).</summary>
    public static ProviderSettings Resolve(BedrockProviderOptions options, Func<string, string?> environment)
    {
        Func<string, string?> env = options.ReadEnvironment ? name => NonEmpty(environment(name)) : _ => null;

        var profile = NonEmpty(options.Profile) ?? env("AWS_PROFILE");
        var region = NonEmpty(options.Region) ?? env("AWS_REGION") ?? env("AWS_DEFAULT_REGION")
            ?? (options.ReadEnvironment ? RegionFromProfile(profile ?? "default") : null)
            ?? throw new InvalidOperationException(
                "No AWS region is set. Set BedrockProviderOptions.Region, or the AWS_REGION environment variable (for example AWS_REGION=us-east-1), " +
                "or a 'region' in your AWS profile (aws configure set region us-east-1).");
        region = region.Trim();
        if (!BedrockEndpoints.IsValidRegion(region))
        {
            throw new ArgumentException($"'{region}' is not a valid AWS region name (expected something like 'us-east-1').", nameof(options));
        }

        var useFips = options.UseFipsEndpoint ?? IsTrue(env("AWS_USE_FIPS_ENDPOINT"));
        var useDualStack = options.UseDualStackEndpoint ?? IsTrue(env("AWS_USE_DUALSTACK_ENDPOINT"));

        var runtimeOverride = options.BaseUri ?? ParseUri(env("AWS_ENDPOINT_URL_BEDROCK_RUNTIME"), "AWS_ENDPOINT_URL_BEDROCK_RUNTIME") ?? ParseUri(env("AWS_ENDPOINT_URL"), "AWS_ENDPOINT_URL");
        var agentOverride = options.AgentRuntimeBaseUri ?? ParseUri(env("AWS_ENDPOINT_URL_BEDROCK_AGENT_RUNTIME"), "AWS_ENDPOINT_URL_BEDROCK_AGENT_RUNTIME")
            ?? options.BaseUri ?? ParseUri(env("AWS_ENDPOINT_URL"), "AWS_ENDPOINT_URL");
        if ((useFips || useDualStack) && (runtimeOverride is not null || agentOverride is not null))
        {
            throw new ArgumentException("FIPS and dual-stack endpoints cannot be combined with a custom endpoint URL.", nameof(options));
        }

        var runtime = Validate(runtimeOverride) ?? BedrockEndpoints.ForRegion("bedrock-runtime", region, useFips, useDualStack);
        var agentRuntime = Validate(agentOverride) ?? BedrockEndpoints.ForRegion("bedrock-agent-runtime", region, useFips, useDualStack);

        return new ProviderSettings(region, runtime, agentRuntime, ResolveAuthenticator(options, env, profile, region));
    }

    private static IRequestAuthenticator ResolveAuthenticator(BedrockProviderOptions options, Func<string, string?> env, string? profile, string region)
    {
        if ((NonEmpty(options.ApiKey) ?? env("AWS_BEARER_TOKEN_BEDROCK")) is { } apiKey)
        {
            return new BearerTokenAuthenticator(apiKey);
        }

        if (options.CredentialsProvider is { } provider)
        {
            return new SigV4Authenticator(new CredentialSource.Delegate(provider), region);
        }

        if (options.AwsCredentials is { } sdkCredentials)
        {
            return new SigV4Authenticator(new CredentialSource.Sdk(sdkCredentials), region);
        }

        var explicitKey = NonEmpty(options.AccessKeyId);
        var explicitSecret = NonEmpty(options.SecretAccessKey);
        var accessKey = explicitKey ?? env("AWS_ACCESS_KEY_ID");
        var secret = explicitSecret ?? env("AWS_SECRET_ACCESS_KEY");
        if (accessKey is not null || secret is not null)
        {
            if (accessKey is null || secret is null)
            {
                throw new InvalidOperationException(
                    "SigV4 authentication needs both an access key id and a secret access key (AccessKeyId and SecretAccessKey, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY); only one was given.");
            }

            // Explicit keys are never mixed with a session token from the environment (which may belong to other credentials).
            var token = explicitKey is not null && explicitSecret is not null
                ? NonEmpty(options.SessionToken)
                : NonEmpty(options.SessionToken) ?? env("AWS_SESSION_TOKEN");
            return new SigV4Authenticator(new CredentialSource.Static(accessKey, secret, token), region);
        }

        if (!options.ReadEnvironment && NonEmpty(options.Profile) is null)
        {
            // The default chain reads environment variables and files, which this setting rules out.
            throw new InvalidOperationException(
                "ReadEnvironment is false and no credentials were given: set ApiKey, AccessKeyId and SecretAccessKey, CredentialsProvider, AwsCredentials or Profile.");
        }

        return new SigV4Authenticator(new CredentialSource.DefaultChain(NonEmpty(options.Profile)), region);
    }

    private static string? RegionFromProfile(string profile)
    {
        try
        {
            var chain = new Amazon.Runtime.CredentialManagement.CredentialProfileStoreChain();
            return chain.TryGetProfile(profile, out var found) ? found.Region?.SystemName : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static Uri? ParseUri(string? value, string source)
    {
        if (value is null)
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri)
            ? uri
            : throw new ArgumentException($"{source} is not an absolute URL: '{value}'.");
    }

    private static Uri? Validate(Uri? uri)
    {
        if (uri is null)
        {
            return null;
        }

        if (uri.IsAbsoluteUri && !string.IsNullOrEmpty(uri.UserInfo))
        {
            // Never sent (requests authenticate with SigV4 or an API key), yet it would show in Endpoint, ToString() and telemetry.
            throw new ArgumentException($"The endpoint for {uri.Host} must not carry user info (credentials) in the URL.");
        }

        if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The endpoint '{uri}' must be an absolute http or https URL.");
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new ArgumentException($"The endpoint '{uri}' must not have a query or fragment.");
        }

        return uri;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
