using System.Text.Json;
using System.Text.Json.Nodes;
using AmazonBedrock.AI.Provider;

namespace AmazonBedrock.AI.Reranking;

/// <summary>Writes the Agent Runtime <c>Rerank</c> body, in the AI SDK's member order.</summary>
internal static class RerankRequestWriter
{
    public static byte[] Write(string modelArn, string query, RerankDocuments documents, int? topN, JsonObject? additionalFields, string? nextToken) =>
        BodyJson.Write((modelArn, query, documents, topN, additionalFields, nextToken), static (writer, state) =>
        {
            var (modelArn, query, documents, topN, additionalFields, nextToken) = state;
            writer.WriteStartObject();
            if (nextToken is not null)
            {
                writer.WriteString("nextToken", nextToken);
            }

            writer.WriteStartArray("queries");
            writer.WriteStartObject();
            writer.WriteStartObject("textQuery");
            writer.WriteString("text", query);
            writer.WriteEndObject();
            writer.WriteString("type", "TEXT");
            writer.WriteEndObject();
            writer.WriteEndArray();

            writer.WriteStartObject("rerankingConfiguration");
            writer.WriteStartObject("bedrockRerankingConfiguration");
            writer.WriteStartObject("modelConfiguration");
            writer.WriteString("modelArn", modelArn);
            if (additionalFields is not null)
            {
                writer.WritePropertyName("additionalModelRequestFields");
                additionalFields.WriteTo(writer);
            }

            writer.WriteEndObject();
            if (topN is { } n)
            {
                writer.WriteNumber("numberOfResults", n);
            }

            writer.WriteEndObject();
            writer.WriteString("type", "BEDROCK_RERANKING_MODEL");
            writer.WriteEndObject();

            writer.WriteStartArray("sources");
            for (var i = 0; i < documents.Count; i++)
            {
                writer.WriteStartObject();
                writer.WriteString("type", "INLINE");
                writer.WriteStartObject("inlineDocumentSource");
                if (documents.Texts is { } texts)
                {
                    writer.WriteString("type", "TEXT");
                    writer.WriteStartObject("textDocument");
                    writer.WriteString("text", texts[i]);
                    writer.WriteEndObject();
                }
                else
                {
                    writer.WriteString("type", "JSON");
                    writer.WritePropertyName("jsonDocument");
                    documents.Json![i].WriteTo(writer);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
}

/// <summary>The documents of one rerank call: texts or JSON objects.</summary>
internal sealed class RerankDocuments
{
    public string[]? Texts { get; init; }

    public JsonElement[]? Json { get; init; }

    public int Count => Texts?.Length ?? Json!.Length;
}
