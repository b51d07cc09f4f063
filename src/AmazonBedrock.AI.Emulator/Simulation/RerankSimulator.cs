using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>Simulated Bedrock Agent Runtime <c>/rerank</c>: documents scored by term overlap with the query.</summary>
internal static class RerankSimulator
{
    public static ScriptedResponse Answer(byte[] rawBody)
    {
        if (JsonRead.ParseObject(rawBody) is not JsonObject body)
        {
            return BedrockErrors.Validation("Malformed input request, please reformat your input and try again.");
        }

        if (body["queries"] is not JsonArray queries || queries.Count == 0)
        {
            return BedrockErrors.Validation("1 validation error detected: Value null at 'queries' failed to satisfy constraint: Member must not be null");
        }

        string? query = JsonRead.String(queries[0]?["textQuery"]?["text"]);
        if (string.IsNullOrWhiteSpace(query))
        {
            return BedrockErrors.Validation("1 validation error detected: Value null at 'queries.1.member.textQuery.text' failed to satisfy constraint: Member must not be null");
        }

        var configuration = body["rerankingConfiguration"]?["bedrockRerankingConfiguration"];
        string? modelArn = JsonRead.String(configuration?["modelConfiguration"]?["modelArn"]);
        if (modelArn is null)
        {
            return BedrockErrors.Validation("1 validation error detected: Value null at 'rerankingConfiguration.bedrockRerankingConfiguration.modelConfiguration.modelArn' failed to satisfy constraint: Member must not be null");
        }

        if (!modelArn.Contains("rerank", StringComparison.OrdinalIgnoreCase))
        {
            return BedrockErrors.Validation($"The model {modelArn} does not support reranking.");
        }

        if (body["sources"] is not JsonArray sources || sources.Count == 0)
        {
            return BedrockErrors.Validation("1 validation error detected: Value null at 'sources' failed to satisfy constraint: Member must not be null");
        }

        int count = JsonRead.Int(configuration?["numberOfResults"]) ?? sources.Count;
        if (count < 1)
        {
            return BedrockErrors.Validation($"1 validation error detected: Value '{count}' at 'rerankingConfiguration.bedrockRerankingConfiguration.numberOfResults' failed to satisfy constraint: Member must have value greater than or equal to 1");
        }

        var queryTerms = TextTools.Words(query).ToHashSet(StringComparer.Ordinal);
        var queryVector = VectorHasher.Embed(query, 256);
        var scored = new List<(int Index, double Score)>();
        for (int i = 0; i < sources.Count; i++)
        {
            var inline = sources[i]?["inlineDocumentSource"];
            string text = JsonRead.String(inline?["textDocument"]?["text"]) ?? inline?["jsonDocument"]?.ToJsonString() ?? string.Empty;
            var documentTerms = TextTools.Words(text).ToHashSet(StringComparer.Ordinal);
            double overlap = queryTerms.Count == 0 ? 0 : queryTerms.Count(documentTerms.Contains) / (double)queryTerms.Count;
            double similarity = Math.Max(0, VectorHasher.Cosine(queryVector, VectorHasher.Embed(text, 256)));
            scored.Add((i, Math.Round((0.8 * overlap) + (0.2 * similarity), 6)));
        }

        var results = new JsonArray();
        foreach (var (index, score) in scored.OrderByDescending(s => s.Score).ThenBy(s => s.Index).Take(count))
        {
            results.Add(new JsonObject { ["index"] = index, ["relevanceScore"] = score });
        }

        var response = new JsonObject { ["results"] = results };
        return InvokeResponses.Json(response, TextTools.CountTokens(query), 0, 40);
    }
}
