using System.Net.Http.Headers;

namespace AmazonBedrock.AI.Transport;

/// <summary>
/// Tracks how far the local clock is from Bedrock's, so SigV4 timestamps can be corrected after a
/// "signature expired" rejection. One instance per provider, shared by all its requests.
/// </summary>
internal sealed class ClockSkew(TimeProvider time)
{
    /// <summary>AWS rejects signatures more than five minutes off; correct once the offset reaches four, as the AWS SDKs do.</summary>
    public static readonly TimeSpan Threshold = TimeSpan.FromMinutes(4);

    private long _offsetTicks;

    /// <summary>The current correction added to the local clock.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>The time to sign with: the local clock plus the correction.</summary>
    public DateTimeOffset Now => time.GetUtcNow() + Offset;

    /// <summary>Error codes that mean the signing time was rejected.</summary>
    public static bool IsSkewError(string? errorCode) => errorCode is
        "RequestTimeTooSkewed" or "RequestExpired" or "RequestInTheFuture" or "InvalidSignatureException" or "SignatureDoesNotMatch" or "AuthFailure";

    /// <summary>
    /// After a skew-like rejection: takes the server time from the <c>Date</c> header and, when the local clock is off by
    /// at least <see cref="Threshold"/>, stores the new offset and returns <see langword="true"/> (retry once, re-signed).
    /// </summary>
    public bool TryCorrect(HttpResponseHeaders headers, DateTimeOffset signedAt)
    {
        if (BedrockHeaders.Date(headers) is not { } serverTime)
        {
            return false;
        }

        var offset = serverTime - time.GetUtcNow();
        if ((serverTime - signedAt).Duration() < Threshold)
        {
            return false;
        }

        Interlocked.Exchange(ref _offsetTicks, offset.Ticks);
        return true;
    }
}
