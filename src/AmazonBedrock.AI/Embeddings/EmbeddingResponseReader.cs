using System.Globalization;
using System.Text.Json;
using AmazonBedrock.AI.Provider;

namespace AmazonBedrock.AI.Embeddings;

/// <summary>What one InvokeModel call returned: one vector per input, extra encodings, and the input token count if known.</summary>
internal sealed record EmbeddingCallResult(float[][] Vectors, Dictionary<string, int[]>?[] Extras, int? InputTokens);

/// <summary>Reads the InvokeModel response of each embedding family. Unknown members are ignored.</summary>
internal static class EmbeddingResponseReader
{
    public const string InputTokenCountHeader = "X-Amzn-Bedrock-Input-Token-Count";
    private const string Operation = "InvokeModel";

    public static EmbeddingCallResult Read(BedrockEmbeddingFamily family, byte[] body, int expected, string? tokenHeader, string? requestId)
    {
        using var document = BodyJson.Parse(body, Operation, requestId);
        var root = document.RootElement;
        var result = family switch
        {
            BedrockEmbeddingFamily.CohereV3 or BedrockEmbeddingFamily.CohereV4 => ReadCohere(root, requestId),
            BedrockEmbeddingFamily.NovaMultimodal => ReadNova(root, requestId),
            _ => ReadTitan(root, requestId),
        };

        if (result.Vectors.Length != expected)
        {
            throw BodyJson.Malformed(Operation, $"expected {expected} embedding(s), got {result.Vectors.Length}", requestId);
        }

        if (result.InputTokens is null && tokenHeader is not null
            && int.TryParse(tokenHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var fromHeader))
        {
            result = result with { InputTokens = fromHeader };
        }

        return result;
    }

    private static EmbeddingCallResult ReadTitan(JsonElement root, string? requestId)
    {
        float[]? vector = null;
        Dictionary<string, int[]>? extras = null;
        if (root.TryGetProperty("embedding", out var embedding) && embedding.ValueKind == JsonValueKind.Array)
        {
            vector = Floats(embedding, requestId);
        }

        if (root.TryGetProperty("embeddingsByType", out var byType) && byType.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in byType.EnumerateObject())
            {
                if (property.NameEquals("float"))
                {
                    vector ??= Floats(property.Value, requestId);
                }
                else if (property.Value.ValueKind == JsonValueKind.Array)
                {
                    (extras ??= [])[property.Name] = Ints(property.Value, requestId);
                }
            }
        }

        if (vector is null)
        {
            throw BodyJson.Malformed(Operation, "no 'embedding'", requestId);
        }

        return new EmbeddingCallResult([vector], [extras], TokenCount(root, "inputTextTokenCount"));
    }

    private static EmbeddingCallResult ReadCohere(JsonElement root, string? requestId)
    {
        if (!root.TryGetProperty("embeddings", out var embeddings))
        {
            throw BodyJson.Malformed(Operation, "no 'embeddings'", requestId);
        }

        // v3 without embedding_types answers [[...]]; v4, and v3 with embedding_types, answer {"float": [[...]], "int8": ...}.
        if (embeddings.ValueKind == JsonValueKind.Array)
        {
            var vectors = Rows(embeddings, requestId);
            return new EmbeddingCallResult(vectors, new Dictionary<string, int[]>?[vectors.Length], TokenCount(root, "inputTokenCount"));
        }

        if (embeddings.ValueKind != JsonValueKind.Object || !embeddings.TryGetProperty("float", out var floats) || floats.ValueKind != JsonValueKind.Array)
        {
            throw BodyJson.Malformed(Operation, "'embeddings' has no float vectors", requestId);
        }

        var result = Rows(floats, requestId);
        var extras = new Dictionary<string, int[]>?[result.Length];
        foreach (var property in embeddings.EnumerateObject())
        {
            if (property.NameEquals("float") || property.Value.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var index = 0;
            foreach (var row in property.Value.EnumerateArray())
            {
                if (index < extras.Length)
                {
                    (extras[index] ??= [])[property.Name] = Ints(row, requestId);
                }

                index++;
            }
        }

        return new EmbeddingCallResult(result, extras, TokenCount(root, "inputTokenCount"));
    }

    private static EmbeddingCallResult ReadNova(JsonElement root, string? requestId)
    {
        if (!root.TryGetProperty("embeddings", out var embeddings) || embeddings.ValueKind != JsonValueKind.Array)
        {
            throw BodyJson.Malformed(Operation, "no 'embeddings' array", requestId);
        }

        foreach (var item in embeddings.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("embedding", out var embedding) && embedding.ValueKind == JsonValueKind.Array)
            {
                return new EmbeddingCallResult([Floats(embedding, requestId)], [null], TokenCount(root, "inputTokenCount"));
            }
        }

        throw BodyJson.Malformed(Operation, "'embeddings' holds no embedding", requestId);
    }

    private static int? TokenCount(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var count) ? count : null;

    private static float[][] Rows(JsonElement rows, string? requestId)
    {
        var result = new float[rows.GetArrayLength()][];
        var index = 0;
        foreach (var row in rows.EnumerateArray())
        {
            result[index++] = Floats(row, requestId);
        }

        return result;
    }

    private static float[] Floats(JsonElement array, string? requestId)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw BodyJson.Malformed(Operation, "an embedding is not an array", requestId);
        }

        var vector = new float[array.GetArrayLength()];
        var index = 0;
        foreach (var value in array.EnumerateArray())
        {
            if (value.ValueKind != JsonValueKind.Number)
            {
                throw BodyJson.Malformed(Operation, "an embedding holds a non-number", requestId);
            }

            vector[index++] = value.GetSingle();
        }

        return vector;
    }

    private static int[] Ints(JsonElement array, string? requestId)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw BodyJson.Malformed(Operation, "an embedding is not an array", requestId);
        }

        var values = new int[array.GetArrayLength()];
        var index = 0;
        foreach (var value in array.EnumerateArray())
        {
            values[index++] = value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var i) ? i
                : value.ValueKind == JsonValueKind.Number ? (int)value.GetDouble()
                : throw BodyJson.Malformed(Operation, "an embedding holds a non-number", requestId);
        }

        return values;
    }
}
