namespace AmazonBedrock.AI;

/// <summary>One ranked document.</summary>
/// <param name="Index">The document's position in the list given to <see cref="BedrockReranker"/>.</param>
/// <param name="RelevanceScore">How relevant the document is to the query; higher is more relevant.</param>
public sealed record BedrockRerankedDocument(int Index, double RelevanceScore);
