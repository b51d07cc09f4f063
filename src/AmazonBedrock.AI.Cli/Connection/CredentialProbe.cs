using AmazonBedrock.AI.Cli.Running;

namespace AmazonBedrock.AI.Cli.Connection;

/// <summary>
/// Looks, without any network call, for a sign that AWS credentials or a Bedrock endpoint are configured:
/// the variables the AWS credential chain reads and the shared config and credentials files.
/// </summary>
internal static class CredentialProbe
{
    private static readonly string[] CredentialVariables =
    [
        "AWS_BEARER_TOKEN_BEDROCK",
        "AWS_ACCESS_KEY_ID",
        "AWS_PROFILE",
        "AWS_WEB_IDENTITY_TOKEN_FILE",
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
        "AWS_CONTAINER_CREDENTIALS_FULL_URI",
        "AWS_ENDPOINT_URL_BEDROCK_RUNTIME",
        "AWS_ENDPOINT_URL",
    ];

    /// <summary>Whether anything suggests that the user means to reach AWS (or their own endpoint).</summary>
    public static bool AnyConfigured(ICliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        foreach (string name in CredentialVariables)
        {
            if (!string.IsNullOrWhiteSpace(environment.Get(name)))
            {
                return true;
            }
        }

        string awsFolder = Path.Combine(environment.HomeDirectory, ".aws");
        string credentialsFile = NonEmpty(environment.Get("AWS_SHARED_CREDENTIALS_FILE")) ?? Path.Combine(awsFolder, "credentials");
        string configFile = NonEmpty(environment.Get("AWS_CONFIG_FILE")) ?? Path.Combine(awsFolder, "config");
        return File.Exists(credentialsFile) || File.Exists(configFile);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
