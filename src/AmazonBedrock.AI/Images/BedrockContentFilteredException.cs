namespace AmazonBedrock.AI;

/// <summary>
/// Bedrock refused to return an image: the request or the result was moderated, or the model answered without any image.
/// <see cref="Reasons"/> holds what Bedrock said.
/// </summary>
public sealed class BedrockContentFilteredException : BedrockException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="reasons">Bedrock's reasons, as given.</param>
    /// <param name="requestId">The <c>x-amzn-RequestId</c> of the request.</param>
    /// <param name="statusCode">The HTTP status, when the refusal was an HTTP error.</param>
    /// <param name="innerException">The error that carried the refusal, if any.</param>
    public BedrockContentFilteredException(string message, IReadOnlyList<string> reasons, string? requestId = null, int? statusCode = null, Exception? innerException = null)
        : base(message, "ContentFiltered", statusCode, requestId, innerException)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        Reasons = reasons;
    }

    /// <summary>Bedrock's reasons (moderation reasons, finish reasons or the error text).</summary>
    public IReadOnlyList<string> Reasons { get; }
}
