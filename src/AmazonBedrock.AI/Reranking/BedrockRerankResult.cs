namespace AmazonBedrock.AI;

/// <summary>The documents in rank order (most relevant first), as Bedrock returned them.</summary>
/// <param name="Results">Each ranked document's index and score.</param>
/// <param name="NextToken">The token for the next page, when there is one and it was not followed.</param>
/// <param name="RequestIds">The <c>x-amzn-RequestId</c> of each call made.</param>
public sealed record BedrockRerankResult(IReadOnlyList<BedrockRerankedDocument> Results, string? NextToken, IReadOnlyList<string> RequestIds);
