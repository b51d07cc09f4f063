using Amazon.Runtime;

namespace AmazonBedrock.AI.Authentication;

/// <summary>Where SigV4 credentials come from; resolved for every request so that refreshing credentials stay fresh.</summary>
internal abstract class CredentialSource
{
    /// <summary>Returns the credentials object to sign the next request with.</summary>
    public abstract ValueTask<AWSCredentials> GetAsync(CancellationToken cancellationToken);

    /// <summary>The keys themselves when they never change (static keys), so signing needs no call into AWSSDK.Core.</summary>
    public virtual ImmutableCredentials? Fixed => null;

    /// <summary>Fixed keys, given explicitly or read from the environment.</summary>
    public sealed class Static(string accessKeyId, string secretAccessKey, string? sessionToken) : CredentialSource
    {
        private readonly AWSCredentials _credentials = string.IsNullOrEmpty(sessionToken)
            ? new BasicAWSCredentials(accessKeyId, secretAccessKey)
            : new SessionAWSCredentials(accessKeyId, secretAccessKey, sessionToken);

        private readonly ImmutableCredentials _fixed = new(accessKeyId, secretAccessKey, string.IsNullOrEmpty(sessionToken) ? null : sessionToken);

        public override ValueTask<AWSCredentials> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_credentials);

        public override ImmutableCredentials Fixed => _fixed;

        public override string ToString() => $"static keys ({Redaction.AccessKeyId(accessKeyId)})";
    }

    /// <summary>The user's delegate, called for every request.</summary>
    public sealed class Delegate(Func<CancellationToken, ValueTask<BedrockCredentials>> provider) : CredentialSource
    {
        public override async ValueTask<AWSCredentials> GetAsync(CancellationToken cancellationToken)
        {
            BedrockCredentials credentials;
            try
            {
                credentials = await provider(cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("The credentials provider returned null.");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new InvalidOperationException(
                    $"The AWS credentials provider failed: {ex.Message} It must return credentials with an access key id and a secret access key.", ex);
            }

            if (string.IsNullOrWhiteSpace(credentials.AccessKeyId) || string.IsNullOrWhiteSpace(credentials.SecretAccessKey))
            {
                throw new InvalidOperationException("The AWS credentials provider returned credentials without an access key id or secret access key.");
            }

            return string.IsNullOrEmpty(credentials.SessionToken)
                ? new BasicAWSCredentials(credentials.AccessKeyId, credentials.SecretAccessKey)
                : new SessionAWSCredentials(credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken);
        }

        public override string ToString() => "credentials provider delegate";
    }

    /// <summary>An AWSSDK.Core credentials object, used as is (it caches and refreshes itself).</summary>
    public sealed class Sdk(AWSCredentials credentials) : CredentialSource
    {
        public override ValueTask<AWSCredentials> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(credentials);

        public override string ToString() => $"AWS SDK credentials ({credentials.GetType().Name})";
    }

    /// <summary>
    /// The AWS SDK's default chain (environment, profile with SSO or assume-role, web identity, ECS, EC2 metadata),
    /// or a named profile. Resolved once, on the first request, because resolution may reach the network.
    /// </summary>
    public sealed class DefaultChain(string? profile) : CredentialSource
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private AWSCredentials? _credentials;

        public override async ValueTask<AWSCredentials> GetAsync(CancellationToken cancellationToken)
        {
            if (_credentials is { } cached)
            {
                return cached;
            }

            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                _credentials ??= await ResolveAsync().ConfigureAwait(false);
                return _credentials;
            }
            finally
            {
                _gate.Release();
            }
        }

        private async Task<AWSCredentials> ResolveAsync()
        {
            try
            {
                if (profile is not null)
                {
                    var chain = new Amazon.Runtime.CredentialManagement.CredentialProfileStoreChain();
                    return chain.TryGetAWSCredentials(profile, out var fromProfile)
                        ? fromProfile
                        : throw new InvalidOperationException($"The AWS profile '{profile}' was not found in the shared config or credentials file.");
                }

                return await Amazon.Runtime.Credentials.DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync(null!).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not InvalidOperationException)
            {
                throw new InvalidOperationException(
                    "No AWS credentials were found. Provide one of: BedrockProviderOptions.ApiKey or AWS_BEARER_TOKEN_BEDROCK (a Bedrock API key); " +
                    "AccessKeyId and SecretAccessKey, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; a CredentialsProvider; " +
                    "or an AWS profile (AWS_PROFILE, 'aws configure' or 'aws sso login'). " + ex.Message, ex);
            }
        }

        public override string ToString() => profile is null ? "AWS default credential chain" : $"AWS profile '{profile}'";
    }
}
