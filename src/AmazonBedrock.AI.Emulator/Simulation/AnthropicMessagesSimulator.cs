using System.Text;
using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>Simulated Anthropic Claude on InvokeModel and InvokeModelWithResponseStream (the Messages API body).</summary>
internal sealed class AnthropicMessagesSimulator
{
    private readonly ChatEngine _engine;
    private readonly int _wordsPerDelta;

    public AnthropicMessagesSimulator(ChatEngine engine, int wordsPerDelta)
    {
        _engine = engine;
        _wordsPerDelta = wordsPerDelta;
    }

    public static bool Handles(JsonObject body) => body.ContainsKey("anthropic_version") || body["messages"] is JsonArray;

    public ScriptedResponse Answer(string modelId, JsonObject body, bool streaming)
    {
        if (body["messages"] is not JsonArray messages || messages.Count == 0)
        {
            return BedrockErrors.Validation(InvokeResponses.RequiredKey("messages"));
        }

        if (JsonRead.Int(body["max_tokens"]) is not int maxTokens)
        {
            return BedrockErrors.Validation(InvokeResponses.RequiredKey("max_tokens"));
        }

        var request = Read(modelId, body, maxTokens);
        if (request.Messages[0].Role != "user")
        {
            return BedrockErrors.Validation("messages: first message must use the \"user\" role");
        }

        var turn = _engine.Respond(request);
        string messageId = "msg_bdrk_" + TextTools.Identifier(modelId + body.ToJsonString(), 24);
        return streaming ? Stream(turn, modelId, messageId) : Json(turn, modelId, messageId);
    }

    private static ChatRequest Read(string modelId, JsonObject body, int maxTokens)
    {
        var request = new ChatRequest { ModelId = modelId, MaxTokens = maxTokens };
        request.SystemText = JsonRead.String(body["system"]) ?? string.Join('\n', JsonRead.Objects(body["system"]).Select(b => JsonRead.String(b["text"])).OfType<string>());
        foreach (var message in JsonRead.Objects(body["messages"]))
        {
            var parts = new List<ChatPart>();
            if (JsonRead.String(message["content"]) is string plain)
            {
                parts.Add(new TextPart(plain));
            }

            foreach (var block in JsonRead.Objects(message["content"]))
            {
                switch (JsonRead.String(block["type"]))
                {
                    case "text":
                        parts.Add(new TextPart(JsonRead.String(block["text"]) ?? string.Empty));
                        break;
                    case "tool_use":
                        parts.Add(new ToolUsePart(JsonRead.String(block["id"]) ?? string.Empty, JsonRead.String(block["name"]) ?? string.Empty, block["input"]));
                        break;
                    case "tool_result":
                        string content = JsonRead.String(block["content"]) ?? string.Join(' ', JsonRead.Objects(block["content"]).Select(c => JsonRead.String(c["text"])).OfType<string>());
                        parts.Add(new ToolResultPart(JsonRead.String(block["tool_use_id"]) ?? string.Empty, content));
                        break;
                    case "image" or "document":
                        parts.Add(new MediaPart(JsonRead.String(block["type"])!, JsonRead.String(block["source"]?["media_type"]) ?? "unknown"));
                        break;
                }
            }

            request.Messages.Add(new ChatMessage(JsonRead.String(message["role"]) ?? "user", parts));
        }

        foreach (var tool in JsonRead.Objects(body["tools"]))
        {
            request.Tools.Add(new ToolDefinition(JsonRead.String(tool["name"]) ?? "tool", JsonRead.String(tool["description"]) ?? string.Empty, tool["input_schema"]));
        }

        if (body["tool_choice"] is JsonObject choice)
        {
            request.ToolChoice = JsonRead.String(choice["type"]) ?? "auto";
            request.ToolChoiceName = JsonRead.String(choice["name"]);
        }

        request.StopSequences.AddRange(JsonRead.Array(body["stop_sequences"]).Select(JsonRead.String).OfType<string>());
        request.ReasoningRequested = ConverseRequestReader.IsReasoningRequested(body);
        if (JsonRead.String(body["output_format"]?["type"]) == "json_schema" && body["output_format"]?["schema"] is JsonObject schema)
        {
            request.ResponseSchema = schema;
        }

        return request;
    }

    private static string StopReason(AssistantTurn turn) => turn.StopReason;

    private static JsonObject ContentBlock(TurnBlock block) => block switch
    {
        ReasoningBlock r => new JsonObject { ["type"] = "thinking", ["thinking"] = r.Text, ["signature"] = r.Signature },
        ToolUseBlock u => new JsonObject { ["type"] = "tool_use", ["id"] = u.ToolUseId, ["name"] = u.Name, ["input"] = JsonNode.Parse(u.InputJson) },
        TextBlock t => new JsonObject { ["type"] = "text", ["text"] = t.Text },
        _ => throw new InvalidOperationException("Unknown block."),
    };

    private static ScriptedResponse Json(AssistantTurn turn, string modelId, string messageId)
    {
        var body = new JsonObject
        {
            ["id"] = messageId,
            ["type"] = "message",
            ["role"] = "assistant",
            ["model"] = modelId,
            ["content"] = new JsonArray([.. turn.Blocks.Select(b => (JsonNode)ContentBlock(b))]),
            ["stop_reason"] = StopReason(turn),
            ["stop_sequence"] = turn.StopSequence,
            ["usage"] = new JsonObject { ["input_tokens"] = turn.InputTokens, ["output_tokens"] = turn.OutputTokens },
        };
        return InvokeResponses.Json(body, turn.InputTokens, turn.OutputTokens, turn.LatencyMs);
    }

    private ScriptedResponse Stream(AssistantTurn turn, string modelId, string messageId)
    {
        var events = new List<ScriptedEvent>
        {
            Chunk(new JsonObject
            {
                ["type"] = "message_start",
                ["message"] = new JsonObject
                {
                    ["id"] = messageId,
                    ["type"] = "message",
                    ["role"] = "assistant",
                    ["model"] = modelId,
                    ["content"] = new JsonArray(),
                    ["stop_reason"] = null,
                    ["stop_sequence"] = null,
                    ["usage"] = new JsonObject { ["input_tokens"] = turn.InputTokens, ["output_tokens"] = 1 },
                },
            }),
        };
        for (int index = 0; index < turn.Blocks.Count; index++)
        {
            var block = turn.Blocks[index];
            JsonObject start = block switch
            {
                ReasoningBlock => new JsonObject { ["type"] = "thinking", ["thinking"] = string.Empty, ["signature"] = string.Empty },
                ToolUseBlock u => new JsonObject { ["type"] = "tool_use", ["id"] = u.ToolUseId, ["name"] = u.Name, ["input"] = new JsonObject() },
                _ => new JsonObject { ["type"] = "text", ["text"] = string.Empty },
            };
            events.Add(Chunk(new JsonObject { ["type"] = "content_block_start", ["index"] = index, ["content_block"] = start }));
            foreach (var delta in Deltas(block))
            {
                events.Add(Chunk(new JsonObject { ["type"] = "content_block_delta", ["index"] = index, ["delta"] = delta }));
            }

            events.Add(Chunk(new JsonObject { ["type"] = "content_block_stop", ["index"] = index }));
        }

        events.Add(Chunk(new JsonObject
        {
            ["type"] = "message_delta",
            ["delta"] = new JsonObject { ["stop_reason"] = StopReason(turn), ["stop_sequence"] = turn.StopSequence },
            ["usage"] = new JsonObject { ["output_tokens"] = turn.OutputTokens },
        }));
        events.Add(Chunk(new JsonObject
        {
            ["type"] = "message_stop",
            ["amazon-bedrock-invocationMetrics"] = new JsonObject
            {
                ["inputTokenCount"] = turn.InputTokens,
                ["outputTokenCount"] = turn.OutputTokens,
                ["invocationLatency"] = turn.LatencyMs,
                ["firstByteLatency"] = 90,
            },
        }));
        return new EventStreamScriptedResponse(events);
    }

    private IEnumerable<JsonObject> Deltas(TurnBlock block)
    {
        switch (block)
        {
            case ReasoningBlock r:
                foreach (string piece in TextTools.SplitIntoPieces(r.Text, _wordsPerDelta))
                {
                    yield return new JsonObject { ["type"] = "thinking_delta", ["thinking"] = piece };
                }

                yield return new JsonObject { ["type"] = "signature_delta", ["signature"] = r.Signature };
                break;
            case ToolUseBlock u:
                foreach (string piece in TextTools.SplitEvenly(u.InputJson, 3))
                {
                    yield return new JsonObject { ["type"] = "input_json_delta", ["partial_json"] = piece };
                }

                break;
            case TextBlock t:
                foreach (string piece in TextTools.SplitIntoPieces(t.Text, _wordsPerDelta))
                {
                    yield return new JsonObject { ["type"] = "text_delta", ["text"] = piece };
                }

                break;
        }
    }

    private static SimulatedEvent Chunk(JsonObject innerEvent)
    {
        string payload = "{\"bytes\":" + ScriptedResponse.JsonString(Convert.ToBase64String(Encoding.UTF8.GetBytes(innerEvent.ToJsonString()))) + "}";
        return new SimulatedEvent("chunk", payload);
    }
}
