using System.Text.Json.Nodes;

namespace AmazonBedrock.AI;

/// <summary>Optional settings of one <see cref="BedrockReranker"/> call.</summary>
public sealed class BedrockRerankOptions
{
    /// <summary>Continue from the <see cref="BedrockRerankResult.NextToken"/> of an earlier call.</summary>
    public string? NextToken { get; set; }

    /// <summary>Follow <c>nextToken</c> until the service has no more pages and return all results together. Default off.</summary>
    public bool FollowNextToken { get; set; }

    /// <summary>Model-specific fields sent as <c>additionalModelRequestFields</c> (for example Cohere's <c>max_tokens_per_doc</c>).</summary>
    public JsonObject? AdditionalModelRequestFields { get; set; }
}
