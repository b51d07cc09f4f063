using System.Text;
using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>Renders a simulated turn as a Converse JSON body or as ConverseStream events.</summary>
internal static class ConverseRenderer
{
    public static ScriptedResponse Json(AssistantTurn turn)
    {
        var content = new JsonArray();
        foreach (var block in turn.Blocks)
        {
            content.Add(block switch
            {
                ReasoningBlock r => new JsonObject { ["reasoningContent"] = new JsonObject { ["reasoningText"] = new JsonObject { ["text"] = r.Text, ["signature"] = r.Signature } } },
                ToolUseBlock u => new JsonObject { ["toolUse"] = new JsonObject { ["toolUseId"] = u.ToolUseId, ["name"] = u.Name, ["input"] = JsonNode.Parse(u.InputJson) } },
                TextBlock t => new JsonObject { ["text"] = t.Text },
                _ => throw new InvalidOperationException("Unknown block."),
            });
        }

        var body = new JsonObject
        {
            ["output"] = new JsonObject { ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content } },
            ["stopReason"] = turn.StopReason,
            ["usage"] = Usage(turn),
            ["metrics"] = new JsonObject { ["latencyMs"] = turn.LatencyMs },
        };
        if (turn.StopSequence is not null)
        {
            body["additionalModelResponseFields"] = new JsonObject { ["stop_sequence"] = turn.StopSequence };
        }

        return new BodyScriptedResponse(200, "application/json", Encoding.UTF8.GetBytes(body.ToJsonString()), null);
    }

    public static ScriptedResponse Stream(AssistantTurn turn, int wordsPerDelta)
    {
        var events = new List<ScriptedEvent> { Event("messageStart", new JsonObject { ["role"] = "assistant" }) };
        for (int index = 0; index < turn.Blocks.Count; index++)
        {
            switch (turn.Blocks[index])
            {
                case ReasoningBlock r:
                    foreach (string piece in TextTools.SplitIntoPieces(r.Text, wordsPerDelta))
                    {
                        events.Add(Delta(index, new JsonObject { ["reasoningContent"] = new JsonObject { ["text"] = piece } }));
                    }

                    events.Add(Delta(index, new JsonObject { ["reasoningContent"] = new JsonObject { ["signature"] = r.Signature } }));
                    break;
                case ToolUseBlock u:
                    events.Add(Event("contentBlockStart", new JsonObject
                    {
                        ["contentBlockIndex"] = index,
                        ["start"] = new JsonObject { ["toolUse"] = new JsonObject { ["toolUseId"] = u.ToolUseId, ["name"] = u.Name } },
                    }));
                    foreach (string piece in TextTools.SplitEvenly(u.InputJson, 3))
                    {
                        events.Add(Delta(index, new JsonObject { ["toolUse"] = new JsonObject { ["input"] = piece } }));
                    }

                    break;
                case TextBlock t:
                    foreach (string piece in TextTools.SplitIntoPieces(t.Text, wordsPerDelta))
                    {
                        events.Add(Delta(index, new JsonObject { ["text"] = piece }));
                    }

                    break;
            }

            events.Add(Event("contentBlockStop", new JsonObject { ["contentBlockIndex"] = index }));
        }

        var stop = new JsonObject { ["stopReason"] = turn.StopReason };
        if (turn.StopSequence is not null)
        {
            stop["additionalModelResponseFields"] = new JsonObject { ["stop_sequence"] = turn.StopSequence };
        }

        events.Add(Event("messageStop", stop));
        events.Add(Event("metadata", new JsonObject { ["usage"] = Usage(turn), ["metrics"] = new JsonObject { ["latencyMs"] = turn.LatencyMs } }));
        return new EventStreamScriptedResponse(events);
    }

    private static JsonObject Usage(AssistantTurn turn) => new()
    {
        ["inputTokens"] = turn.InputTokens,
        ["outputTokens"] = turn.OutputTokens,
        ["totalTokens"] = turn.InputTokens + turn.OutputTokens,
    };

    private static SimulatedEvent Delta(int index, JsonObject delta) =>
        Event("contentBlockDelta", new JsonObject { ["contentBlockIndex"] = index, ["delta"] = delta });

    private static SimulatedEvent Event(string type, JsonObject payload) => new(type, payload.ToJsonString());
}
