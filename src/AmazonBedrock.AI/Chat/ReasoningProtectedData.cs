namespace AmazonBedrock.AI.Chat;

/// <summary>
/// How Bedrock reasoning metadata rides in <see cref="Microsoft.Extensions.AI.TextReasoningContent.ProtectedData"/>.
/// A signature is stored as-is (it is base64, so it never contains a colon). Redacted reasoning, which Bedrock
/// returns as opaque bytes with no text, is stored as <see cref="RedactedPrefix"/> followed by the bytes in base64.
/// Keeping both in ProtectedData lets them survive every MEAI middleware, JSON caching included.
/// </summary>
internal static class ReasoningProtectedData
{
    /// <summary>Marks a ProtectedData value that holds redacted reasoning bytes rather than a signature.</summary>
    public const string RedactedPrefix = "bedrock-redacted:";

    /// <summary>Encodes redacted reasoning bytes (given in base64, as on the wire) for ProtectedData.</summary>
    public static string FromRedactedBase64(string base64) => RedactedPrefix + base64;

    /// <summary>Returns the base64 redacted bytes when <paramref name="protectedData"/> holds redacted reasoning.</summary>
    public static bool TryGetRedactedBase64(string? protectedData, out string base64)
    {
        if (protectedData is not null && protectedData.StartsWith(RedactedPrefix, StringComparison.Ordinal))
        {
            base64 = protectedData[RedactedPrefix.Length..];
            return true;
        }

        base64 = string.Empty;
        return false;
    }
}
