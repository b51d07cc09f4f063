using System.Text.Json;
using AmazonBedrock.AI.Embeddings;

namespace AmazonBedrock.AI.Reranking;

/// <summary>Reads <c>{results:[{index, relevanceScore, document?}], nextToken?}</c>; unknown members are ignored.</summary>
internal static class RerankResponseReader
{
    private const string Operation = "Rerank";

    public static (List<BedrockRerankedDocument> Results, string? NextToken) Read(byte[] body, int documentCount, string? requestId)
    {
        using var document = JsonWriting.Parse(body, Operation, requestId);
        var root = document.RootElement;
        if (!root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            throw JsonWriting.Malformed(Operation, "no 'results' array", requestId);
        }

        var ranked = new List<BedrockRerankedDocument>(results.GetArrayLength());
        foreach (var result in results.EnumerateArray())
        {
            if (result.ValueKind != JsonValueKind.Object
                || !result.TryGetProperty("index", out var index) || index.ValueKind != JsonValueKind.Number || !index.TryGetInt32(out var i)
                || !result.TryGetProperty("relevanceScore", out var score) || score.ValueKind != JsonValueKind.Number)
            {
                throw JsonWriting.Malformed(Operation, "a result lacks 'index' or 'relevanceScore'", requestId);
            }

            if (i < 0 || i >= documentCount)
            {
                throw JsonWriting.Malformed(Operation, $"result index {i} is outside the {documentCount} documents sent", requestId);
            }

            ranked.Add(new BedrockRerankedDocument(i, score.GetDouble()));
        }

        var nextToken = root.TryGetProperty("nextToken", out var token) && token.ValueKind == JsonValueKind.String ? token.GetString() : null;
        return (ranked, string.IsNullOrEmpty(nextToken) ? null : nextToken);
    }
}
