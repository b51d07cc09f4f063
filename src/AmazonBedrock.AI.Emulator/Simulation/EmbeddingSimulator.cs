using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>Simulated Titan, Cohere and Nova embedding models on InvokeModel.</summary>
internal static class EmbeddingSimulator
{
    private static readonly int[] TitanV2Dimensions = [256, 512, 1024];
    private static readonly int[] CohereV4Dimensions = [256, 512, 1024, 1536];
    private static readonly int[] NovaDimensions = [256, 384, 1024, 3072];

    public static bool Handles(string modelId, JsonObject body) =>
        modelId.Contains("embed", StringComparison.OrdinalIgnoreCase) || JsonRead.String(body["taskType"]) == "SINGLE_EMBEDDING";

    public static ScriptedResponse Answer(string modelId, JsonObject body)
    {
        if (modelId.Contains("cohere.", StringComparison.OrdinalIgnoreCase) || body.ContainsKey("texts"))
        {
            return Cohere(modelId, body);
        }

        if (modelId.Contains("nova", StringComparison.OrdinalIgnoreCase) || body.ContainsKey("singleEmbeddingParams"))
        {
            return Nova(body);
        }

        return Titan(modelId, body);
    }

    private static ScriptedResponse Titan(string modelId, JsonObject body)
    {
        string? text = JsonRead.String(body["inputText"]);
        string? image = JsonRead.String(body["inputImage"]);
        if (text is null && image is null)
        {
            return BedrockErrors.Validation(InvokeResponses.RequiredKey("inputText"));
        }

        bool isV1Text = modelId.Contains("titan-embed-text-v1", StringComparison.OrdinalIgnoreCase);
        bool isImageModel = modelId.Contains("titan-embed-image", StringComparison.OrdinalIgnoreCase);
        int dimensions = isV1Text ? 1536 : 1024;
        if (body["dimensions"] is JsonNode dimNode)
        {
            if (isV1Text || JsonRead.Int(dimNode) is not int requested || !TitanV2Dimensions.Contains(requested))
            {
                return BedrockErrors.Validation($"Malformed input request: #/dimensions: {dimNode.ToJsonString()} is not a valid enum value, please reformat your input and try again.");
            }

            dimensions = requested;
        }
        else if (isImageModel && JsonRead.Int(body["embeddingConfig"]?["outputEmbeddingLength"]) is int length)
        {
            dimensions = length;
        }

        string source = (text ?? string.Empty) + (image is null ? string.Empty : " image:" + image);
        var vector = VectorHasher.Embed(source, dimensions);
        int tokens = TextTools.CountTokens(text ?? string.Empty);
        var response = new JsonObject { ["embedding"] = InvokeResponses.Floats(vector), ["inputTextTokenCount"] = tokens };
        if (!isV1Text && !isImageModel)
        {
            response["embeddingsByType"] = new JsonObject { ["float"] = InvokeResponses.Floats(vector) };
        }

        return InvokeResponses.Json(response, tokens, 0, 20 + tokens);
    }

    private static ScriptedResponse Cohere(string modelId, JsonObject body)
    {
        bool isV4 = modelId.Contains("embed-v4", StringComparison.OrdinalIgnoreCase);
        var texts = JsonRead.Array(body["texts"]).Select(JsonRead.String).ToList();
        var images = JsonRead.Array(body["images"]).Select(JsonRead.String).OfType<string>().ToList();
        if (texts.Count == 0 && images.Count == 0)
        {
            return BedrockErrors.Validation(InvokeResponses.RequiredKey("texts"));
        }

        if (texts.Any(t => t is null) || texts.Count > 96)
        {
            return BedrockErrors.Validation("Malformed input request: #/texts: expected maxItems: 96 strings, please reformat your input and try again.");
        }

        if (JsonRead.String(body["input_type"]) is null && !isV4)
        {
            return BedrockErrors.Validation(InvokeResponses.RequiredKey("input_type"));
        }

        int dimensions = isV4 ? 1536 : 1024;
        if (body["output_dimension"] is JsonNode dimNode)
        {
            if (JsonRead.Int(dimNode) is not int requested || !CohereV4Dimensions.Contains(requested))
            {
                return BedrockErrors.Validation($"Malformed input request: #/output_dimension: {dimNode.ToJsonString()} is not a valid enum value, please reformat your input and try again.");
            }

            dimensions = requested;
        }

        var inputs = texts.Count > 0 ? texts.Select(t => t!).ToList() : images.Select(i => "image:" + i).ToList();
        var vectors = inputs.Select(t => VectorHasher.Embed(t, dimensions)).ToList();
        var types = JsonRead.Array(body["embedding_types"]).Select(JsonRead.String).OfType<string>().ToList();
        int tokens = inputs.Sum(TextTools.CountTokens);
        var response = new JsonObject { ["id"] = ToGuid(string.Join('\n', inputs)) };
        if (types.Count == 0 && !isV4)
        {
            response["embeddings"] = new JsonArray([.. vectors.Select(v => (JsonNode)InvokeResponses.Floats(v))]);
            response["response_type"] = "embeddings_floats";
        }
        else
        {
            var byType = new JsonObject();
            foreach (string type in types.Count == 0 ? ["float"] : types)
            {
                byType[type] = new JsonArray([.. vectors.Select(v => (JsonNode)Quantize(v, type))]);
            }

            response["embeddings"] = byType;
            response["response_type"] = "embeddings_by_type";
        }

        response["texts"] = new JsonArray([.. texts.Select(t => (JsonNode?)JsonValue.Create(t))]);
        return InvokeResponses.Json(response, tokens, 0, 20 + tokens);
    }

    private static ScriptedResponse Nova(JsonObject body)
    {
        if (body["singleEmbeddingParams"] is not JsonObject parameters)
        {
            return BedrockErrors.Validation(InvokeResponses.RequiredKey("singleEmbeddingParams"));
        }

        int dimensions = JsonRead.Int(parameters["embeddingDimension"]) ?? 3072;
        if (!NovaDimensions.Contains(dimensions))
        {
            return BedrockErrors.Validation($"Malformed input request: #/singleEmbeddingParams/embeddingDimension: {dimensions} is not a valid enum value, please reformat your input and try again.");
        }

        string? text = JsonRead.String(parameters["text"]?["value"]);
        string embeddingType = "TEXT";
        string source;
        if (text is not null)
        {
            source = text;
        }
        else
        {
            string? kind = new[] { "image", "video", "audio", "document" }.FirstOrDefault(k => parameters[k] is JsonObject);
            if (kind is null)
            {
                return BedrockErrors.Validation("Malformed input request: #/singleEmbeddingParams: one of text, image, video, audio or document is required, please reformat your input and try again.");
            }

            embeddingType = kind.ToUpperInvariant();
            source = kind + ":" + parameters[kind]!.ToJsonString();
        }

        var vector = VectorHasher.Embed(source, dimensions);
        int tokens = TextTools.CountTokens(text ?? string.Empty);
        var response = new JsonObject
        {
            ["embeddings"] = new JsonArray(new JsonObject { ["embeddingType"] = embeddingType, ["embedding"] = InvokeResponses.Floats(vector) }),
            ["inputTokenCount"] = tokens,
        };
        return InvokeResponses.Json(response, tokens, 0, 20 + tokens);
    }

    private static JsonArray Quantize(float[] vector, string type)
    {
        var array = new JsonArray();
        switch (type)
        {
            case "int8":
                foreach (float v in vector)
                {
                    array.Add((int)Math.Round(v * 127));
                }

                break;
            case "uint8":
                foreach (float v in vector)
                {
                    array.Add((int)Math.Round(v * 127) + 128);
                }

                break;
            case "binary" or "ubinary":
                for (int i = 0; i < vector.Length; i += 8)
                {
                    int packed = 0;
                    for (int bit = 0; bit < 8 && i + bit < vector.Length; bit++)
                    {
                        packed = (packed << 1) | (vector[i + bit] > 0 ? 1 : 0);
                    }

                    array.Add(type == "binary" ? packed - 128 : packed);
                }

                break;
            default:
                return InvokeResponses.Floats(vector);
        }

        return array;
    }

    private static string ToGuid(string seed)
    {
        byte[] bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed));
        return new Guid(bytes.AsSpan(0, 16)).ToString();
    }
}
