namespace AmazonBedrock.AI;

/// <summary>How secrets are shown when they must be mentioned at all.</summary>
internal static class Redaction
{
    /// <summary>Access key ids are not secret, but only the first four characters are shown anyway, as the AWS console does.</summary>
    public static string AccessKeyId(string? value) =>
        string.IsNullOrEmpty(value) ? "(unset)" : value.Length <= 4 ? "****" : value[..4] + "****";

    /// <summary>Secrets are never shown, only whether they are set.</summary>
    public static string Secret(string? value) => string.IsNullOrEmpty(value) ? "(unset)" : "(redacted)";
}
