namespace AmazonBedrock.AI;

/// <summary>AWS credentials returned by <see cref="BedrockProviderOptions.CredentialsProvider"/>. <see cref="ToString"/> hides the secrets.</summary>
/// <param name="AccessKeyId">The access key id.</param>
/// <param name="SecretAccessKey">The secret access key.</param>
/// <param name="SessionToken">The session token of temporary credentials, if any.</param>
public sealed record BedrockCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken = null)
{
    /// <summary>A description with the secret and token redacted.</summary>
    public override string ToString() =>
        $"BedrockCredentials {{ AccessKeyId = {Redaction.AccessKeyId(AccessKeyId)}, SecretAccessKey = {Redaction.Secret(SecretAccessKey)}, SessionToken = {Redaction.Secret(SessionToken)} }}";
}
