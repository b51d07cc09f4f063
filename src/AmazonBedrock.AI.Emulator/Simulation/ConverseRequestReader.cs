using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>Reads a validated Converse request body into a <see cref="ChatRequest"/>.</summary>
internal static class ConverseRequestReader
{
    public static ChatRequest Read(string modelId, JsonObject body)
    {
        var request = new ChatRequest { ModelId = modelId };
        request.SystemText = string.Join('\n', JsonRead.Objects(body["system"]).Select(b => JsonRead.String(b["text"])).Where(t => t is not null));
        foreach (var message in JsonRead.Objects(body["messages"]))
        {
            var parts = new List<ChatPart>();
            foreach (var block in JsonRead.Objects(message["content"]))
            {
                if (JsonRead.String(block["text"]) is string text)
                {
                    parts.Add(new TextPart(text));
                }
                else if (block["toolUse"] is JsonObject use)
                {
                    parts.Add(new ToolUsePart(JsonRead.String(use["toolUseId"]) ?? string.Empty, JsonRead.String(use["name"]) ?? string.Empty, use["input"]));
                }
                else if (block["toolResult"] is JsonObject result)
                {
                    parts.Add(new ToolResultPart(JsonRead.String(result["toolUseId"]) ?? string.Empty, ToolResultText(result["content"])));
                }
                else
                {
                    foreach (string kind in new[] { "image", "document", "video", "audio" })
                    {
                        if (block[kind] is JsonObject media)
                        {
                            parts.Add(new MediaPart(kind, JsonRead.String(media["format"]) ?? "unknown"));
                        }
                    }
                }
            }

            request.Messages.Add(new ChatMessage(JsonRead.String(message["role"]) ?? "user", parts));
        }

        if (body["inferenceConfig"] is JsonObject inference)
        {
            request.MaxTokens = JsonRead.Int(inference["maxTokens"]);
            request.StopSequences.AddRange(JsonRead.Array(inference["stopSequences"]).Select(JsonRead.String).OfType<string>());
        }

        if (body["toolConfig"] is JsonObject toolConfig)
        {
            foreach (var tool in JsonRead.Objects(toolConfig["tools"]))
            {
                if (tool["toolSpec"] is JsonObject spec)
                {
                    request.Tools.Add(new ToolDefinition(JsonRead.String(spec["name"]) ?? "tool", JsonRead.String(spec["description"]) ?? string.Empty, spec["inputSchema"]?["json"]));
                }
            }

            if (toolConfig["toolChoice"] is JsonObject choice)
            {
                if (choice["any"] is not null)
                {
                    request.ToolChoice = "any";
                }
                else if (choice["tool"] is JsonObject specific)
                {
                    request.ToolChoice = "tool";
                    request.ToolChoiceName = JsonRead.String(specific["name"]);
                }
            }
        }

        request.ReasoningRequested = IsReasoningRequested(body["additionalModelRequestFields"]);
        if (JsonRead.String(body["outputConfig"]?["textFormat"]?["structure"]?["jsonSchema"]?["schema"]) is string schema)
        {
            request.ResponseSchema = JsonNode.Parse(schema);
        }

        return request;
    }

    /// <summary>Whether Anthropic <c>thinking</c> or Nova/OpenAI <c>reasoningConfig</c> asks for reasoning.</summary>
    public static bool IsReasoningRequested(JsonNode? additionalFields)
    {
        if (additionalFields is not JsonObject fields)
        {
            return false;
        }

        if (fields["thinking"] is JsonObject thinking && JsonRead.String(thinking["type"]) is "enabled" or "adaptive")
        {
            return true;
        }

        if (fields["reasoningConfig"] is JsonObject reasoning)
        {
            string? type = JsonRead.String(reasoning["type"]);
            return type == "enabled" || (type is null && reasoning["maxReasoningEffort"] is not null);
        }

        return JsonRead.String(fields["reasoning_effort"]) is not null;
    }

    private static string ToolResultText(JsonNode? content)
    {
        var pieces = new List<string>();
        foreach (var item in JsonRead.Objects(content))
        {
            if (JsonRead.String(item["text"]) is string text)
            {
                pieces.Add(text);
            }
            else if (item["json"] is JsonNode json)
            {
                pieces.Add(json.ToJsonString());
            }
        }

        return string.Join(' ', pieces);
    }
}
