using System.Text.Json;
using AmazonBedrock.AI.Provider;
using AmazonBedrock.AI.Transport;

namespace AmazonBedrock.AI.Reranking;

/// <summary>Reads <c>{results:[{index, relevanceScore, document?}], nextToken?}</c>; unknown members are ignored.</summary>
internal static class RerankResponseReader
{
    private const string Operation = "Rerank";

    public static (List<BedrockRerankedDocument> Results, string? NextToken) Read(byte[] body, int documentCount, string? requestId)
    {
        using var document = BodyJson.Parse(body, Operation, requestId);
        var root = document.RootElement;
        if (!root.TryGetProperty("results"u8, out var results) || results.ValueKind != JsonValueKind.Array)
        {
            throw BodyJson.Malformed(Operation, "no 'results' array", requestId);
        }

        var ranked = new List<BedrockRerankedDocument>(results.GetArrayLength());
        foreach (var result in results.EnumerateArray())
        {
            if (result.ValueKind != JsonValueKind.Object
                || !result.TryGetProperty("index"u8, out var index) || index.ValueKind != JsonValueKind.Number || !index.TryGetInt32(out var i)
                || !result.TryGetProperty("relevanceScore"u8, out var score) || score.ValueKind != JsonValueKind.Number)
            {
                throw BodyJson.Malformed(Operation, "a result lacks 'index' or 'relevanceScore'", requestId);
            }

            if (i < 0 || i >= documentCount)
            {
                throw BodyJson.Malformed(Operation, $"result index {i} is outside the {documentCount} documents sent", requestId);
            }

            ranked.Add(new BedrockRerankedDocument(i, score.GetDouble()));
        }

        var nextToken = root.GetStringOrNull("nextToken"u8);
        return (ranked, string.IsNullOrEmpty(nextToken) ? null : nextToken);
    }
}
